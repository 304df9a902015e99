import pg from "pg";
import { z } from "zod";
import { defineTool, text } from "../defineTool.js";

const pool = new pg.Pool({ connectionString: process.env.REGATTA_DATABASE_URL });

const TABLES: Record<string, string> = {
  entries: "race_entries",
  results: "race_results",
  protests: "protest_hearings",
};

export const entriesTool = defineTool({
  name: "class_entries",
  description: "Boats entered in a race for one class",
  inputSchema: { race_id: z.number().int(), boat_class: z.string().describe("e.g. ILCA 7, 49er, Dragon") },
  annotations: { readOnlyHint: true },
  handler: async ({ race_id, boat_class }) => {
    // ruleid: tool-input-to-sql
    const { rows } = await pool.query(`SELECT sail_no, helm, club FROM race_entries WHERE race_id = ${race_id} AND boat_class = '${boat_class}' ORDER BY sail_no`);
    return text(JSON.stringify(rows));
  },
});

export const scratchTool = defineTool({
  name: "scratch_boat",
  description: "Mark a boat as not starting (DNC) in a race",
  inputSchema: { race_id: z.number().int(), sail_no: z.string().max(12) },
  annotations: { destructiveHint: false, idempotentHint: true },
  handler: async ({ race_id, sail_no }) => {
    // ok: tool-input-to-sql
    const res = await pool.query("UPDATE race_entries SET status = 'DNC' WHERE race_id = $1 AND sail_no = $2", [race_id, sail_no]);
    return text(`${res.rowCount} entry updated`);
  },
});

export const countTool = defineTool({
  name: "count_rows",
  description: "Number of entries, results or protests recorded for a race",
  inputSchema: { kind: z.string(), race_id: z.number().int() },
  annotations: { readOnlyHint: true },
  handler: async ({ kind, race_id }) => {
    const table = TABLES[kind];
    if (!table) return text(`kind must be one of ${Object.keys(TABLES).join(", ")}`);
    // ok: tool-input-to-sql
    const { rows } = await pool.query(`SELECT count(*) AS n FROM ${table} WHERE race_id = $1`, [race_id]);
    return text(String(rows[0].n));
  },
});
