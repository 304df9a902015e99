import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const LICENCE_API = "https://licensing.foundry.internal";

const seatsSchema = {
  licenceId: z.string().regex(/^LIC-[0-9]{6}$/),
  seats: z.number().int().min(1).max(500),
};

export function registerLicenceTools(server: McpServer): void {
  server.registerTool(
    "licence_seats",
    {
      title: "Licence seats",
      description: "Show desktop and web seats used for a font licence",
      inputSchema: seatsSchema,
    },
    async ({ licenceId }) => {
      // ok: tool-input-to-url
      const res = await fetch(`${LICENCE_API}/v2/licences/${encodeURIComponent(licenceId)}/seats`);
      const body = await res.json();
      return { content: [{ type: "text", text: JSON.stringify(body, null, 2) }] };
    },
  );

  server.registerTool(
    "licence_webhook_test",
    {
      description: "Send a test event to the customer's licence webhook",
      inputSchema: { webhookUrl: z.string(), payload: z.record(z.string()) },
    },
    async ({ webhookUrl, payload }) => {
      // ruleid: tool-input-to-url
      const res = await fetch(webhookUrl, { method: "POST", body: JSON.stringify({ type: "test", ...payload }) });
      return { content: [{ type: "text", text: `webhook answered ${res.status}` }] };
    },
  );
}
