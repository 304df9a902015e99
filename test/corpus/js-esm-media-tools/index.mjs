#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { execSync, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import path from "node:path";
import os from "node:os";

const MEDIA_ROOT = path.resolve(process.env.MEDIA_ROOT || path.join(os.homedir(), "Media"));
const PRESETS = { web: "-vf scale=1280:-2 -crf 28", mobile: "-vf scale=640:-2 -crf 32", archive: "-crf 18" };

const server = new McpServer({ name: "media-tools", version: "0.0.9" });

server.tool(
  "convert_video",
  "Convert a video with ffmpeg",
  { input: z.string(), output: z.string(), preset: z.enum(["web", "mobile", "archive"]).default("web"), extra: z.string().optional() },
  async ({ input, output, preset, extra }) => {
    let cmd = "ffmpeg -y";
    cmd += ` -i "${input}"`;
    cmd += " " + PRESETS[preset];
    if (extra) cmd = cmd + " " + extra;
    cmd += ` "${output}"`;
    const log = execSync(cmd, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: log || "done" }] };
  }
);

server.tool(
  "convert_video_safe",
  "Convert a video with ffmpeg (argument vector)",
  { input: z.string(), output: z.string(), preset: z.enum(["web", "mobile", "archive"]).default("web") },
  async ({ input, output, preset }) => {
    const args = ["-y", "-i", input, ...PRESETS[preset].split(" "), output];
    const r = spawnSync("ffmpeg", args, { encoding: "utf8" }); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: r.stderr.slice(-2000) }] };
  }
);

server.tool(
  "probe",
  "Show media metadata",
  { file: z.string() },
  async (params) => {
    const opts = { target: params.file, format: "json" };
    const out = execSync(`ffprobe -v quiet -print_format ${opts.format} -show_format ${opts.target}`).toString(); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: out }] };
  }
);

server.tool(
  "list_media",
  "List files in a media folder",
  { folder: z.string() },
  async (params) => {
    const opts = { dir: path.join(MEDIA_ROOT, params.folder) };
    const files = fs.readdirSync(opts.dir); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: files.join("\n") }] };
  }
);

server.tool(
  "thumbnail",
  "Make a thumbnail image",
  { file: z.string(), second: z.number().default(1) },
  async ({ file, second }) => {
    const out = path.join(os.tmpdir(), `thumb-${Date.now()}.jpg`);
    const child = spawn("sh", ["-c", `ffmpeg -ss ${second} -i ${file} -frames:v 1 ${out}`]); // FLAW tool-input-to-shell
    await new Promise((res) => child.on("close", res));
    return { content: [{ type: "image", data: fs.readFileSync(out).toString("base64"), mimeType: "image/jpeg" }] };
  }
);

server.tool(
  "delete_media",
  "Delete media files",
  { files: z.array(z.string()) },
  async ({ files }) => {
    const roots = [MEDIA_ROOT, path.resolve(os.tmpdir(), "media-cache")];
    const removed = [];
    for (const f of files) {
      const abs = path.resolve(MEDIA_ROOT, f);
      if (!roots.some((root) => abs.startsWith(root + path.sep))) continue;
      fs.unlinkSync(abs); // SAFE tool-input-to-path
      removed.push(f);
    }
    return { content: [{ type: "text", text: `removed ${removed.length} files` }] };
  }
);

server.tool(
  "delete_all",
  "Delete several files",
  { files: z.array(z.string()) },
  async ({ files }) => {
    files.forEach((f) => fs.unlinkSync(path.join(MEDIA_ROOT, f))); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: `removed ${files.length}` }] };
  }
);

server.tool(
  "concat",
  "Concatenate clips",
  { clips: z.array(z.string()), output: z.string() },
  async ({ clips, output }) => {
    const listFile = path.join(os.tmpdir(), "concat.txt");
    fs.writeFileSync(listFile, clips.map((c) => `file '${c}'`).join("\n"));
    const parts = ["ffmpeg", "-f", "concat", "-safe", "0", "-i", listFile, "-c", "copy"];
    parts.push(output);
    execSync(parts.join(" ")); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: `wrote ${output}` }] };
  }
);

await server.connect(new StdioServerTransport());
