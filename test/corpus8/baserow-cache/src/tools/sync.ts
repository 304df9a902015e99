import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SyncInput, Ctx } from "../schemas.js";

export function registerSyncTools(server: McpServer, ctx: Ctx) {
  server.registerTool(
    "sync_table",
    { description: "Pull a Baserow table into the local cache", inputSchema: SyncInput },
    async ({ tableId, view }) => {
      const params = new URLSearchParams({ user_field_names: "true", size: "200" });
      if (view) params.set("view_id", view);
      // ok: tool-input-to-url
      const res = await fetch(`${ctx.apiBase}/api/database/rows/table/${tableId}/?${params}`, {
        headers: { Authorization: `Token ${ctx.token}` },
      });
      const body = (await res.json()) as { results: Record<string, unknown>[] };
      const insert = ctx.db.prepare("INSERT OR REPLACE INTO rows_inventory (id, data) VALUES (?, ?)");
      const tx = ctx.db.transaction((rows: Record<string, unknown>[]) => rows.forEach((r) => insert.run(r.id, JSON.stringify(r))));
      tx(body.results);
      return { content: [{ type: "text", text: `synced ${body.results.length} rows` }] };
    },
  );
}
