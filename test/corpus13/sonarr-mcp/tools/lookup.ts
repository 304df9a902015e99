import { z } from "zod";

const SONARR_URL = process.env.SONARR_URL ?? "http://localhost:8989";
const API_KEY = process.env.SONARR_API_KEY ?? "";

export default {
  name: "lookup_series",
  description: "Search Sonarr's series lookup for a title, optionally against a mirror instance.",
  inputSchema: z.object({
    term: z.string().min(1).max(200),
    mirror: z.string().optional(),
  }),
  async handler({ term, mirror }: { term: string; mirror?: string }) {
    const base = mirror ?? SONARR_URL;
    const endpoint = `${base}/api/v3/series/lookup?term=${encodeURIComponent(term)}`;
    // ruleid: tool-input-to-url
    const res = await fetch(endpoint, { headers: { "X-Api-Key": API_KEY } });
    if (!res.ok) {
      return { content: [{ type: "text" as const, text: `Sonarr answered ${res.status}` }] };
    }
    const rows = (await res.json()) as Array<{ title: string; year: number; tvdbId: number }>;
    const lines = rows.slice(0, 20).map((r) => `${r.title} (${r.year}) tvdb:${r.tvdbId}`);
    return { content: [{ type: "text" as const, text: lines.join("\n") || "no match" }] };
  },
};
