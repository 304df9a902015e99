// Redis cache inspector MCP server (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import v8 from "node:v8";
import serialize from "node-serialize";
import { decode } from "@msgpack/msgpack";
import { connect, debug } from "./redis.js";

const redis = connect();
const server = new McpServer({ name: "redis-cache", version: "0.6.0" });

const keyName = z.string().min(1).max(512);

server.tool("get_key", "Read a string key.", { key: keyName }, { readOnlyHint: true }, async ({ key }) => {
  debug("GET", key);
  const value = await redis.get(key);
  return { content: [{ type: "text", text: value ?? "(nil)" }] };
});

server.tool("scan_keys", "Scan keys matching a glob pattern (max 500).", { pattern: z.string().max(128) }, async ({ pattern }) => {
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 100);
    found.push(...keys);
    cursor = next;
  } while (cursor !== "0" && found.length < 500);
  return { content: [{ type: "text", text: found.join("\n") }] };
});

server.tool(
  "restore_session",
  "Restore a serialized session object (as exported by the legacy app) into the cache.",
  { key: keyName, blob: z.string() },
  async ({ key, blob }) => {
    // ruleid: unsafe-deserialization
    const session = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
    await redis.set(key, JSON.stringify(session), "EX", 3600);
    return { content: [{ type: "text", text: `restored ${key}` }] };
  },
);

server.tool(
  "import_v8_snapshot",
  "Import a value that was written with v8.serialize by the worker pool.",
  { key: keyName, snapshot: z.string() },
  async ({ key, snapshot }) => {
    // ruleid: unsafe-deserialization
    const value = v8.deserialize(Buffer.from(snapshot, "base64"));
    await redis.set(key, JSON.stringify(value));
    return { content: [{ type: "text", text: "imported" }] };
  },
);

server.tool("import_json", { key: keyName, json: z.string().max(1_000_000) }, async ({ key, json }) => {
  // ok: unsafe-deserialization
  const value = JSON.parse(json);
  await redis.set(key, JSON.stringify(value));
  return { content: [{ type: "text", text: "imported" }] };
});

server.tool("import_msgpack", { key: keyName, data: z.string() }, async ({ key, data }) => {
  // ok: unsafe-deserialization
  const value = decode(Buffer.from(data, "base64"));
  await redis.set(key, JSON.stringify(value));
  return { content: [{ type: "text", text: "imported" }] };
});

server.tool(
  "set_with_ttl",
  "Set a key with a TTL written as an arithmetic expression of seconds, e.g. 60*60*24.",
  { key: keyName, value: z.string(), ttl: z.string().max(64) },
  async ({ key, value, ttl }) => {
    if (!/^[\d\s()+*\/-]+$/.test(ttl)) {
      return { isError: true, content: [{ type: "text", text: "ttl must be digits and + - * / ( )" }] };
    }
    // ok: tool-input-to-eval
    const seconds = Number(Function(`"use strict"; return (${ttl});`)());
    await redis.set(key, value, "EX", Math.max(1, Math.floor(seconds)));
    return { content: [{ type: "text", text: `set ${key} for ${seconds}s` }] };
  },
);

server.tool(
  "transform_value",
  "Apply a JavaScript arrow function (as text) to a JSON value stored in a key and save the result.",
  { key: keyName, fn: z.string() },
  async ({ key, fn }) => {
    const current = JSON.parse((await redis.get(key)) ?? "null");
    // ruleid: tool-input-to-eval
    const transform = eval(fn);
    const next = transform(current);
    await redis.set(key, JSON.stringify(next));
    return { content: [{ type: "text", text: JSON.stringify(next) }] };
  },
);

server.tool(
  "delete_keys",
  "Delete all keys matching a pattern.",
  { pattern: z.string().max(128) },
  // ok: annotation-mismatch
  { destructiveHint: true, readOnlyHint: false },
  async ({ pattern }) => {
    const keys = await redis.keys(pattern);
    if (keys.length) await redis.del(...keys);
    return { content: [{ type: "text", text: `deleted ${keys.length} keys` }] };
  },
);

await server.connect(new StdioServerTransport());
// ok: stdout-in-stdio-server
process.stderr.write("redis-cache MCP server running on stdio\n");
