import { promises as fsp } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SplitsFile, ExportArgs, type Ctx } from "../schemas.js";
import { splitsPath, contained } from "../util/paths.js";

const xml = new XMLParser({ ignoreAttributes: false });

export async function loadSegments(root: string, file: string) {
  const full = contained(root, file);
  // ok: tool-input-to-path
  const doc = xml.parse(await fsp.readFile(full, "utf8"));
  const segs = doc.Run?.Segments?.Segment ?? [];
  return (Array.isArray(segs) ? segs : [segs]).map((s: any) => ({
    name: String(s.Name),
    pb: s.SplitTimes?.SplitTime?.RealTime ?? null,
    best: s.BestSegmentTime?.RealTime ?? null,
  }));
}

export function registerFileTools(server: McpServer, ctx: Ctx) {
  server.tool("list_segments", "Segments of a splits file with PB and gold times.", SplitsFile, async ({ file }) => {
    const segments = await loadSegments(ctx.splitsRoot, file);
    return { content: [{ type: "text", text: segments.map((s) => `${s.name}\t${s.pb}\t${s.best}`).join("\n") }] };
  });

  server.tool("export_csv", "Export the segments of a splits file as CSV.", ExportArgs, async ({ file, target }) => {
    const segments = await loadSegments(ctx.splitsRoot, file);
    const csv = ["segment,pb,best", ...segments.map((s) => [s.name, s.pb, s.best].join(","))].join("\n");
    const out = splitsPath(ctx.splitsRoot, target);
    // ruleid: tool-input-to-path
    await fsp.writeFile(out, csv, "utf8");
    return { content: [{ type: "text", text: `wrote ${segments.length} rows to ${out}` }] };
  });
}
