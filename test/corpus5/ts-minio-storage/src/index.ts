// MinIO / S3-compatible object storage tools.
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as Minio from "minio";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadConfig } from "./config.js";

const cfg = loadConfig();
const client = new Minio.Client({ endPoint: cfg.endPoint, port: cfg.port, useSSL: cfg.useSSL, accessKey: cfg.accessKey, secretKey: cfg.secretKey });
const bucketName = z.string().regex(/^[a-z0-9][a-z0-9.-]{2,62}$/);

const server = new McpServer({ name: "minio-storage", version: "1.0.3" });

server.resource(
  "object",
  new ResourceTemplate("s3://{bucket}/{key}", { list: undefined }),
  async (uri, { bucket, key }) => {
    const stream = await client.getObject(String(bucket), String(key));
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return { contents: [{ uri: uri.href, blob: Buffer.concat(chunks).toString("base64") }] };
  },
);

server.tool(
  "upload_file",
  "Upload a local file to a bucket.",
  { bucket: bucketName, key: z.string().max(1024), localPath: z.string() },
  async ({ bucket, key, localPath }) => {
    // ruleid: tool-input-to-path
    const stream = fs.createReadStream(localPath);
    const info = await client.putObject(bucket, key, stream);
    return { content: [{ type: "text", text: `uploaded etag=${info.etag}` }] };
  },
);

server.tool(
  "download_to_staging",
  "Download an object into the staging folder.",
  { bucket: bucketName, key: z.string().max(1024), fileName: z.string().max(255) },
  async ({ bucket, key, fileName }) => {
    const dest = path.resolve(cfg.stagingDir, fileName);
    const rel = path.relative(cfg.stagingDir, dest);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      return { isError: true, content: [{ type: "text", text: "fileName must stay inside the staging folder" }] };
    }
    // ok: tool-input-to-path
    await client.fGetObject(bucket, key, dest);
    return { content: [{ type: "text", text: `saved to ${rel}` }] };
  },
);

server.tool(
  "delete_bucket",
  "Remove a bucket and every object in it.",
  { bucket: bucketName },
  // ruleid: annotation-mismatch
  { destructiveHint: false, idempotentHint: true },
  async ({ bucket }) => {
    const names: string[] = [];
    for await (const obj of client.listObjectsV2(bucket, "", true)) names.push(obj.name);
    await client.removeObjects(bucket, names);
    await client.removeBucket(bucket);
    return { content: [{ type: "text", text: `deleted ${bucket} (${names.length} objects)` }] };
  },
);

await server.connect(new StdioServerTransport());
