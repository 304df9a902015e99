// Qdrant vector search over MCP (Streamable HTTP on loopback, bearer + Origin checks).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { searchPoints, clusterInfo } from "./qdrant.js";

const TOKEN = Buffer.from(process.env.MCP_BEARER_TOKEN ?? "", "utf8");
const ALLOWED_ORIGINS = new Set(["http://localhost:6274", "vscode-webview://mcp"]);
const PORT = 7411;

const mcp = new McpServer({ name: "qdrant-vectors", version: "0.5.0" });

mcp.tool(
  "similar_points",
  "Nearest neighbours of a vector in a collection.",
  {
    collection: z.enum(["support_tickets", "kb_articles"]),
    vector: z.array(z.number()).min(8).max(4096),
    limit: z.number().int().min(1).max(100).default(10),
  },
  async ({ collection, vector, limit }) => {
    try {
      const points = await searchPoints(collection, vector, limit);
      return { content: [{ type: "text", text: JSON.stringify(points) }] };
    } catch (err) {
      process.stderr.write(`search failed: ${(err as Error).stack}\n`);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "Search failed; see server log." }] };
    }
  },
);

mcp.tool(
  "cluster_info",
  "Raft/cluster status of a Qdrant deployment.",
  { baseUrl: z.string().url() },
  async ({ baseUrl }) => ({ content: [{ type: "text", text: JSON.stringify(await clusterInfo(baseUrl)) }] }),
);

function authorized(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin && !ALLOWED_ORIGINS.has(origin)) return false;
  const header = req.headers.authorization ?? "";
  const presented = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "", "utf8");
  return TOKEN.length > 0 && presented.length === TOKEN.length && timingSafeEqual(presented, TOKEN);
}

const transports = new Map<string, StreamableHTTPServerTransport>();

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (!authorized(req)) {
    res.writeHead(401, { "WWW-Authenticate": "Bearer" }).end();
    return;
  }
  const sid = req.headers["mcp-session-id"];
  let transport = typeof sid === "string" ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => void transports.set(id, transport!),
    });
    await mcp.connect(transport);
  }
  await transport.handleRequest(req, res);
}

createServer((req, res) => {
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) res.writeHead(500).end();
  });
  // ok: bind-all-interfaces
}).listen(PORT, "127.0.0.1");
