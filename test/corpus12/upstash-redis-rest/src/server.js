import { FastMCP, UserError } from "fastmcp";
import axios from "axios";
import http from "node:http";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { checkApiKey } from "./auth.js";

const REST_URL = process.env.UPSTASH_REDIS_REST_URL ?? "https://example-12345.upstash.io";
const REST_TOKEN = process.env.UPSTASH_REDIS_REST_TOKEN ?? "";

const redis = axios.create({ baseURL: REST_URL, headers: { Authorization: `Bearer ${REST_TOKEN}` }, timeout: 10000 });

const server = new FastMCP({
  name: "upstash-redis-rest",
  version: "0.2.0",
  authenticate: async (request) => {
    const key = request.headers["x-api-key"];
    if (!checkApiKey(key)) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { id: "api-key-user" };
  },
});

server.addTool({
  name: "get_key",
  description: "GET a key",
  parameters: z.object({ key: z.string().min(1).max(512) }),
  execute: async ({ key }) => {
    // ok: tool-input-to-url
    const { data } = await redis.get(`/get/${encodeURIComponent(key)}`);
    return JSON.stringify(data.result);
  },
});

server.addTool({
  name: "pipeline",
  description: "Run several commands in one pipeline request. Each command is an array like [\"INCR\", \"counter\"]",
  parameters: z.object({ commands: z.array(z.array(z.string()).min(1)).min(1).max(50) }),
  execute: async ({ commands }) => {
    const { data } = await redis.post("/pipeline", commands);
    return data.map((r, i) => `${commands[i].join(" ")} -> ${JSON.stringify(r.result ?? r.error)}`).join("\n");
  },
});

server.addTool({
  name: "set_json",
  description: "Store a JSON document under a key after validating it",
  parameters: z.object({ key: z.string().max(512), json: z.string().max(1_000_000) }),
  execute: async ({ key, json }) => {
    // ok: unsafe-deserialization
    const doc = JSON.parse(json);
    await redis.post(`/set/${encodeURIComponent(key)}`, JSON.stringify(doc));
    return "OK";
  },
});

server.addTool({
  name: "compute_ttl",
  description: "Compute a TTL in seconds from an arithmetic expression such as 60*60*24",
  parameters: z.object({ key: z.string().max(512), expression: z.string() }),
  execute: async ({ key, expression }) => {
    // ruleid: tool-input-to-eval
    const seconds = Number(eval(expression));
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError("expression must give a positive number");
    await redis.get(`/expire/${encodeURIComponent(key)}/${Math.floor(seconds)}`);
    return `TTL of ${key} set to ${seconds}s`;
  },
});

server.addTool({
  name: "acquire_lock",
  description: "Acquire a short-lived lock and return its token",
  parameters: z.object({ name: z.string().regex(/^[a-z0-9:_-]{1,100}$/), seconds: z.number().int().min(1).max(600) }),
  execute: async ({ name, seconds }) => {
    // ruleid: insecure-randomness
    const lockToken = Math.random().toString(36).slice(2);
    const { data } = await redis.post("/", ["SET", `lock:${name}`, lockToken, "NX", "EX", String(seconds)]);
    return data.result === "OK" ? lockToken : "lock is held";
  },
});

server.addTool({
  name: "open_session",
  description: "Open a cache session and return its id",
  parameters: z.object({ ttl: z.number().int().min(60).max(86400).default(3600) }),
  execute: async ({ ttl }) => {
    // ok: insecure-randomness
    const sessionId = randomUUID();
    await redis.post("/", ["SET", `session:${sessionId}`, "{}", "EX", String(ttl)]);
    return sessionId;
  },
});

server.addTool({
  name: "replica_get",
  description: "GET a key from a read replica REST endpoint",
  parameters: z.object({ replicaUrl: z.string(), key: z.string() }),
  execute: async ({ replicaUrl, key }) => {
    // ruleid: tool-input-to-url
    const res = await new Promise((resolve, reject) => http.get(`${replicaUrl}/get/${key}`, { headers: { Authorization: `Bearer ${REST_TOKEN}` } }, resolve).on("error", reject));
    let body = "";
    for await (const chunk of res) body += chunk;
    return body;
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8787), host: "127.0.0.1" } });
