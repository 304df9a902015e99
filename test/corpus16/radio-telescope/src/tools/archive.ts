import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { safePath, looksInside } from "../util/paths.js";

export interface ArchiveDeps {
  archiveRoot: string;
}

export function registerArchiveTools(server: McpServer, deps: ArchiveDeps) {
  server.registerTool(
    "read_spectrum",
    {
      title: "Read spectrum",
      description: "Read a stored spectrum file (CSV) from the observation archive.",
      inputSchema: { file: z.string().max(200) },
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      const full = safePath(deps.archiveRoot, file);
      // ok: tool-input-to-path
      const text = await fsp.readFile(full, "utf8");
      return { content: [{ type: "text", text: text.slice(0, 20_000) }] };
    },
  );

  server.registerTool(
    "export_fits",
    {
      description: "Copy a FITS cube out of the archive. Pass an absolute archive path.",
      inputSchema: { source: z.string(), label: z.string().regex(/^[a-z0-9-]{1,40}$/) },
    },
    async ({ source, label }) => {
      if (!looksInside(deps.archiveRoot, source)) {
        return { content: [{ type: "text", text: "source must be inside the archive" }], isError: true };
      }
      // ruleid: tool-input-to-path
      const data = await fsp.readFile(source);
      const out = path.join(deps.archiveRoot, "exports", `${label}.fits`);
      // ok: tool-input-to-path
      await fsp.writeFile(out, data);
      return { content: [{ type: "text", text: `exported ${data.length} bytes to ${out}` }] };
    },
  );
}
