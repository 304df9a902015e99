import { z } from "zod";
import { defineTool } from "../defineTool.js";

export default defineTool({
  name: "departures",
  description: "Scheduled sailings for a route on a given day.",
  inputSchema: {
    route: z.enum(["mainland-north", "mainland-south", "outer-isles"]),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  },
  async handler({ route, date }, { pool }) {
    // ok: tool-input-to-sql
    const { rows } = await pool.query("SELECT vessel, depart_at, arrive_at, status FROM sailings WHERE route = $1 AND service_day = $2 ORDER BY depart_at", [route, date]);
    return rows.map((r) => `${r.depart_at} ${r.vessel} (${r.status})`).join("\n") || "no sailings";
  },
});
