import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { type Deps, type MmPost, mmGet, mmPost, seg } from "../util/http.js";
import { trimMessage } from "../util/net.js";

interface Channel {
  id: string;
  name: string;
  display_name: string;
  purpose: string;
}

export function registerChannelTools(server: McpServer, deps: Deps) {
  server.tool(
    "list_channels",
    "List public channels of the configured team",
    { page: z.number().int().min(0).default(0) },
    async ({ page }) => {
      const channels = await mmGet<Channel[]>(deps, `/teams/${seg(deps.teamId)}/channels?page=${page}&per_page=60`);
      const lines = channels.map((c) => `#${c.name} — ${c.display_name}${c.purpose ? `: ${c.purpose}` : ""}`);
      return { content: [{ type: "text", text: lines.join("\n") || "no channels" }] };
    },
  );

  server.tool(
    "channel_history",
    "Read the latest posts of a channel by its name",
    { channel: z.string().max(64), limit: z.number().int().min(1).max(200).default(30) },
    async ({ channel, limit }) => {
      const ch = await mmGet<Channel>(deps, `/teams/${seg(deps.teamId)}/channels/name/${seg(channel)}`);
      // ok: tool-input-to-url
      const res = await fetch(`${deps.baseUrl}/api/v4/channels/${encodeURIComponent(ch.id)}/posts?per_page=${limit}`, { headers: { Authorization: `Bearer ${deps.token}` } });
      const data = (await res.json()) as { order: string[]; posts: Record<string, MmPost> };
      const text = data.order.map((id) => data.posts[id]).map((p) => `${new Date(p.create_at).toISOString()} ${p.message}`).join("\n");
      return { content: [{ type: "text", text }] };
    },
  );

  server.tool(
    "post_message",
    "Post a message to a channel",
    { channelId: z.string().regex(/^[a-z0-9]{26}$/), message: z.string().min(1) },
    async ({ channelId, message }) => {
      const post = await mmPost<MmPost>(deps, "/posts", { channel_id: channelId, message: trimMessage(message) });
      return { content: [{ type: "text", text: `posted ${post.id}` }] };
    },
  );
}
