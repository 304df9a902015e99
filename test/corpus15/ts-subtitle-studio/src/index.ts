#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import * as fs from "node:fs/promises";
import * as path from "node:path";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const WORKSPACE = path.resolve(process.env.SUBTITLE_WORKSPACE ?? path.join(process.cwd(), "subs"));
const OPENSUBS_KEY = process.env.OPENSUBTITLES_API_KEY ?? "";

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

async function runCommand(cmd: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(cmd, { maxBuffer: 16 * 1024 * 1024 });
  if (stderr) console.error(stderr.trim());
  return stdout;
}

function resolveWorkspacePath(rel: string): string {
  const abs = path.resolve(WORKSPACE, rel);
  if (abs !== WORKSPACE && !abs.startsWith(WORKSPACE + path.sep)) {
    throw new Error(`path escapes the workspace: ${rel}`);
  }
  return abs;
}

async function readJson<T>(file: string): Promise<T> {
  const raw = await fs.readFile(file, "utf8");
  return JSON.parse(raw) as T;
}

async function apiRequest(pathname: string, query: Record<string, string>): Promise<unknown> {
  const url = new URL(pathname, "https://api.opensubtitles.com/api/v1/");
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { "Api-Key": OPENSUBS_KEY, "User-Agent": "subtitle-studio v0.4" } });
  if (!res.ok) throw new Error(`OpenSubtitles API returned ${res.status}`);
  return res.json();
}

interface Cue {
  index: number;
  start: number;
  end: number;
  text: string;
}

function parseTimestamp(ts: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})[,.](\d{3})$/.exec(ts.trim());
  if (!m) throw new Error(`bad timestamp ${ts}`);
  return ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000 + +m[4];
}

function formatTimestamp(ms: number): string {
  const clamp = Math.max(0, Math.round(ms));
  const h = Math.floor(clamp / 3_600_000);
  const m = Math.floor((clamp % 3_600_000) / 60_000);
  const s = Math.floor((clamp % 60_000) / 1000);
  const f = clamp % 1000;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)},${pad(f, 3)}`;
}

function parseSrt(text: string): Cue[] {
  return text
    .replace(/\r/g, "")
    .split(/\n\n+/)
    .filter((block) => block.trim())
    .map((block) => {
      const [idx, timing, ...lines] = block.split("\n");
      const [a, b] = timing.split("-->");
      return { index: Number(idx), start: parseTimestamp(a), end: parseTimestamp(b), text: lines.join("\n") };
    });
}

function toSrt(cues: Cue[]): string {
  return cues.map((c, i) => `${i + 1}\n${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}\n${c.text}\n`).join("\n");
}

const text = (s: string) => ({ content: [{ type: "text" as const, text: s }] });

// ---------------------------------------------------------------------------
// server
// ---------------------------------------------------------------------------

const server = new McpServer({ name: "subtitle-studio", version: "0.4.2" });

server.tool("workspace_info", async () => text(`Workspace: ${WORKSPACE}`));

server.tool("list_subtitles", "List subtitle files in the workspace", { dir: z.string().default(".") }, async ({ dir }) => {
  // ok: tool-input-to-path
  const entries = await fs.readdir(resolveWorkspacePath(dir), { withFileTypes: true });
  const subs = entries.filter((e) => e.isFile() && /\.(srt|vtt|ass)$/i.test(e.name)).map((e) => e.name);
  return text(subs.join("\n") || "(none)");
});

server.tool(
  "read_subtitle",
  "Read a subtitle file and return its cues",
  { file: z.string().describe("Path relative to the workspace") },
  { readOnlyHint: true },
  async ({ file }) => {
    const abs = resolveWorkspacePath(file);
    // ok: tool-input-to-path
    const cues = parseSrt(await fs.readFile(abs, "utf8"));
    return text(cues.map((c) => `${c.index} [${formatTimestamp(c.start)}] ${c.text}`).join("\n"));
  },
);

server.tool(
  "shift_timing",
  "Shift every cue of a subtitle file by an offset in milliseconds",
  { file: z.string(), offsetMs: z.number().int().min(-600_000).max(600_000) },
  async ({ file, offsetMs }) => {
    const abs = resolveWorkspacePath(file);
    const cues = parseSrt(await fs.readFile(abs, "utf8"));
    const shifted = cues.map((c) => ({ ...c, start: c.start + offsetMs, end: c.end + offsetMs }));
    await fs.writeFile(abs, toSrt(shifted), "utf8");
    return text(`Shifted ${shifted.length} cues by ${offsetMs} ms`);
  },
);

server.tool(
  "stretch_timing",
  "Rescale cue times with an expression of t (milliseconds), e.g. `t * 1.001`",
  { file: z.string(), expression: z.string() },
  async ({ file, expression }) => {
    const abs = resolveWorkspacePath(file);
    // ruleid: tool-input-to-eval
    const fn = new Function("t", `return (${expression});`) as (t: number) => number;
    const cues = parseSrt(await fs.readFile(abs, "utf8")).map((c) => ({ ...c, start: fn(c.start), end: fn(c.end) }));
    await fs.writeFile(abs, toSrt(cues), "utf8");
    return text(`Rescaled ${cues.length} cues`);
  },
);

server.tool(
  "burn_in",
  "Hard-code a subtitle track into a video with ffmpeg",
  { video: z.string(), subtitles: z.string(), output: z.string() },
  async ({ video, subtitles, output }) => {
    const cmd = `ffmpeg -y -i "${video}" -vf subtitles=${subtitles} "${output}"`;
    const out = await runCommand(cmd);
    return text(out || `Wrote ${output}`);
  },
);

server.tool(
  "sync_to_audio",
  "Align a subtitle file to the audio track of a video with ffsubsync",
  { video: z.string(), subtitles: z.string() },
  async ({ video, subtitles }) => {
    const v = resolveWorkspacePath(video);
    const s = resolveWorkspacePath(subtitles);
    const out = s.replace(/\.srt$/i, ".synced.srt");
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("ffsubsync", [v, "-i", s, "-o", out], { timeout: 300_000 });
    return text(stdout || `Synced to ${path.basename(out)}`);
  },
);

server.tool("search_opensubtitles", "Search OpenSubtitles by IMDb id", { imdbId: z.string(), language: z.string().default("en") }, async ({ imdbId, language }) => {
  const data = (await apiRequest("subtitles", { imdb_id: imdbId, languages: language })) as { data: Array<{ id: string; attributes: { release: string } }> };
  return text(data.data.map((d) => `${d.id}\t${d.attributes.release}`).join("\n"));
});

server.tool("fetch_subtitle_by_id", { fileId: z.string().describe("OpenSubtitles file id") }, async ({ fileId }) => {
  // ok: tool-input-to-url
  const res = await fetch(`https://api.opensubtitles.com/api/v1/download/${encodeURIComponent(fileId)}`, { method: "POST", headers: { "Api-Key": OPENSUBS_KEY } });
  const body = (await res.json()) as { link: string };
  return text(body.link);
});

server.tool("import_from_url", "Import a subtitle file from a link", { url: z.string().url(), saveAs: z.string() }, async ({ url, saveAs }) => {
  // ruleid: tool-input-to-url
  const res = await fetch(url, { redirect: "follow" });
  const body = await res.text();
  await fs.writeFile(resolveWorkspacePath(saveAs), body, "utf8");
  return text(`Saved ${body.length} bytes`);
});

server.tool(
  "convert_format",
  "Convert between srt, vtt and ass",
  { file: z.string(), to: z.enum(["srt", "vtt", "ass"]) },
  async ({ file, to }) => {
    const src = resolveWorkspacePath(file);
    const dst = src.replace(/\.[^.]+$/, `.${to}`);
    await execFileAsync("ffmpeg", ["-y", "-i", src, dst]);
    return text(`Converted to ${path.basename(dst)}`);
  },
);

server.registerTool(
  "project_settings",
  {
    title: "Project settings",
    description: "Return the subtitle project's settings file",
    inputSchema: {},
    annotations: { readOnlyHint: true },
  },
  async () => {
    const settings = await readJson<Record<string, unknown>>(path.join(WORKSPACE, "project.json"));
    return text(JSON.stringify(settings, null, 2));
  },
);

server.registerTool(
  "line_stats",
  {
    description: "Count characters per second for each cue and report the ones above a reading-speed limit",
    inputSchema: { file: z.string(), maxCps: z.number().min(5).max(40).default(17) },
  },
  async ({ file, maxCps }) => {
    const cues = parseSrt(await fs.readFile(resolveWorkspacePath(file), "utf8"));
    const slow = cues.filter((c) => c.text.replace(/\s/g, "").length / ((c.end - c.start) / 1000) > maxCps);
    return text(slow.map((c) => `#${c.index}: ${c.text.replace(/\n/g, " ")}`).join("\n") || "all cues within limit");
  },
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log(`subtitle-studio ready, workspace ${WORKSPACE}`);
}

main().catch((err) => {
  console.error("fatal:", err);
  process.exit(1);
});
