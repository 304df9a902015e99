import express from "express";
import { timingSafeEqual } from "node:crypto";
import Database from "better-sqlite3";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { registerJobTools } from "./tools/jobs.js";
import { registerMachineTools } from "./tools/machine.js";

export interface Deps {
  root: string;
  db: Database.Database;
  port: string;
}

const deps: Deps = {
  root: process.env.GCODE_ROOT ?? "/home/cnc/gcode",
  db: new Database(process.env.CNC_DB ?? "/home/cnc/jobs.sqlite"),
  port: process.env.GRBL_PORT ?? "/dev/ttyUSB0",
};

function buildServer(): McpServer {
  const server = new McpServer({ name: "grbl-cnc", version: "2.1.0" });
  registerJobTools(server, deps);
  registerMachineTools(server, deps);
  return server;
}

function requireBearer(req: express.Request, res: express.Response, next: express.NextFunction) {
  const expected = Buffer.from(process.env.CNC_MCP_TOKEN ?? "");
  const got = Buffer.from((req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (expected.length === 0 || got.length !== expected.length || !timingSafeEqual(got, expected)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}

const app = express();
app.use(express.json());

app.post("/mcp", requireBearer, async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(Number(process.env.PORT ?? 3030), "127.0.0.1");
