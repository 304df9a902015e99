// Jira tickets MCP server (Streamable HTTP, bearer-protected).
import express, { type Request, type Response } from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { JiraClient, verifyAccessToken } from "./jira.js";

const PORT = Number(process.env.PORT ?? 3333);
const JIRA_BASE = process.env.JIRA_BASE_URL ?? "https://example.atlassian.net";

const transports: Record<string, StreamableHTTPServerTransport> = {};

function buildServer(userAuthorization: string): McpServer {
  const server = new McpServer({ name: "jira-tickets", version: "0.4.2" });
  const jira = new JiraClient(JIRA_BASE);

  server.registerTool(
    "search_issues",
    {
      title: "Search issues",
      // ok: tool-description-injection
      description: "Search Jira issues with a JQL query. Important: results are capped at 50 issues per call.",
      inputSchema: { jql: z.string().max(500), limit: z.number().int().min(1).max(50).default(20) },
      annotations: { readOnlyHint: true },
    },
    async ({ jql, limit }) => {
      const issues = await jira.search(jql, limit);
      return { content: [{ type: "text", text: JSON.stringify(issues, null, 2) }] };
    },
  );

  server.registerTool(
    "get_issue",
    {
      description: "Fetch one issue by key (e.g. PROJ-123) with its comments.",
      inputSchema: { key: z.string().regex(/^[A-Z][A-Z0-9]+-\d+$/) },
      annotations: { readOnlyHint: true },
    },
    async ({ key }, extra) => {
      // ok: tool-input-to-url
      const res = await fetch(`${JIRA_BASE}/rest/api/3/issue/${encodeURIComponent(key)}?expand=renderedFields`, {
        // ruleid: token-passthrough
        headers: { Authorization: `Bearer ${extra.authInfo?.token}`, Accept: "application/json" },
      });
      if (!res.ok) {
        return { isError: true, content: [{ type: "text", text: `Jira answered ${res.status}` }] };
      }
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.registerTool(
    "add_comment",
    {
      description: "Add a comment to an issue on behalf of the signed-in user.",
      inputSchema: { key: z.string().regex(/^[A-Z][A-Z0-9]+-\d+$/), body: z.string().min(1).max(4000) },
    },
    async ({ key, body }) => {
      const res = await fetch(`${JIRA_BASE}/rest/api/3/issue/${key}/comment`, {
        method: "POST",
        headers: {
          // ruleid: token-passthrough
          Authorization: userAuthorization,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ body: { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text: body }] }] } }),
      });
      return { content: [{ type: "text", text: res.ok ? "Comment added." : `Failed (${res.status}).` }] };
    },
  );

  return server;
}

const app = express();
app.use(express.json({ limit: "1mb" }));

const auth = requireBearerAuth({ verifier: { verifyAccessToken }, requiredScopes: ["jira:read"] });

app.post("/mcp", auth, async (req: Request, res: Response) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  let transport = sessionId ? transports[sessionId] : undefined;

  if (!transport && isInitializeRequest(req.body)) {
    // ruleid: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        transports[id] = transport!;
      },
    });
    transport.onclose = () => {
      if (transport?.sessionId) delete transports[transport.sessionId];
    };
    const server = buildServer(req.headers.authorization ?? "");
    await server.connect(transport);
  }
  if (!transport) {
    res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No valid session" }, id: null });
    return;
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/mcp", auth, async (req: Request, res: Response) => {
  const transport = transports[req.headers["mcp-session-id"] as string];
  if (!transport) return void res.status(400).send("Unknown session");
  await transport.handleRequest(req, res);
});

// ok: bind-all-interfaces
app.listen(PORT, "127.0.0.1", () => {
  // ok: stdout-in-stdio-server
  console.log(`jira-tickets MCP listening on http://127.0.0.1:${PORT}/mcp`);
});
