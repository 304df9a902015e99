import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { QbitClient, fetchTorrentFile } from "./qbit.js";

const run = promisify(exec);
const runFile = promisify(execFile);
const client = new QbitClient();
const LIBRARY = "/media/library";
const STATES = ["all", "downloading", "completed", "paused"];

type Handler = (args: Record<string, any>) => Promise<string>;

async function listTorrents(args: Record<string, any>): Promise<string> {
  const filter = STATES.includes(args.filter) ? args.filter : "all";
  await client.login();
  const rows = await client.get("torrents/info", { filter });
  return rows.map((t: any) => `${t.hash.slice(0, 8)} ${t.state} ${t.name}`).join("\n");
}

async function addMagnet(args: Record<string, any>): Promise<string> {
  const { source, category = "tv" } = args;
  if (String(source).startsWith("magnet:")) {
    await client.login();
    return client.post("torrents/add", { urls: source, category });
  }
  const buf = await fetchTorrentFile(source);
  return `downloaded ${buf.byteLength} bytes; review it before adding`;
}

async function moveCompleted(args: Record<string, any>): Promise<string> {
  const { hash, target } = args;
  await client.login();
  const [info] = await client.get("torrents/info", { hashes: hash });
  const dest = path.join(LIBRARY, target);
  // ruleid: tool-input-to-shell
  const { stdout } = await run(`mv "${info.content_path}" "${dest}"`);
  return stdout || `moved to ${dest}`;
}

async function probeMedia(args: Record<string, any>): Promise<string> {
  const file: string = args.file;
  // ok: tool-input-to-shell
  const { stdout } = await runFile("mediainfo", ["--Output=JSON", file], { timeout: 20_000 });
  const parsed = JSON.parse(stdout);
  return JSON.stringify(parsed.media?.track?.[0] ?? {}, null, 2);
}

export const handlers: Record<string, Handler> = {
  list_torrents: listTorrents,
  add_magnet: addMagnet,
  move_completed: moveCompleted,
  probe_media: probeMedia,
};
