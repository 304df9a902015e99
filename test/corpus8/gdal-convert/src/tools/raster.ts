import { z } from "zod";
import { readFile } from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Workspace } from "../lib/workspace.js";

export function registerRasterTools(server: McpServer, ws: Workspace) {
  server.tool(
    "read_worldfile",
    "Read the world file (.tfw) of a GeoTIFF",
    { raster: z.string() },
    { readOnlyHint: true },
    async ({ raster }) => {
      const tfw = ws.file(raster.replace(/\.tiff?$/i, ".tfw"));
      // ok: tool-input-to-path
      const text = await readFile(tfw, "utf8");
      const [a, d, b, e, c, f] = text.trim().split(/\s+/).map(Number);
      return { content: [{ type: "text", text: JSON.stringify({ pixelX: a, rotY: d, rotX: b, pixelY: e, originX: c, originY: f }) }] };
    },
  );
}
