import express from "express";
import { randomUUID } from "node:crypto";
import jwt from "jsonwebtoken";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createDeps } from "./deps.js";
import { registerOrderTools } from "./tools/orders.js";
import { registerPartTools } from "./tools/parts.js";

const deps = createDeps();
const PUBLIC_KEY = process.env.PARTS_JWT_PUBLIC_KEY ?? "";

function requireBearer(req: express.Request, res: express.Response, next: express.NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    // ok: jwt-verification-disabled
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "spare-parts-mcp" });
    (req as any).user = claims;
    next();
  } catch {
    res.status(401).json({ error: "unauthorised" });
  }
}

const app = express();
app.use(express.json());

app.post("/mcp", requireBearer, async (req, res) => {
  const server = new McpServer({ name: "spare-parts", version: "1.0.4" });
  registerPartTools(server, deps);
  registerOrderTools(server, deps);
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3100", "localhost:3100"] });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(3100, "127.0.0.1", () => console.error("spare-parts MCP on http://127.0.0.1:3100/mcp"));
