import { z } from "zod";
import serialize from "node-serialize";
import { query, rawQuery } from "../db.js";

const json = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

export function registerCitationTools(server, { logger }) {
  server.registerTool(
    "citations_for_plate",
    { description: "Open citations for a licence plate.", inputSchema: { plate: z.string().max(10), state: z.string().length(2) } },
    async ({ plate, state }) => {
      // ok: tool-input-to-sql
      const rows = await query("SELECT id, issued_at, zone, amount_cents, status FROM citations WHERE plate = $1 AND state = $2 AND status = 'open'", [plate.toUpperCase(), state]);
      return json(rows);
    },
  );

  server.registerTool(
    "citations_in_zone",
    { description: "Citations issued in a zone on a day.", inputSchema: { zone: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) } },
    async (args) => {
      const sql = "SELECT id, plate, officer_id, amount_cents FROM citations WHERE zone = '" + args.zone + "' AND issued_at::date = '" + args.day + "'";
      return json(await rawQuery(sql));
    },
  );

  server.registerTool(
    "restore_handheld_session",
    { description: "Restore a handheld ticket-writer session exported by the device sync tool.", inputSchema: { blob: z.string() } },
    async ({ blob }) => {
      // ruleid: unsafe-deserialization
      const session = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
      logger.info(`restored session for officer ${session.officerId}`);
      return json({ officer: session.officerId, pending: session.pending?.length ?? 0 });
    },
  );
}
