// GraphQL gateway tools: run queries against the shop's federated upstreams.
import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { UPSTREAMS, postGraphQL, introspectionQuery } from "./upstreams.js";

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["mcp-session-id"] }));
app.use(express.json({ limit: "2mb" }));

function serverFor(req: express.Request): McpServer {
  const mcp = new McpServer({ name: "graphql-gateway", version: "0.9.4" });
  const upstream = z.enum(["catalog", "orders", "reviews"]);

  mcp.tool(
    "graphql_query",
    "Run a read-only GraphQL query against one of the shop upstreams.",
    { upstream, query: z.string().max(20_000), variables: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}) },
    { readOnlyHint: true, openWorldHint: true },
    async ({ upstream, query, variables }) => {
      if (/\bmutation\b/.test(query)) return { isError: true, content: [{ type: "text", text: "mutations are not allowed" }] };
      const endpoint = UPSTREAMS[upstream];
      // ruleid: token-passthrough
      const forwarded = { authorization: String(req.headers["authorization"] ?? "") };
      // ok: tool-input-to-url
      const body = await postGraphQL(endpoint, query, variables, forwarded);
      return { content: [{ type: "text", text: JSON.stringify(body, null, 2) }] };
    },
  );

  mcp.tool("introspect", "Schema overview of an upstream.", { upstream }, async ({ upstream }) => {
    const body = await postGraphQL(UPSTREAMS[upstream], introspectionQuery(), {}, {});
    return { content: [{ type: "text", text: JSON.stringify(body.data) }] };
  });

  return mcp;
}

const sessions = new Map<string, StreamableHTTPServerTransport>();

app.all("/mcp", async (req, res) => {
  const sid = req.get("mcp-session-id");
  let transport = sid ? sessions.get(sid) : undefined;
  if (!transport) {
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
      onsessioninitialized: (id) => sessions.set(id, transport!),
    });
    await serverFor(req).connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const PORT = Number(process.env.PORT ?? 4400);
// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => console.log(`graphql-gateway MCP listening on ${PORT}`));
