import express, { type Request, type Response, type NextFunction } from "express";
import jwt from "jsonwebtoken";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import { queryPrometheus } from "./prom.js";

interface Claims {
  sub: string;
  scope?: string;
}

const JWT_PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? "";
// ruleid: hardcoded-secret
const GRAFANA_API_KEY = "glsa_Xk29fLq0Vb7Rz3WmTn8Yd1PeHs5Cj4Ga_6e1f0b2c";

function jwtAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  if (!token) return void res.status(401).send("missing token");
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token) as Claims | null;
  if (!claims?.scope?.includes("metrics:read")) return void res.status(403).send("forbidden");
  (req as Request & { user?: string }).user = claims.sub;
  next();
}

function adminAuth(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  try {
    // ok: jwt-verification-disabled
    const claims = jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"], audience: "metrics-mcp" }) as Claims;
    if (claims.scope !== "admin") throw new Error("not admin");
    next();
  } catch {
    res.status(401).send("unauthorized");
  }
}

const server = new McpServer({ name: "sse-metrics", version: "0.2.4" });

server.tool(
  "query_metric",
  "Run a PromQL instant query.",
  { promql: z.string().max(2000), time: z.string().datetime().optional() },
  { readOnlyHint: true, openWorldHint: true },
  async ({ promql, time }) => {
    const result = await queryPrometheus(promql, time);
    return { content: [{ type: "text", text: JSON.stringify(result) }] };
  },
);

server.tool(
  "list_targets",
  "List scrape targets and their health.",
  { state: z.enum(["active", "dropped", "any"]).default("active") },
  async ({ state }) => {
    const res = await fetch(`${process.env.PROM_URL ?? "http://127.0.0.1:9090"}/api/v1/targets?state=${state}`);
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

server.tool(
  "dashboard_url",
  "Link to the Grafana dashboard for a service.",
  { service: z.enum(["api", "worker", "db"]) },
  async ({ service }) => {
    const res = await fetch(`https://grafana.example.com/api/search?query=${service}`, { headers: { Authorization: `Bearer ${GRAFANA_API_KEY}` } });
    const [first] = (await res.json()) as Array<{ url: string }>;
    return { content: [{ type: "text", text: first ? `https://grafana.example.com${first.url}` : "no dashboard" }] };
  },
);

const app = express();
const transports: Record<string, SSEServerTransport> = {};

app.get("/sse", jwtAuth, async (_req, res) => {
  const transport = new SSEServerTransport("/messages", res);
  transports[transport.sessionId] = transport;
  res.on("close", () => delete transports[transport.sessionId]);
  await server.connect(transport);
});

app.post("/messages", jwtAuth, async (req, res) => {
  const t = transports[String(req.query.sessionId)];
  if (!t) return void res.status(400).send("unknown session");
  await t.handlePostMessage(req, res);
});

app.post("/admin/reload", adminAuth, (_req, res) => {
  res.send("reloaded");
});

// ruleid: bind-all-interfaces
app.listen(9464, "0.0.0.0");
