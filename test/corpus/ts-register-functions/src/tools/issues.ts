import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import mysql from "mysql2";
import { z } from "zod";

const conn = mysql.createConnection({ host: "localhost", user: "tracker", database: "tracker" });

function query<T = any>(sql: string, values: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    conn.query(sql, values, (err, rows) => (err ? reject(err) : resolve(rows as T[])));
  });
}

export default function registerIssueTools(server: McpServer) {
  server.registerTool(
    "issues_by_label",
    { description: "Issues with a label", inputSchema: { label: z.string() } },
    async ({ label }) => {
      const rows = await query("SELECT id, title FROM issues WHERE FIND_IN_SET(?, labels)", [label]); // SAFE tool-input-to-sql
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
  );

  server.registerTool(
    "issues_sorted",
    { description: "Issues sorted by a column", inputSchema: { column: z.string(), direction: z.enum(["ASC", "DESC"]).default("DESC") } },
    async ({ column, direction }) => {
      const rows = await query(`SELECT id, title FROM issues ORDER BY ${column} ${direction} LIMIT 50`); // FLAW tool-input-to-sql
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
  );

  server.registerTool(
    "close_issue",
    { description: "Close an issue", inputSchema: { id: z.string(), reason: z.string() } },
    async ({ id, reason }) => {
      await new Promise<void>((resolve, reject) =>
        conn.query("UPDATE issues SET state = 'closed', close_reason = '" + reason + "' WHERE id = " + id, (err) => (err ? reject(err) : resolve())) // FLAW tool-input-to-sql
      );
      return { content: [{ type: "text", text: `closed #${id}` }] };
    }
  );

  server.registerTool(
    "issue_count",
    { description: "Count issues in a state", inputSchema: { state: z.enum(["open", "closed"]) } },
    async ({ state }) => {
      const rows = await query(`SELECT COUNT(*) AS n FROM issues WHERE state = '${state}'`); // SAFE tool-input-to-sql
      return { content: [{ type: "text", text: String(rows[0].n) }] };
    }
  );
}
