import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { runAction, runLane } from "./lanes.js";
import { verifier } from "./auth.js";

function buildServer(): McpServer {
  const server = new McpServer({ name: "fastlane-release", version: "3.1.0" });

  server.tool(
    "run_lane",
    "Run a fastlane lane for iOS or Android",
    {
      platform: z.enum(["ios", "android"]),
      lane: z.string(),
      options: z.record(z.string().regex(/^[\w.:/-]*$/)).default({}),
    },
    { destructiveHint: true, openWorldHint: true },
    async ({ platform, lane, options }) => ({ content: [{ type: "text", text: await runLane(platform, lane, options) }] }),
  );

  server.tool(
    "run_action",
    "Run a single fastlane action with parameters, e.g. increment_build_number",
    { action: z.string().regex(/^[a-z_]+$/), params: z.record(z.string()).default({}) },
    async ({ action, params }) => ({ content: [{ type: "text", text: await runAction(action, params) }] }),
  );

  return server;
}

const app = express();
app.use(express.json({ limit: "1mb" }));

const transportOptions = {
  sessionIdGenerator: undefined,
  // ok: dns-rebinding-unprotected
  enableDnsRebindingProtection: true,
  allowedHosts: ["release-bot.internal:3333", "localhost:3333"],
};

app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["release"] }), async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport(transportOptions);
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ruleid: bind-all-interfaces
const HOST = process.env.HOST ?? "0.0.0.0";
app.listen(3333, HOST, () => console.log(`fastlane-release MCP on http://${HOST}:3333/mcp`));
