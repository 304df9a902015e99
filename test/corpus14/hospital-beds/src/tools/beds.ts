import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { BedRepository } from "../services/db.js";
import { bedHistoryShape, findBedsShape, notesShape, occupancyShape, releaseShape } from "../schemas.js";
import { asText, withErrorHandling } from "../util/errors.js";

export interface Deps {
  repo: BedRepository;
  log: (msg: string) => void;
}

export function registerBedTools(server: McpServer, deps: Deps): void {
  const { repo, log } = deps;

  server.registerTool(
    "find_beds",
    { title: "Find beds", description: "List the beds of a ward, optionally by status.", inputSchema: findBedsShape },
    withErrorHandling(async ({ ward, status }) => asText(repo.findByWard(ward, status))),
  );

  server.registerTool(
    "bed_history",
    { description: "Status changes of one bed since a date.", inputSchema: bedHistoryShape },
    withErrorHandling(async (args) => asText(repo.history(args.bedId, args.since))),
  );

  server.registerTool(
    "unit_occupancy",
    { description: "Occupancy counts for a unit and ward.", inputSchema: occupancyShape, annotations: { readOnlyHint: true } },
    withErrorHandling(async ({ unit, ward }) => asText(repo.occupancy(unit, ward))),
  );

  server.registerTool(
    "search_bed_notes",
    { description: "Search nursing notes attached to a bed.", inputSchema: notesShape },
    withErrorHandling(async ({ bedId, search: term }) => {
      const rows = repo.searchNotes(bedId, term);
      return asText({ count: rows.length, rows });
    }),
  );

  server.registerTool(
    "release_bed",
    {
      description: "Discharge the current patient assignment and send the bed to cleaning.",
      inputSchema: releaseShape,
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    withErrorHandling(async ({ bedId, reason }) => {
      log(`release bed ${bedId}`);
      return asText({ released: repo.release(bedId, reason) });
    }),
  );
}
