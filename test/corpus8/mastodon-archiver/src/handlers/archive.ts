import { promises as fsp } from "node:fs";
import path from "node:path";
import serialize from "node-serialize";

const ARCHIVE = path.resolve(process.env.ARCHIVE_DIR ?? "./archive");

function inArchive(rel: string): string {
  const full = path.resolve(ARCHIVE, rel);
  const relative = path.relative(ARCHIVE, full);
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error("outside archive");
  return full;
}

export async function exportAccount(args: Record<string, any>): Promise<string> {
  const acct = String(args.acct).replace(/^@/, "");
  const [user, instance] = acct.split("@");
  const res = await fetch(`https://${process.env.HOME_INSTANCE ?? "mastodon.social"}/api/v1/accounts/lookup?acct=${encodeURIComponent(acct)}`);
  const account = (await res.json()) as { id: string };
  const file = path.join(ARCHIVE, `${user}_at_${instance}.json`);
  // ruleid: tool-input-to-path
  await fsp.writeFile(file, JSON.stringify(account, null, 2));
  return file;
}

export async function readArchive(args: Record<string, any>): Promise<string> {
  const full = inArchive(args.file);
  // ok: tool-input-to-path
  return fsp.readFile(full, "utf8");
}

export async function importState(args: Record<string, any>): Promise<string> {
  const raw = Buffer.from(args.blob, "base64").toString("utf8");
  // ruleid: unsafe-deserialization
  const state = serialize.unserialize(raw);
  await fsp.writeFile(path.join(ARCHIVE, "state.json"), JSON.stringify(state));
  return "state restored";
}

export async function importStateJson(args: Record<string, any>): Promise<string> {
  // ok: unsafe-deserialization
  const state = JSON.parse(Buffer.from(args.blob, "base64").toString("utf8"));
  return `state has ${Object.keys(state).length} keys`;
}
