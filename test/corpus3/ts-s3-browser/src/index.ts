// s3-browser: browse and download objects from the team bucket (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { S3Client, ListObjectsV2Command, GetObjectCommand, DeleteObjectCommand } from "@aws-sdk/client-s3";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const REGION = process.env.AWS_REGION ?? "eu-west-1";
const BUCKET = process.env.S3_BUCKET ?? "team-shared-artifacts";
const DOWNLOAD_DIR = path.resolve(process.env.DOWNLOAD_DIR ?? "./downloads");

const credentials = {
  accessKeyId: "AKIA4QZ7XG2MNR5TWK3E",
  // ruleid: hardcoded-secret
  secretAccessKey: "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",
};

const s3 = new S3Client({ region: REGION, credentials });
// ruleid: sensitive-data-logged
console.error("S3 client ready", credentials);
// ok: sensitive-data-logged
console.error(`s3-browser: bucket ${BUCKET} in ${REGION}, downloads go to ${DOWNLOAD_DIR}`);

const server = new McpServer({ name: "s3-browser", version: "0.3.1" });

server.registerTool(
  "list_objects",
  {
    description: "List objects under a prefix.",
    inputSchema: { prefix: z.string().default(""), max: z.number().int().min(1).max(1000).default(100) },
    annotations: { readOnlyHint: true },
  },
  async ({ prefix, max }) => {
    const out = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix, MaxKeys: max }));
    const lines = (out.Contents ?? []).map((o) => `${o.Key}\t${o.Size}\t${o.LastModified?.toISOString()}`);
    return { content: [{ type: "text", text: lines.join("\n") || "(empty)" }] };
  },
);

server.registerTool(
  "download_object",
  {
    description: "Download an object into the local downloads folder, keeping its key as the path.",
    inputSchema: { key: z.string() },
  },
  async ({ key }) => {
    try {
      const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      const target = path.join(DOWNLOAD_DIR, key);
      await mkdir(path.dirname(target), { recursive: true });
      // ruleid: tool-input-to-path
      await writeFile(target, await obj.Body!.transformToByteArray());
      return { content: [{ type: "text", text: `saved to ${target}` }] };
    } catch (err: any) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: err.stack }] };
    }
  },
);

server.registerTool(
  "download_flat",
  {
    description: "Download an object into the downloads folder under its file name only.",
    inputSchema: { key: z.string() },
  },
  async ({ key }) => {
    const name = path.basename(key);
    if (!name || name === "." || name === "..") {
      return { isError: true, content: [{ type: "text", text: "key has no file name" }] };
    }
    const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    await mkdir(DOWNLOAD_DIR, { recursive: true });
    // ok: tool-input-to-path
    await writeFile(path.join(DOWNLOAD_DIR, name), await obj.Body!.transformToByteArray());
    return { content: [{ type: "text", text: `saved ${name}` }] };
  },
);

server.registerTool(
  "delete_object",
  {
    description: "Delete an object from the bucket.",
    inputSchema: { key: z.string() },
    // ok: annotation-mismatch
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  },
  async ({ key }) => {
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    return { content: [{ type: "text", text: `deleted s3://${BUCKET}/${key}` }] };
  },
);

server.registerTool(
  "purge_prefix",
  {
    description: "Delete every object under a prefix.",
    inputSchema: { prefix: z.string().min(3) },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ prefix }) => {
    const listing = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
    for (const o of listing.Contents ?? []) await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: o.Key! }));
    return { content: [{ type: "text", text: `deleted ${listing.Contents?.length ?? 0} objects` }] };
  },
);

await server.connect(new StdioServerTransport());
