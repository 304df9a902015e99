import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Deps } from "./services/deps.js";

const SORT_COLUMNS: Record<string, string> = { gun: "gun_time", chip: "chip_time", bib: "bib" };

function splitsSql(raceId: string, checkpoint: string): string {
  return `SELECT bib, split_ms FROM splits WHERE race_id = '${raceId}' AND checkpoint = '${checkpoint}' ORDER BY split_ms`;
}

export function registerResultTools(server: McpServer, deps: Deps): void {
  server.registerTool(
    "leaderboard",
    {
      description: "Top finishers of a race, sorted by gun or chip time",
      inputSchema: { raceId: z.string().uuid(), sortBy: z.string(), limit: z.number().int().max(500) },
    },
    async ({ raceId, sortBy, limit }) => {
      const column = SORT_COLUMNS[sortBy] ?? "chip_time";
      // ok: tool-input-to-sql
      const rows = await deps.db.raw(`SELECT bib, name, ${column} FROM finishers WHERE race_id = ? ORDER BY ${column} LIMIT ?`, [raceId, limit]);
      return { content: [{ type: "text", text: JSON.stringify(rows.rows) }] };
    },
  );

  server.registerTool(
    "checkpoint_splits",
    { description: "Split times at a checkpoint", inputSchema: { raceId: z.string(), checkpoint: z.string() } },
    async ({ raceId, checkpoint }) => {
      // ruleid: tool-input-to-sql
      const rows = await deps.db.raw(splitsSql(raceId, checkpoint));
      return { content: [{ type: "text", text: JSON.stringify(rows.rows) }] };
    },
  );

  server.registerTool(
    "runner_by_bibs",
    { description: "Look up several runners by bib", inputSchema: { bibs: z.array(z.string()).max(50) } },
    async ({ bibs }) => {
      const rows = await Promise.all(
        // ruleid: tool-input-to-sql
        bibs.map((bib) => deps.db.raw(`SELECT * FROM runners WHERE bib = '${bib}'`)),
      );
      return { content: [{ type: "text", text: JSON.stringify(rows.map((r) => r.rows[0])) }] };
    },
  );

  server.registerTool(
    "chip_reads",
    { description: "Raw RFID chip reads for a bib", inputSchema: { bib: z.string().regex(/^[0-9]{1,6}$/) } },
    async ({ bib }) => {
      // ok: tool-input-to-url
      const reads = await deps.chipApi(`/v1/reads?bib=${encodeURIComponent(bib)}`);
      return { content: [{ type: "text", text: JSON.stringify(reads) }] };
    },
  );
}
