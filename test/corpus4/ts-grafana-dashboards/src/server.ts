// Grafana dashboards MCP server (low-level Server API, Streamable HTTP, stateless).
import express, { type Request, type Response } from "express";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { grafanaGet, grafanaPost } from "./grafana.js";
import { verifyOidcToken } from "./oidc.js";

const GRAFANA_URL = process.env.GRAFANA_URL ?? "https://grafana.internal.example.com";
const SERVICE_TOKEN = process.env.GRAFANA_SERVICE_ACCOUNT_TOKEN ?? "";

const SearchArgs = z.object({ query: z.string().max(200), tag: z.string().max(64).optional() });
const PanelArgs = z.object({ uid: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/), panelId: z.number().int() });

function createServer(): Server {
  const server = new Server({ name: "grafana-dashboards", version: "2.1.0" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      {
        name: "search_dashboards",
        description: "Search dashboards by title or tag.",
        inputSchema: {
          type: "object",
          properties: { query: { type: "string", maxLength: 200 }, tag: { type: "string" } },
          required: ["query"],
        },
        annotations: { readOnlyHint: true },
      },
      {
        name: "get_panel",
        description: "Return the JSON model of one dashboard panel.",
        inputSchema: {
          type: "object",
          properties: { uid: { type: "string", pattern: "^[A-Za-z0-9_-]{1,40}$" }, panelId: { type: "integer" } },
          required: ["uid", "panelId"],
        },
      },
      {
        name: "create_annotation",
        description: "Add an annotation (deploy marker, incident note) to a dashboard.",
        // ruleid: weak-input-schema
        inputSchema: { type: "object" },
      },
      {
        name: "my_dashboards",
        description: "Dashboards starred by the calling user.",
        inputSchema: { type: "object", properties: {}, additionalProperties: false },
      },
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const { name } = request.params;
    const serviceAuth = { baseUrl: GRAFANA_URL, authorization: `Bearer ${SERVICE_TOKEN}` };
    switch (name) {
      case "search_dashboards": {
        // ok: weak-input-schema
        const args = SearchArgs.parse(request.params.arguments);
        const qs = new URLSearchParams({ query: args.query, type: "dash-db" });
        if (args.tag) qs.set("tag", args.tag);
        const hits = await grafanaGet(serviceAuth, `/api/search?${qs}`);
        return { content: [{ type: "text", text: JSON.stringify(hits) }] };
      }
      case "get_panel": {
        const { uid, panelId } = PanelArgs.parse(request.params.arguments);
        const dash = (await grafanaGet(serviceAuth, `/api/dashboards/uid/${uid}`)) as { dashboard: { panels: { id: number }[] } };
        const panel = dash.dashboard.panels.find((p) => p.id === panelId);
        return { content: [{ type: "text", text: JSON.stringify(panel ?? null) }] };
      }
      case "create_annotation": {
        // ruleid: weak-input-schema
        const args = request.params.arguments as Record<string, unknown>;
        const created = await grafanaPost(serviceAuth, "/api/annotations", {
          dashboardUID: args.dashboardUID,
          text: String(args.text ?? ""),
          tags: args.tags,
          time: Date.now(),
        });
        return { content: [{ type: "text", text: JSON.stringify(created) }] };
      }
      case "my_dashboards": {
        // Query Grafana as the calling user so that starred dashboards are theirs.
        const userAuth = {
          baseUrl: GRAFANA_URL,
          // ruleid: token-passthrough
          authorization: `Bearer ${extra.authInfo?.token}`,
        };
        const stars = await grafanaGet(userAuth, "/api/user/stars");
        return { content: [{ type: "text", text: JSON.stringify(stars) }] };
      }
      default:
        return { isError: true, content: [{ type: "text", text: `unknown tool ${name}` }] };
    }
  });
  return server;
}

const app = express();
app.use(express.json());
const bearer = requireBearerAuth({ verifier: { verifyAccessToken: verifyOidcToken } });

app.post("/mcp", bearer, async (req: Request, res: Response) => {
  // ruleid: dns-rebinding-unprotected
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = createServer();
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

const port = Number(process.env.PORT ?? 8000);
// ruleid: bind-all-interfaces
app.listen(port, () => console.error(`grafana MCP on :${port}`));
