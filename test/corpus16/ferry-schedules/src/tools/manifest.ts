import { z } from "zod";
import { defineTool } from "../defineTool.js";

export default defineTool({
  name: "passenger_manifest",
  description: "Passenger and vehicle manifest for one sailing.",
  inputSchema: {
    sailingId: z.string().uuid(),
    sortBy: z.string().default("surname"),
  },
  async handler(args, { pool }) {
    const { sailingId, sortBy } = args;
    const sql = `SELECT surname, given_name, vehicle_reg, cabin FROM manifest WHERE sailing_id = $1 ORDER BY ${sortBy}`;
    // ruleid: tool-input-to-sql
    const { rows } = await pool.query(sql, [sailingId]);
    return JSON.stringify(rows);
  },
});
