// Kafka topic administration and message inspection (fastmcp, HTTP streaming with API keys).
import { FastMCP } from "fastmcp";
import { z } from "zod";
import jsonata from "jsonata";
import { unserialize } from "node-serialize";
import { timingSafeEqual, createHash } from "node:crypto";
import { admin, peek } from "./kafka.js";

const KEY_HASHES = (process.env.MCP_API_KEY_SHA256 ?? "").split(",").filter(Boolean).map((h) => Buffer.from(h, "hex"));

function keyAllowed(key: string): boolean {
  const digest = createHash("sha256").update(key).digest();
  return KEY_HASHES.some((h) => h.length === digest.length && timingSafeEqual(h, digest));
}

const server = new FastMCP({
  name: "kafka-admin",
  version: "0.5.2",
  authenticate: async (req) => {
    const key = req.headers["x-api-key"];
    if (typeof key !== "string" || !keyAllowed(key)) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { keyId: createHash("sha256").update(key).digest("hex").slice(0, 8) };
  },
});

server.addTool({
  name: "list_topics",
  description: "List topics with partition counts.",
  parameters: z.object({}),
  annotations: { readOnlyHint: true },
  execute: async (_args, { log }) => {
    const meta = await admin.fetchTopicMetadata();
    // ok: sensitive-data-logged
    log.info(`listed ${meta.topics.length} topics`);
    return meta.topics.map((t) => `${t.name} (${t.partitions.length} partitions)`).join("\n");
  },
});

server.addTool({
  name: "filter_messages",
  description: "Peek recent messages and keep those matching a JavaScript predicate over `msg` (e.g. msg.value.includes('error')).",
  parameters: z.object({ topic: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/), predicate: z.string(), max: z.number().int().max(500).default(100) }),
  execute: async ({ topic, predicate, max }) => {
    // ruleid: tool-input-to-eval
    const test = new Function("msg", `return (${predicate});`) as (m: unknown) => boolean;
    const msgs = await peek(topic, max);
    return JSON.stringify(msgs.filter((m) => test(m)), null, 2);
  },
});

server.addTool({
  name: "query_messages",
  description: "Peek recent JSON messages and apply a JSONata expression to them.",
  parameters: z.object({ topic: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/), expression: z.string().max(1000), max: z.number().int().max(500).default(100) }),
  execute: async ({ topic, expression, max }) => {
    const msgs = (await peek(topic, max)).map((m) => JSON.parse(m.value));
    // ok: tool-input-to-eval
    const result = await jsonata(expression).evaluate(msgs);
    return JSON.stringify(result ?? null, null, 2);
  },
});

server.addTool({
  name: "decode_legacy_payload",
  description: "Decode a payload produced by the old Node producer (node-serialize format).",
  parameters: z.object({ payload: z.string().max(100_000) }),
  execute: async ({ payload }) => {
    // ruleid: unsafe-deserialization
    const obj = unserialize(payload);
    return JSON.stringify(obj, null, 2);
  },
});

server.addTool({
  name: "decode_json_payload",
  description: "Pretty-print a JSON payload copied from a topic.",
  parameters: z.object({ payload: z.string().max(100_000) }),
  // ok: unsafe-deserialization
  execute: async ({ payload }) => JSON.stringify(JSON.parse(payload), null, 2),
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8765 } });
