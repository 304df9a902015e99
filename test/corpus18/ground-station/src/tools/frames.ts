import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { resolveExportTarget, safePath } from "../util/paths.js";

interface FrameConfig {
  frameRoot: string;
}

function hexPreview(buf: Buffer, bytes = 256): string {
  return buf.subarray(0, bytes).toString("hex").replace(/(.{64})/g, "$1\n");
}

export function registerFrameTools(server: McpServer, cfg: FrameConfig): void {
  server.registerTool(
    "read_frame_dump",
    {
      title: "Read a raw frame dump",
      description: "Hex preview of a CCSDS frame dump recorded during a pass",
      inputSchema: { pass_id: z.number().int().positive(), file: z.string().min(1) },
      annotations: { readOnlyHint: true },
    },
    async ({ pass_id, file }) => {
      const full = safePath(cfg.frameRoot, path.join(String(pass_id), file));
      // ok: tool-input-to-path
      const buf = await fs.readFile(full);
      return { content: [{ type: "text", text: `${buf.length} bytes\n${hexPreview(buf)}` }] };
    },
  );

  server.registerTool(
    "export_frame_index",
    {
      description: "Write the list of frame files of a pass to an export file",
      inputSchema: { pass_id: z.number().int().positive(), target: z.string() },
    },
    async ({ pass_id, target }) => {
      const dir = safePath(cfg.frameRoot, String(pass_id));
      const frames = (await fs.readdir(dir)).filter((f) => f.endsWith(".bin")).sort();
      const dest = resolveExportTarget(cfg.frameRoot, target);
      // ruleid: tool-input-to-path
      await fs.writeFile(dest, frames.join("\n") + "\n", "utf8");
      return { content: [{ type: "text", text: `wrote ${frames.length} entries to ${dest}` }] };
    },
  );
}
