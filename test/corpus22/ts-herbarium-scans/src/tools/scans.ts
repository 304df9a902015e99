import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { promises as fsp, createReadStream } from "node:fs";
import path from "node:path";
import { SCAN_ROOT, safePath, insideRoot } from "../util/paths.js";

export function registerScanTools(server: McpServer) {
  server.registerTool(
    "read_scan_metadata",
    {
      title: "Read scan metadata",
      description: "Read the XMP sidecar of a specimen scan.",
      inputSchema: { file: z.string().max(200) },
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      const full = safePath(SCAN_ROOT, file);
      // ok: tool-input-to-path
      const xmp = await fsp.readFile(full + ".xmp", "utf8");
      return { content: [{ type: "text", text: xmp }] };
    },
  );

  server.registerTool(
    "transcription",
    {
      description: "Return the volunteer transcription of a sheet.",
      inputSchema: { sheet: z.string() },
    },
    async (args) => {
      const rel = insideRoot(SCAN_ROOT, args.sheet);
      // ruleid: tool-input-to-path
      const body = await fsp.readFile(path.resolve(SCAN_ROOT, rel), "utf8");
      return { content: [{ type: "text", text: body }] };
    },
  );

  server.registerTool(
    "scan_size",
    {
      description: "Size in bytes of the TIFF master of a scan.",
      inputSchema: { tiff: z.string() },
    },
    async ({ tiff }) => {
      const full = path.resolve(SCAN_ROOT, tiff);
      const rel = path.relative(SCAN_ROOT, full);
      if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside the scan root");
      // ok: tool-input-to-path
      const st = await fsp.stat(full);
      return { content: [{ type: "text", text: `${st.size} bytes` }] };
    },
  );

  server.registerTool(
    "archive_scan",
    {
      description: "Move a scan to the cold archive folder.",
      inputSchema: { from: z.string(), to: z.string() },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ from, to }) => {
      const src = path.join(SCAN_ROOT, from);
      // ruleid: tool-input-to-path
      await fsp.rename(src, path.join("/mnt/cold", to));
      return { content: [{ type: "text", text: "archived" }] };
    },
  );

  server.registerTool(
    "first_bytes",
    {
      description: "Peek at the first bytes of a scan file to identify its format.",
      inputSchema: { name: z.string().regex(/^[A-Za-z0-9_-]+\.(tif|jpg|png)$/) },
    },
    async ({ name }) => {
      // ok: tool-input-to-path
      const stream = createReadStream(path.join(SCAN_ROOT, "masters", name), { start: 0, end: 15 });
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { content: [{ type: "text", text: Buffer.concat(chunks).toString("hex") }] };
    },
  );
}
