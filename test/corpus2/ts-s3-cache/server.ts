import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile, rm } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import { z } from "zod";
import { S3Mirror } from "./s3.js";

const CACHE_DIR = resolve(process.env.S3_CACHE_DIR ?? ".s3cache");
const mirror = new S3Mirror(CACHE_DIR);

const server = new McpServer({ name: "s3-cache", version: "1.4.0" });

server.registerResource(
  "cached-object",
  new ResourceTemplate("s3cache://{bucket}/{key}", { list: undefined }),
  { title: "Cached S3 object", mimeType: "application/octet-stream" },
  async (uri, { bucket, key }) => {
    const local = join(CACHE_DIR, String(bucket), String(key));
    // ruleid: tool-input-to-path
    const data = await readFile(local, "utf8");
    return { contents: [{ uri: uri.href, text: data }] };
  },
);

server.registerResource(
  "bucket-manifest",
  new ResourceTemplate("s3cache://{bucket}/manifest", { list: undefined }),
  { title: "Bucket manifest" },
  async (uri, variables) => {
    const bucket = String(variables.bucket);
    const manifest = resolve(CACHE_DIR, bucket, "manifest.json");
    if (!manifest.startsWith(CACHE_DIR + sep)) throw new Error("invalid bucket");
    // ok: tool-input-to-path
    const text = await readFile(manifest, "utf8");
    return { contents: [{ uri: uri.href, mimeType: "application/json", text }] };
  },
);

server.registerTool(
  "sync_bucket",
  {
    description: "Download a bucket prefix into the local cache.",
    inputSchema: { bucket: z.string().regex(/^[a-z0-9.-]{3,63}$/), prefix: z.string().max(512).default("") },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  async ({ bucket, prefix }) => {
    const n = await mirror.sync(bucket, prefix);
    return { content: [{ type: "text", text: `synced ${n} objects` }] };
  },
);

server.registerTool(
  "evict",
  {
    description: "Remove a cached object.",
    inputSchema: { bucket: z.string(), key: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ bucket, key }) => {
    // ruleid: tool-input-to-path
    await rm(`${CACHE_DIR}/${bucket}/${key}`, { force: true });
    return { content: [{ type: "text", text: "evicted" }] };
  },
);

server.registerPrompt(
  "summarize-object",
  {
    description: "Summarize a cached object.",
    argsSchema: { bucket: z.string(), key: z.string() },
  },
  ({ bucket, key }) => ({
    messages: [
      {
        role: "user",
        content: { type: "resource", resource: { uri: `s3cache://${bucket}/${key}`, text: "", mimeType: "text/plain" } },
      },
    ],
  }),
);

await server.connect(new StdioServerTransport());
