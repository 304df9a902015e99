#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { abort, DEFAULT_ROLLOUT, promote, setWeight } from "./deploy.js";
import { startHttp } from "./http.js";

const server = new McpServer({ name: "canary-releases", version: "1.1.0" });
const METRICS_API = process.env.METRICS_API ?? "https://metrics.internal.example.com";

server.tool("ping", async () => ({ content: [{ type: "text", text: "pong" }] }));

server.tool(
  "canary_status",
  { service: z.string().regex(/^[a-z0-9-]+$/) },
  async ({ service }) => {
    // ok: tool-input-to-url
    const res = await fetch(`${METRICS_API}/api/v1/canary/${service}`);
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

server.tool(
  "set_canary_weight",
  "Shift a percentage of traffic to the canary",
  { service: z.string(), weight: z.number().int().min(0).max(100), namespace: z.string().default("production") },
  async ({ service, weight, namespace }) => ({ content: [{ type: "text", text: await setWeight(service, weight, namespace) }] }),
);

server.tool(
  "promote_canary",
  "Promote a canary image to all replicas",
  { service: z.string(), image: z.string(), namespace: z.string().optional() },
  { destructiveHint: true, idempotentHint: false },
  async (args) => {
    const cfg = { ...DEFAULT_ROLLOUT, ...args };
    return { content: [{ type: "text", text: await promote(cfg) }] };
  },
);

server.tool(
  "abort_canary",
  "Abort a rollout and go back to the stable version",
  { service: z.string(), namespace: z.string().default("production") },
  // ok: annotation-mismatch
  { destructiveHint: true, readOnlyHint: false },
  async ({ service, namespace }) => ({ content: [{ type: "text", text: await abort(service, namespace) }] }),
);

server.tool(
  "compare_metrics",
  "Compare canary vs stable error rate using the caller's metrics credentials",
  { service: z.string().regex(/^[a-z0-9-]+$/) },
  async ({ service }, extra) => {
    const auth = extra.requestInfo?.headers?.authorization;
    const res = await fetch(`${METRICS_API}/api/v1/compare?service=${service}`, {
      // ruleid: token-passthrough
      headers: { Authorization: String(auth ?? "") },
    });
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

startHttp(server, Number(process.env.PORT ?? 3030));
