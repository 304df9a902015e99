// RabbitMQ operations for the order platform.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { z } from "zod";
import { publish, management, type QueueInfo } from "./rabbit.js";

const DEFAULT_MGMT = process.env.RABBIT_MGMT_URL ?? "http://localhost:15672";
const mgmt = management(DEFAULT_MGMT);

const server = new McpServer({ name: "rabbitmq-queues", version: "1.2.0" });

server.tool(
  "queue_depths",
  "Message and consumer counts per queue on the default vhost.",
  {},
  async () => {
    try {
      const { data } = await mgmt.get<QueueInfo[]>("/api/queues/%2F");
      return { content: [{ type: "text", text: data.map((q) => `${q.name}: ${q.messages} msgs, ${q.consumers} consumers`).join("\n") }] };
    } catch (err) {
      console.error("queue_depths failed", err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "Could not reach the management API." }] };
    }
  },
);

server.tool(
  "compare_cluster",
  "Fetch the overview of another RabbitMQ cluster's management API, to compare with ours.",
  { managementUrl: z.string().url() },
  async ({ managementUrl }) => {
    // ruleid: tool-input-to-url
    const { data } = await axios.get(`${managementUrl}/api/overview`, { timeout: 5000 });
    return { content: [{ type: "text", text: JSON.stringify({ version: data.rabbitmq_version, queues: data.object_totals?.queues }) }] };
  },
);

server.tool(
  "publish_message",
  "Publish a JSON message on an exchange.",
  { exchange: z.enum(["orders", "orders.retry", "notifications"]), routingKey: z.string().max(255), body: z.string().max(65_536) },
  { destructiveHint: false, openWorldHint: false },
  async ({ exchange, routingKey, body }) => {
    try {
      JSON.parse(body);
      await publish(exchange, routingKey, body);
      return { content: [{ type: "text", text: `published to ${exchange}/${routingKey}` }] };
    } catch (e) {
      const err = e as Error;
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `${err.name}: ${err.message}\n${err.stack}` }] };
    }
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.error("rabbitmq-queues ready");
