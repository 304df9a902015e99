import express, { type NextFunction, type Request, type Response } from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { forecastTool } from "./tools/forecast.js";
import { resultsTool, seriesTool } from "./tools/results.js";
import { countTool, entriesTool, scratchTool } from "./tools/entries.js";

const TOOLS = [forecastTool, resultsTool, seriesTool, entriesTool, scratchTool, countTool];
const PORT = Number(process.env.PORT ?? 3310);

function buildServer(): McpServer {
  const server = new McpServer({ name: "regatta-office", version: "2.0.1" });
  for (const t of TOOLS) {
    server.registerTool(t.name, { description: t.description, inputSchema: t.inputSchema, annotations: t.annotations }, t.handler as never);
  }
  return server;
}

function requireBearer(req: Request, res: Response, next: NextFunction): void {
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  try {
    // ok: jwt-verification-disabled
    res.locals.user = jwt.verify(token, process.env.REGATTA_JWT_SECRET ?? "", { algorithms: ["HS256"], audience: "regatta-mcp" });
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}

const app = express();
app.use(express.json({ limit: "256kb" }));
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://office.regatta.example.org"], credentials: true }));

app.post("/mcp", requireBearer, async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    // ok: dns-rebinding-unprotected
    enableDnsRebindingProtection: true,
    allowedHosts: [`127.0.0.1:${PORT}`, `localhost:${PORT}`],
  });
  res.on("close", () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(PORT, "127.0.0.1", () => console.log(`regatta-office MCP on http://127.0.0.1:${PORT}/mcp`));
