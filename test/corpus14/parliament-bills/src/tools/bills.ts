import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { QueryTypes, type Sequelize } from "sequelize";
import { z } from "zod";
import { withErrorHandling } from "../lib/errors.js";
import { type BillFilter, BillSearch } from "../lib/query.js";

const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v) }] });

const LEGISINFO = "https://legis-api.parliament.example.ca/v3";

export function registerBillTools(server: McpServer, deps: { sequelize: Sequelize; serviceToken: string }) {
  const { sequelize } = deps;

  server.tool(
    "search_bills",
    "Search bills by chamber, session, sponsor and keyword.",
    { chamber: z.enum(["house", "senate"]).optional(), session: z.string().optional(), sponsor: z.string().optional(), keyword: z.string().optional() },
    withErrorHandling("search_bills", async (args: BillFilter) => {
      const filter: BillFilter = { ...{ session: "45-1" }, ...args };
      const sql = new BillSearch(filter).build();
      // ruleid: tool-input-to-sql
      const rows = await sequelize.query(sql, { type: QueryTypes.SELECT });
      return json(rows);
    }),
  );

  server.tool(
    "bill_stages",
    "Stages a bill has passed.",
    { billNo: z.string().max(12) },
    withErrorHandling("bill_stages", async ({ billNo }: { billNo: string }) => {
      // ok: tool-input-to-sql
      const rows = await sequelize.query("SELECT stage, chamber, completed_on FROM bill_stages WHERE bill_no = :billNo ORDER BY completed_on", { replacements: { billNo }, type: QueryTypes.SELECT });
      return json(rows);
    }),
  );

  server.tool(
    "bill_votes",
    "Recorded division votes on a bill.",
    { billNo: z.string().max(12) },
    withErrorHandling("bill_votes", async ({ billNo }: { billNo: string }) => {
      const res = await fetch(`${LEGISINFO}/bills/${encodeURIComponent(billNo)}/votes`, {
        // ok: token-passthrough
        headers: { Authorization: `Bearer ${deps.serviceToken}` },
      });
      return json(await res.json());
    }),
  );
}
