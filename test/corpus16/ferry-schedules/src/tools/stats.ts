import { z } from "zod";
import { defineTool } from "../defineTool.js";

const TABLES = {
  sailings: "sailings",
  crew: "crew_roster",
  incidents: "incident_log",
} as const;

export default defineTool({
  name: "row_counts",
  description: "Row count of one of the operational tables.",
  inputSchema: { kind: z.enum(["sailings", "crew", "incidents"]) },
  async handler({ kind }, { pool }) {
    const table = TABLES[kind];
    // ok: tool-input-to-sql
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${table}`);
    return `${kind}: ${rows[0].n}`;
  },
});
