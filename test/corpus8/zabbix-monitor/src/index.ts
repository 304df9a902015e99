import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { ZabbixApi } from "./zabbix.js";
import { probeUrl } from "./probe.js";

const api = new ZabbixApi(process.env.ZABBIX_URL ?? "https://zabbix.noc.example/api_jsonrpc.php", process.env.ZABBIX_TOKEN ?? "");

const Tools = {
  problems: z.object({ severityMin: z.number().int().min(0).max(5).default(2), hostGroup: z.string().max(100).optional() }),
  ack_problem: z.object({ eventId: z.string().regex(/^[0-9]+$/), message: z.string().max(500) }),
  probe_url: z.object({ url: z.string().url() }),
  item_history: z.object({ itemId: z.string().regex(/^[0-9]+$/), hours: z.number().int().min(1).max(168) }),
};

const server = new Server({ name: "zabbix-monitor", version: "0.4.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "problems", description: "Current problems at or above a severity", inputSchema: { type: "object", properties: { severityMin: { type: "integer", minimum: 0, maximum: 5 }, hostGroup: { type: "string" } } } },
    { name: "ack_problem", description: "Acknowledge a problem event with a message", inputSchema: { type: "object", properties: { eventId: { type: "string", pattern: "^[0-9]+$" }, message: { type: "string" } }, required: ["eventId", "message"] } },
    { name: "probe_url", description: "Fetch a public URL from the monitoring proxy to check it answers", inputSchema: { type: "object", properties: { url: { type: "string", format: "uri" } }, required: ["url"] } },
    { name: "item_history", description: "History of an item over the last hours", inputSchema: { type: "object", properties: { itemId: { type: "string" }, hours: { type: "integer" } }, required: ["itemId", "hours"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
  try {
    switch (params.name) {
      case "problems": {
        const a = Tools.problems.parse(params.arguments);
        return json(await api.call("problem.get", { severities: [5, 4, 3, 2, 1, 0].filter((s) => s >= a.severityMin), recent: true }));
      }
      case "ack_problem": {
        const a = Tools.ack_problem.parse(params.arguments);
        return json(await api.call("event.acknowledge", { eventids: [a.eventId], action: 6, message: a.message }));
      }
      case "probe_url": {
        const a = Tools.probe_url.parse(params.arguments);
        return json(await probeUrl(a.url));
      }
      case "item_history": {
        const a = Tools.item_history.parse(params.arguments);
        const from = Math.floor(Date.now() / 1000) - a.hours * 3600;
        return json(await api.call("history.get", { itemids: [a.itemId], time_from: from, sortfield: "clock" }));
      }
      default:
        throw new Error(`unknown tool ${params.name}`);
    }
  } catch (err) {
    // ok: error-detail-leak
    return { content: [{ type: "text", text: err instanceof z.ZodError ? "invalid arguments" : "Zabbix request failed" }], isError: true };
  }
});

function json(v: unknown) {
  return { content: [{ type: "text" as const, text: JSON.stringify(v) }] };
}

await server.connect(new StdioServerTransport());
