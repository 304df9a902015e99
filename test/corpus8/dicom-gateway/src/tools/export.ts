import { z } from "zod";
import path from "node:path";
import fs from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Dcmtk } from "../dcmtk.js";
import { safePath } from "../util/paths.js";

interface ExportDeps {
  dcmtk: Dcmtk;
  archiveRoot: string;
  exportRoot: string;
}

function withErrorHandling<A>(fn: (args: A) => Promise<string>) {
  return async (args: A) => {
    try {
      return { content: [{ type: "text" as const, text: await fn(args) }] };
    } catch (err) {
      console.error("export failed", err);
      return { content: [{ type: "text" as const, text: "export failed; see server log" }], isError: true };
    }
  };
}

export function registerExportTools(server: McpServer, deps: ExportDeps) {
  server.registerTool(
    "export_frames",
    {
      description: "Render frames of an instance to JPEG into the export folder",
      inputSchema: {
        instance: z.string().max(256),
        frames: z.array(z.number().int().min(0).max(2000)).max(50),
        outName: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
      },
    },
    withErrorHandling(async ({ instance, frames, outName }) => {
      const source = safePath(deps.archiveRoot, instance);
      const outDir = safePath(deps.exportRoot, outName);
      await fs.mkdir(outDir, { recursive: true });
      await Promise.all(frames.map((f) => deps.dcmtk.toJpeg(source, path.join(outDir, `frame-${f}.jpg`), f)));
      return `${frames.length} frames written to ${outName}`;
    }),
  );

  server.registerTool(
    "purge_export",
    {
      description: "Delete an export folder",
      inputSchema: { outName: z.string() },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    withErrorHandling(async ({ outName }) => {
      const target = path.join(deps.exportRoot, outName);
      // ruleid: tool-input-to-path
      await fs.rm(target, { recursive: true, force: true });
      return `removed ${outName}`;
    }),
  );
}
