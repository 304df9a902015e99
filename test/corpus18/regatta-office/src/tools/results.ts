import { z } from "zod";
import { defineTool, text } from "../defineTool.js";

const RESULTS_API = "https://results.sailscore.example.com/api/v2";

export const resultsTool = defineTool({
  name: "race_results",
  description: "Provisional results of a race from the scoring service",
  inputSchema: { race_id: z.string().regex(/^[A-Z0-9]{4,12}$/) },
  annotations: { readOnlyHint: true },
  handler: async ({ race_id }, extra) => {
    const clientAuth = extra.requestInfo?.headers?.authorization;
    // ruleid: token-passthrough
    const headers = { Authorization: String(clientAuth), Accept: "application/json" };
    const res = await fetch(`${RESULTS_API}/races/${race_id}/results`, { headers });
    return text(await res.text());
  },
});

export const seriesTool = defineTool({
  name: "series_standings",
  description: "Overall standings of a series",
  inputSchema: { series: z.string().regex(/^[a-z0-9-]+$/) },
  annotations: { readOnlyHint: true },
  handler: async ({ series }) => {
    // ok: token-passthrough
    const headers = { Authorization: `Bearer ${process.env.SAILSCORE_API_TOKEN}` };
    const res = await fetch(`${RESULTS_API}/series/${series}/standings`, { headers });
    return text(await res.text());
  },
});
