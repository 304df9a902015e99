import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const API = "https://api.intercom.io";

async function intercom<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: { Authorization: token, "Intercom-Version": "2.11", "Content-Type": "application/json", Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`Intercom ${res.status}`);
  return (await res.json()) as T;
}

export function registerConversationTools(server: McpServer, getToken: () => string) {
  server.tool(
    "list_open_conversations",
    "List open conversations assigned to a team",
    { teamId: z.string().regex(/^\d+$/), perPage: z.number().int().min(1).max(50).default(20) },
    async ({ teamId, perPage }) => {
      const body = { query: { operator: "AND", value: [{ field: "state", operator: "=", value: "open" }, { field: "team_assignee_id", operator: "=", value: teamId }] }, pagination: { per_page: perPage } };
      const data = await intercom<{ conversations: { id: string; title: string | null }[] }>(getToken(), "/conversations/search", { method: "POST", body: JSON.stringify(body) });
      return { content: [{ type: "text", text: data.conversations.map((c) => `${c.id} ${c.title ?? "(untitled)"}`).join("\n") }] };
    },
  );

  server.tool(
    "reply",
    "Reply to a conversation as an admin",
    { conversationId: z.string().regex(/^\d+$/), adminId: z.string().regex(/^\d+$/), body: z.string().max(10000) },
    async ({ conversationId, adminId, body }) => {
      await intercom(getToken(), `/conversations/${conversationId}/reply`, { method: "POST", body: JSON.stringify({ message_type: "comment", type: "admin", admin_id: adminId, body }) });
      return { content: [{ type: "text", text: "replied" }] };
    },
  );
}
