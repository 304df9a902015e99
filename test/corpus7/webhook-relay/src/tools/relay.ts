import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { DESTINATIONS, deliver, destinationUrl } from "../lib/destinations.js";
import { applyMapping, applyScript, reviveCaptured } from "../lib/transform.js";

const RELAY_TOKEN = process.env.RELAY_DOWNSTREAM_TOKEN ?? "";

async function post(url: string, body: unknown, init: RequestInit = {}) {
  // ruleid: tool-input-to-url
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...(init.headers ?? {}) }, body: JSON.stringify(body), ...init });
  return `${res.status} ${res.statusText}`;
}

export function registerRelayTools(server: McpServer) {
  server.registerTool(
    "relay_event",
    {
      description: "Transform a JSON event with a JSONata mapping and deliver it to a configured destination",
      inputSchema: {
        destination: z.enum(Object.keys(DESTINATIONS) as [string, ...string[]]),
        payload: z.string().max(1_000_000),
        mapping: z.string().max(5000).default("$"),
      },
    },
    async ({ destination, payload, mapping }) => {
      // ok: unsafe-deserialization
      const event = JSON.parse(payload);
      const body = await applyMapping(mapping, event);
      const url = destinationUrl(destination);
      // ok: token-passthrough
      const headers = { authorization: `Bearer ${RELAY_TOKEN}`, "content-type": "application/json" };
      const status = await deliver(url, JSON.stringify(body), headers);
      return { content: [{ type: "text", text: `${status}` }] };
    },
  );

  server.registerTool(
    "test_webhook",
    {
      description: "Send a test event to any webhook URL (to debug a partner's endpoint)",
      inputSchema: { url: z.string().url(), payload: z.string().default("{}") },
    },
    async ({ url, payload }) => {
      const target = { ...{ method: "POST" }, url };
      const status = await post(target.url, JSON.parse(payload));
      return { content: [{ type: "text", text: status }] };
    },
  );

  server.registerTool(
    "replay_captured",
    {
      description: "Replay a captured event through a legacy script mapping",
      inputSchema: { captured: z.string(), script: z.string().default("return event;") },
    },
    async ({ captured, script }) => {
      const event = reviveCaptured(captured);
      return { content: [{ type: "text", text: JSON.stringify(applyScript(script, event)) }] };
    },
  );
}
