import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { esSearch, esIndexDoc, esDeleteIndex } from "./elastic.js";
import { staticVerifier } from "./verifier.js";

function kbServer(): McpServer {
  const server = new McpServer({ name: "kb-search", version: "1.5.0" });

  server.registerTool(
    "search_kb",
    {
      description: "Search the knowledge base.",
      inputSchema: {
        // ok: weak-input-schema
        query: z.string().min(2).max(256),
        // ok: weak-input-schema
        space: z.enum(["engineering", "support", "sales", "hr"]),
        size: z.number().int().min(1).max(50).default(10),
      },
      // ok: annotation-mismatch
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, space, size }) => {
      const hits = await esSearch(space, query, size);
      return { content: [{ type: "text", text: JSON.stringify(hits, null, 2) }] };
    },
  );

  server.registerTool(
    "advanced_search",
    {
      description: "Search with a raw Elasticsearch query DSL object.",
      inputSchema: {
        space: z.enum(["engineering", "support", "sales", "hr"]),
        // ruleid: weak-input-schema
        dsl: z.object({ query: z.unknown() }).passthrough(),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ space, dsl }) => {
      const hits = await esSearch(space, dsl, 20);
      return { content: [{ type: "text", text: JSON.stringify(hits) }] };
    },
  );

  server.registerTool(
    "add_article",
    {
      description: "Add an article to a space.",
      inputSchema: {
        space: z.enum(["engineering", "support", "sales", "hr"]),
        title: z.string().max(300),
        body: z.string().max(100_000),
        tags: z.array(z.string().max(40)).max(20).default([]),
      },
    },
    async (article) => {
      const id = await esIndexDoc(article.space, { title: article.title, body: article.body, tags: article.tags });
      return { content: [{ type: "text", text: `indexed as ${id}` }] };
    },
  );

  server.registerTool(
    "reset_space",
    {
      description: "Delete every article of a space.",
      inputSchema: { space: z.enum(["engineering", "support", "sales", "hr"]), confirm: z.literal(true) },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true, destructiveHint: false },
    },
    async ({ space }) => {
      await esDeleteIndex(space);
      return { content: [{ type: "text", text: `space ${space} reset` }] };
    },
  );

  return server;
}

const app = express();
app.use(express.json({ limit: "2mb" }));

const bearer = requireBearerAuth({ verifier: staticVerifier });
const transports = new Map<string, StreamableHTTPServerTransport>();

app.all("/mcp", bearer, async (req, res) => {
  const sid = req.get("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ruleid: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void transports.set(id, transport!),
    });
    transport.onclose = () => transport?.sessionId && transports.delete(transport.sessionId);
    await kbServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(Number(process.env.PORT ?? 4100), "127.0.0.1");
