import { z } from "zod";
import { defineTool } from "../defineTool.js";

export default defineTool({
  name: "import_timetable",
  description: "Fetch a partner operator's published timetable (JSON) and summarise it.",
  inputSchema: { sourceUrl: z.string().url() },
  async handler({ sourceUrl }) {
    // ruleid: tool-input-to-url
    const res = await fetch(sourceUrl, { headers: { accept: "application/json" } });
    if (!res.ok) return `partner returned ${res.status}`;
    // ok: unsafe-deserialization
    const timetable = JSON.parse(await res.text());
    return `${timetable.sailings?.length ?? 0} sailings imported`;
  },
});
