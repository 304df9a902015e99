import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { nomad, consulKv, consulKvPut, serviceHealth } from "./clients.mjs";
import { requireOperator } from "./auth.mjs";

function build() {
  const server = new McpServer({ name: "nomad-consul", version: "0.4.0" });

  server.tool("job_status", "Status of a Nomad job", { job: z.string().regex(/^[a-z0-9-]{1,60}$/) }, async ({ job }) => {
    const data = await nomad(`/v1/job/${job}/summary`);
    return { content: [{ type: "text", text: JSON.stringify(data) }] };
  });

  server.tool("alloc_logs", "Stdout of an allocation's task", { allocId: z.string().uuid(), task: z.string().max(60) }, async ({ allocId, task }) => {
    const data = await nomad(`/v1/client/fs/logs/${allocId}?task=${encodeURIComponent(task)}&type=stdout&plain=true`);
    return { content: [{ type: "text", text: String(data).slice(-10_000) }] };
  });

  server.tool("kv_get", "Read a Consul KV key", { key: z.string().max(256) }, async ({ key }) => ({
    content: [{ type: "text", text: await consulKv(key) }],
  }));

  server.tool("kv_put", "Write a Consul KV key under the app/ prefix", { key: z.string().regex(/^app\/[a-z0-9\/_-]+$/), value: z.string().max(4096) }, async ({ key, value }) => ({
    content: [{ type: "text", text: String(await consulKvPut(key, value)) }],
  }));

  server.tool("service_health", "Health of a service, optionally asking another datacenter's agent", { service: z.string(), agent: z.string().optional() }, async ({ service, agent }) => ({
    content: [{ type: "text", text: JSON.stringify(await serviceHealth(service, agent)) }],
  }));
  return server;
}

const app = express();
app.use(express.json());
app.post("/mcp", requireOperator, async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await build().connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(7070, "127.0.0.1");
