// Meilisearch MCP server for the docs team, served over SSE for the shared assistant.
import express, { type Request, type Response } from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import { search, addDocuments, indexStats, type Hit } from "./meili.js";

const INDEXES = ["docs", "changelog", "faq"] as const;

const mcp = new McpServer({ name: "meili-docs", version: "0.3.1" });

mcp.tool(
  "search_docs",
  "Full-text search in the documentation indexes.",
  {
    index: z.enum(INDEXES),
    q: z.string().max(200),
    // ok: weak-input-schema
    filter: z.string().regex(/^[a-z_]+ (=|!=) "[A-Za-z0-9 ._-]{1,40}"$/).optional(),
    limit: z.number().int().min(1).max(50).default(10),
  },
  async ({ index, q, filter, limit }) => {
    const { total, hits } = await search(index, q, filter, limit);
    return { content: [{ type: "text", text: `${total} hits\n` + hits.map((h) => `- ${String(h.title ?? h.id)}`).join("\n") }] };
  },
);

mcp.tool(
  "upsert_documents",
  "Add or replace documents in an index.",
  {
    index: z.enum(INDEXES),
    // ruleid: weak-input-schema
    documents: z.array(z.record(z.any())).max(500),
  },
  async ({ index, documents }) => {
    const task = await addDocuments(index, documents as Hit[]);
    return { content: [{ type: "text", text: `task ${task.taskUid}: ${task.status}` }] };
  },
);

mcp.tool("index_stats", async () => ({
  content: [{ type: "text", text: JSON.stringify(await indexStats()) }],
}));

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));

const sessions: Record<string, SSEServerTransport> = {};

app.get("/sse", async (_req: Request, res: Response) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  sessions[transport.sessionId] = transport;
  res.on("close", () => delete sessions[transport.sessionId]);
  await mcp.connect(transport);
});

app.post("/messages", async (req: Request, res: Response) => {
  const transport = sessions[String(req.query.sessionId)];
  if (!transport) return res.status(404).send("no such session");
  await transport.handlePostMessage(req, res);
});

const port = Number(process.env.PORT ?? 3920);
// ruleid: bind-all-interfaces
app.listen(port, () => console.log(`meili-docs SSE listening on ${port}`));
