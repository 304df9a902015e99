import { z } from "zod";
import { type RightsDeps, type ToolSpec, text } from "./types.js";

export function makeCatalogTools(deps: RightsDeps): ToolSpec[] {
  const { http, registryBase } = deps;

  const lookupWork: ToolSpec = {
    name: "lookup_work",
    config: {
      description: "Look up a musical work by ISWC in the rights registry.",
      inputSchema: { iswc: z.string().max(20) },
      annotations: { readOnlyHint: true },
    },
    handler: async ({ iswc }) => {
      const url = `${registryBase}/v2/works/${encodeURIComponent(iswc)}`;
      // ok: tool-input-to-url
      const res = await http.get(url);
      return text(JSON.stringify(res.data));
    },
  };

  const importCueSheet: ToolSpec = {
    name: "import_cue_sheet",
    config: {
      description: "Import a broadcaster cue sheet from the URL they sent us.",
      inputSchema: { sheetUrl: z.string().url(), broadcaster: z.string() },
    },
    handler: async (args) => {
      const { sheetUrl: location } = args;
      // ruleid: tool-input-to-url
      const res = await http.get(location, { responseType: "text", timeout: 15_000 });
      const lines = String(res.data).split("\n").filter(Boolean);
      return text(`${lines.length} cues from ${args.broadcaster}`);
    },
  };

  return [lookupWork, importCueSheet];
}
