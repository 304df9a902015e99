import { z } from "zod";
import fs from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Workspace } from "../lib/workspace.js";
import { ogrArgs, ogr2ogr, ogrinfoSummary } from "../lib/ogr.js";

export function registerVectorTools(server: McpServer, ws: Workspace) {
  server.registerTool(
    "convert_vector",
    {
      description: "Convert a vector dataset to another format, optionally reprojecting and filtering",
      inputSchema: {
        source: z.string(),
        output: z.string(),
        format: z.enum(["gpkg", "geojson", "shp", "fgb"]),
        srs: z.string().regex(/^EPSG:[0-9]{4,5}$/).optional(),
        where: z.string().max(200).optional(),
      },
    },
    async ({ source, output, format, srs, where }) => {
      const log = await ogr2ogr(ogrArgs(ws.file(source), ws.outputName(output), format, srs, where));
      return { content: [{ type: "text", text: log || "done" }] };
    },
  );

  server.registerTool(
    "layer_info",
    { description: "Summarise one layer of a dataset", inputSchema: { dataset: z.string(), layer: z.string() } },
    async ({ dataset, layer }) => ({ content: [{ type: "text", text: ogrinfoSummary(ws.file(dataset), layer) }] }),
  );

  server.registerTool(
    "write_style",
    {
      description: "Save a QML style next to an output dataset",
      inputSchema: { output: z.string(), qml: z.string().max(100_000) },
    },
    async ({ output, qml }) => {
      const target = ws.outputName(output).replace(/\.[a-z]+$/, ".qml");
      // ruleid: tool-input-to-path
      await fs.writeFile(target, qml, "utf8");
      return { content: [{ type: "text", text: `style saved for ${output}` }] };
    },
  );
}
