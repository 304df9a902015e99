import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { exec } from "node:child_process";
import { safeJoin, mediaInfo } from "./media.mjs";

const LIBRARY = path.resolve(process.env.MEDIA_LIBRARY || "/srv/media");

const server = new McpServer({ name: "media-library", version: "2.2.0" });

server.registerTool(
  "media_info",
  {
    description: "Return size and type information about a media file.",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ file }) => {
    const info = await mediaInfo(LIBRARY, file);
    return { content: [{ type: "text", text: JSON.stringify(info) }] };
  }
);

server.registerTool(
  "read_sidecar",
  {
    description: "Read the .json sidecar of a media file.",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ file }) => {
    const sidecar = file.replace(/\.[^.]+$/, "") + ".json";
    // ruleid: tool-input-to-path
    const raw = await fsp.readFile(sidecar, "utf8");
    return { content: [{ type: "text", text: raw }] };
  }
);

server.registerTool(
  "stream_preview",
  {
    description: "Return the first 4 KB of a file as base64.",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ file }) => {
    const abs = safeJoin(LIBRARY, file);
    const chunks = [];
    // ok: tool-input-to-path
    for await (const c of fs.createReadStream(abs, { start: 0, end: 4095 })) chunks.push(c);
    return { content: [{ type: "text", text: Buffer.concat(chunks).toString("base64") }] };
  }
);

server.registerTool(
  "remove_media",
  {
    description: "Remove a media file from the library.",
    inputSchema: { file: z.string() },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, idempotentHint: true },
  },
  async ({ file }) => {
    const target = path.join(LIBRARY, file);
    // ruleid: tool-input-to-path
    await fsp.unlink(target);
    return { content: [{ type: "text", text: `removed ${file}` }] };
  }
);

server.registerTool(
  "rename_media",
  {
    description: "Rename a media file inside the library.",
    inputSchema: { from: z.string(), to: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ from, to }) => {
    const src = safeJoin(LIBRARY, from);
    const dst = safeJoin(LIBRARY, to);
    // ok: tool-input-to-path
    await fsp.rename(src, dst);
    return { content: [{ type: "text", text: "renamed" }] };
  }
);

server.registerTool(
  "transcode",
  {
    description: "Transcode a media file to mp4 next to the original.",
    inputSchema: { file: z.string(), crf: z.number().int().min(18).max(35).default(23) },
  },
  async ({ file, crf }) => {
    const src = safeJoin(LIBRARY, file);
    const out = src.replace(/\.[^.]+$/, "") + ".mp4";
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      exec(`ffmpeg -y -i "${src}" -crf ${crf} "${out}"`, (err) => {
        resolve({ content: [{ type: "text", text: err ? "transcode failed" : `wrote ${path.basename(out)}` }] });
      });
    });
  }
);

await server.connect(new StdioServerTransport());
