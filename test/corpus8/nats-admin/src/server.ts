import { FastMCP } from "fastmcp";
import { z } from "zod";
import { natsCli, streamInfoArgs } from "./cli.js";
import { monitor, MONITOR_ENDPOINTS } from "./monitor.js";
import { verifyApiKey } from "./auth.js";

const server = new FastMCP({
  name: "nats-admin",
  version: "1.1.0",
  authenticate: async (request) => {
    const key = request.headers["x-api-key"];
    if (typeof key !== "string" || !(await verifyApiKey(key))) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { key };
  },
});

server.addTool({
  name: "stream_info",
  description: "Show JetStream stream configuration and state",
  parameters: z.object({ stream: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  annotations: { readOnlyHint: true },
  execute: async ({ stream }) => natsCli(streamInfoArgs(stream)),
});

server.addTool({
  name: "publish",
  description: "Publish a message on a subject",
  parameters: z.object({ subject: z.string().max(200), payload: z.string().max(10_000) }),
  execute: async ({ subject, payload }) => natsCli(["pub", subject, payload]),
});

server.addTool({
  name: "purge_stream",
  description: "Purge messages from a stream, optionally only one subject",
  parameters: z.object({ stream: z.string(), subject: z.string().optional() }),
  annotations: { destructiveHint: true },
  execute: async ({ stream, subject }) => {
    const filter = subject ? `--subject=${subject}` : "";
    return natsCli(`stream purge ${stream} ${filter} -f`);
  },
});

server.addTool({
  name: "server_stats",
  description: "Read a monitoring endpoint of one NATS server",
  parameters: z.object({ endpoint: z.enum(MONITOR_ENDPOINTS), server: z.string() }),
  execute: async ({ endpoint, server: node }) => JSON.stringify(await monitor(node, endpoint)),
});

// ok: http-transport-without-auth
server.start({
  transportType: "httpStream",
  httpStream: { port: 8222 + 1000, endpoint: "/mcp" },
});
