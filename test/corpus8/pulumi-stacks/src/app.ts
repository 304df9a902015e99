import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { registerStackTools } from "./stacks.js";

// ruleid: hardcoded-secret
const PULUMI_ACCESS_TOKEN = "pul-4f1c9a7be2d84c0f9a61e3b5d7c2a8f0e9b1c3d5";

const server = new McpServer({ name: "pulumi-stacks", version: "0.2.0" });
registerStackTools(server, { token: PULUMI_ACCESS_TOKEN, projectsRoot: process.env.PROJECTS_ROOT ?? "/srv/infra" });

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));

const transports = new Map<string, SSEServerTransport>();

app.get("/sse", async (_req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  transports.set(transport.sessionId, transport);
  res.on("close", () => transports.delete(transport.sessionId));
  await server.connect(transport);
});

app.post("/messages", express.json(), async (req, res) => {
  const t = transports.get(String(req.query.sessionId));
  if (!t) return res.status(404).end();
  await t.handlePostMessage(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(4100, "0.0.0.0", () => console.log("pulumi-stacks on :4100"));
