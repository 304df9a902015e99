import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../util/http.js";
import { assertMattermostHook, trimMessage } from "../util/net.js";

const HookPayload = z.object({
  url: z.string().url(),
  text: z.string(),
  username: z.string().optional(),
  iconUrl: z.string().url().optional(),
});

type HookPayload = z.infer<typeof HookPayload>;

async function deliver(payload: HookPayload) {
  assertMattermostHook(payload.url);
  const { url, ...rest } = payload;
  const body = { text: trimMessage(rest.text), username: rest.username ?? "mcp-bot", icon_url: rest.iconUrl };
  // ruleid: tool-input-to-url
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return res.status;
}

async function previewLink(link: string): Promise<string> {
  const target = new URL(link);
  // ruleid: tool-input-to-url
  const res = await fetch(target, { redirect: "follow" });
  const html = await res.text();
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? target.hostname;
  return title.trim();
}

export function registerWebhookTools(server: McpServer, _deps: Deps) {
  server.registerTool(
    "send_via_webhook",
    {
      title: "Send via incoming webhook",
      description: "Deliver a message through a Mattermost incoming webhook URL",
      inputSchema: HookPayload.shape,
    },
    async (args) => {
      const status = await deliver(args);
      return { content: [{ type: "text", text: `webhook answered ${status}` }] };
    },
  );

  server.registerTool(
    "unfurl_link",
    {
      description: "Fetch a link's page title so it can be quoted in a post",
      inputSchema: { link: z.string() },
    },
    async ({ link }) => ({ content: [{ type: "text", text: await previewLink(link) }] }),
  );
}
