// Chroma MCP server (low-level API, Streamable HTTP on the team's dev box).
import http from "node:http";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { ListToolsRequestSchema, CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { queryCollection, heartbeat, addDocs } from "./chroma.js";

const TOOLS = [
  {
    name: "query",
    description: "Semantic search in a collection.",
    inputSchema: {
      type: "object",
      properties: {
        collection: { type: "string", enum: ["notes", "papers", "transcripts"] },
        text: { type: "string", maxLength: 2000 },
        k: { type: "integer", minimum: 1, maximum: 50 },
      },
      required: ["collection", "text"],
    },
  },
  {
    name: "add_documents",
    description: "Add documents to a collection.",
    inputSchema: { type: "object", properties: { collection: { type: "string" }, docs: { type: "array" } } },
  },
  { name: "heartbeat", description: "Check that Chroma is up.", inputSchema: { type: "object", properties: {} } },
];

function makeServer() {
  const server = new Server({ name: "chroma-vectors", version: "0.1.4" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));
  server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
    if (params.name === "heartbeat") return { content: [{ type: "text", text: JSON.stringify(await heartbeat()) }] };
    if (params.name === "query") {
      const { collection, text, k = 5 } = params.arguments;
      if (!["notes", "papers", "transcripts"].includes(collection)) throw new Error("unknown collection");
      const hits = await queryCollection(collection, String(text).slice(0, 2000), Math.min(Number(k), 50));
      return { content: [{ type: "text", text: JSON.stringify(hits, null, 2) }] };
    }
    if (params.name === "add_documents") {
      // ruleid: weak-input-schema
      const { collection, docs } = params.arguments;
      const n = await addDocs(collection, docs);
      return { content: [{ type: "text", text: `added ${n} documents to ${collection}` }] };
    }
    throw new Error(`no tool ${params.name}`);
  });
  return server;
}

const sessions = {};

const httpServer = http.createServer(async (req, res) => {
  if (!req.url?.startsWith("/mcp")) {
    res.writeHead(404).end();
    return;
  }
  const sid = req.headers["mcp-session-id"];
  let transport = sid && sessions[sid];
  if (!transport) {
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ruleid: insecure-randomness
      sessionIdGenerator: () => Math.random().toString(36).slice(2) + Date.now().toString(36),
      // ok: dns-rebinding-unprotected
      enableDnsRebindingProtection: true,
      allowedHosts: ["127.0.0.1:8765", "localhost:8765", "devbox.lab.internal:8765"],
      allowedOrigins: ["http://localhost:8765", "http://devbox.lab.internal:8765"],
      onsessioninitialized: (id) => {
        sessions[id] = transport;
      },
    });
    await makeServer().connect(transport);
  }
  await transport.handleRequest(req, res);
});

// Reachable from the other machines of the lab network.
// ruleid: bind-all-interfaces
httpServer.listen(8765, process.env.HOST ?? "0.0.0.0");
