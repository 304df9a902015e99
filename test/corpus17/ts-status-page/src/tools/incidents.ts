import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { db, QueryBuilder, runRaw } from "../db/query.js";
import { incidentSearchShape, incidentUpdateShape, type IncidentSearch } from "../schemas.js";

function buildIncidentQuery(filters: IncidentSearch): string {
  const qb = new QueryBuilder("incidents");
  if (filters.status) qb.whereEq("status", filters.status);
  if (filters.component) qb.where(`component_slug = '${filters.component}'`);
  return qb.orderBy(filters.orderBy).limit(filters.limit).toSQL();
}

export function registerIncidentTools(server: McpServer) {
  server.tool("search_incidents", "Search past and open incidents", incidentSearchShape, async (args) => {
    const sql = buildIncidentQuery({ ...args });
    const rows = runRaw(sql);
    return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
  });

  server.tool("post_update", "Post an update on an incident", incidentUpdateShape, async ({ incidentId, message, status }) => {
    // ok: tool-input-to-sql
    db.prepare("INSERT INTO incident_updates (incident_id, message, status, created_at) VALUES (?, ?, ?, datetime('now'))").run(incidentId, message, status);
    db.prepare("UPDATE incidents SET status = ? WHERE id = ?").run(status, incidentId);
    return { content: [{ type: "text", text: `incident #${incidentId} → ${status}` }] };
  });

  server.tool(
    "incident_timeline",
    "All updates of one incident, oldest first",
    { incidentId: incidentUpdateShape.incidentId },
    async ({ incidentId }) => {
      const rows = db
        .prepare("SELECT status, message, created_at FROM incident_updates WHERE incident_id = @id ORDER BY created_at")
        .all({ id: incidentId }) as Array<{ status: string; message: string; created_at: string }>;
      return { content: [{ type: "text", text: rows.map((r) => `${r.created_at} [${r.status}] ${r.message}`).join("\n") }] };
    },
  );
}
