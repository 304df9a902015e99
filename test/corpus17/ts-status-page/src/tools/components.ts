import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { db } from "../db/query.js";
import { componentShape, metricsShape } from "../schemas.js";

const METRIC_TABLES: Record<string, string> = {
  uptime: "metrics_uptime",
  latency_p95: "metrics_latency",
  errors: "metrics_errors",
};

export function registerComponentTools(server: McpServer) {
  server.registerTool(
    "set_component_status",
    { description: "Change the public status of a component", inputSchema: componentShape },
    async ({ slug, status }) => {
      // ok: tool-input-to-sql
      db.prepare(`UPDATE components SET status = '${status}', updated_at = datetime('now') WHERE slug = '${slug}'`).run();
      return { content: [{ type: "text", text: `${slug} is now ${status}` }] };
    },
  );

  server.registerTool(
    "component_metrics",
    { description: "Daily metrics of a component", inputSchema: metricsShape },
    async ({ component, sortColumn, days }) => {
      const table = METRIC_TABLES[sortColumn];
      // ok: tool-input-to-sql
      const rows = db.prepare(`SELECT day, value FROM ${table} WHERE component = ? AND day >= date('now', ?) ORDER BY day`).all(component, `-${days} days`);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "component_history",
    {
      description: "Status changes of a component",
      inputSchema: { component: z.string(), since: z.string().optional() },
    },
    async ({ component, since }) => {
      const cutoff = since ?? "1970-01-01";
      // ruleid: tool-input-to-sql
      const rows = db.prepare(`SELECT * FROM component_events WHERE component = '${component}' AND at >= '${cutoff}'`).all();
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );
}
