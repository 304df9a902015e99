// MongoDB explorer MCP server, legacy SSE transport for older clients.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import { EJSON } from "bson";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { db, COLLECTIONS } from "./db.js";

const server = new McpServer({ name: "mongo-explorer", version: "0.2.0" });
const collection = z.enum(COLLECTIONS);

server.registerTool(
  "find_documents",
  {
    description: "Find documents with a MongoDB filter written in Extended JSON.",
    inputSchema: { collection, filter: z.string().max(10_000).default("{}"), limit: z.number().int().max(200).default(20) },
    annotations: { readOnlyHint: true },
  },
  async ({ collection, filter, limit }) => {
    try {
      // ok: unsafe-deserialization
      const query = EJSON.parse(filter, { relaxed: true });
      const docs = await (await db()).collection(collection).find(query).limit(limit).toArray();
      return { content: [{ type: "text", text: EJSON.stringify(docs) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: String(err) }] };
    }
  },
);

server.registerTool(
  "aggregate",
  {
    description: "Run an aggregation pipeline.",
    inputSchema: {
      collection,
      // ruleid: weak-input-schema
      pipeline: z.array(z.record(z.any())),
    },
  },
  async ({ collection, pipeline }) => {
    const rows = await (await db()).collection(collection).aggregate(pipeline).toArray();
    return { content: [{ type: "text", text: EJSON.stringify(rows) }] };
  },
);

server.registerTool(
  "filter_js",
  {
    description: "Filter the latest 1000 documents with a JavaScript predicate over `doc`, e.g. doc.total > 100.",
    inputSchema: { collection, predicate: z.string() },
  },
  async ({ collection, predicate }) => {
    const docs = await (await db()).collection(collection).find().sort({ _id: -1 }).limit(1000).toArray();
    // ruleid: tool-input-to-eval
    const test = new Function("doc", `return (${predicate});`);
    const matches = docs.filter((d) => test(d));
    return { content: [{ type: "text", text: EJSON.stringify(matches.slice(0, 50)) }] };
  },
);

server.registerTool(
  "export_collection",
  {
    description: "Export a collection as JSON lines to a file on the server.",
    inputSchema: { collection, outFile: z.string() },
  },
  async ({ collection, outFile }) => {
    try {
      const docs = await (await db()).collection(collection).find().toArray();
      const dest = path.resolve(process.env.EXPORT_ROOT ?? "/var/exports", outFile);
      // ruleid: tool-input-to-path
      await writeFile(dest, docs.map((d) => EJSON.stringify(d)).join("\n"));
      return { content: [{ type: "text", text: `wrote ${docs.length} documents` }] };
    } catch (e) {
      const err = e as Error;
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `export failed\n${err.stack}` }] };
    }
  },
);

server.registerTool(
  "count",
  { description: "Count documents matching simple field equality.", inputSchema: { collection, field: z.string().regex(/^[a-zA-Z_][\w.]*$/), value: z.string() } },
  async ({ collection, field, value }) => {
    const n = await (await db()).collection(collection).countDocuments({ [field]: value });
    return { content: [{ type: "text", text: String(n) }] };
  },
);

const app = express();
app.use((req, res, next) => {
  // ruleid: cors-wildcard-credentials
  res.set({ "Access-Control-Allow-Origin": req.headers.origin ?? "*", "Access-Control-Allow-Credentials": "true" });
  next();
});
const sessions: Record<string, SSEServerTransport> = {};

app.get("/sse", async (_req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  sessions[transport.sessionId] = transport;
  res.on("close", () => delete sessions[transport.sessionId]);
  await server.connect(transport);
});

app.post("/messages", express.json(), async (req, res) => {
  const transport = sessions[String(req.query.sessionId)];
  if (!transport) return res.status(404).end();
  await transport.handlePostMessage(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(4100, "0.0.0.0", () => console.log("mongo-explorer SSE on :4100"));
