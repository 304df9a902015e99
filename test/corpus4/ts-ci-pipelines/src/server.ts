// CI pipelines MCP server: trigger and inspect GitHub Actions runs. Legacy SSE transport.
import express from "express";
import cors from "cors";
import jwt from "jsonwebtoken";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import { buildsForBranch, slowestBuilds } from "./history.js";

const sh = promisify(exec);
const run = promisify(execFile);
const REPO = process.env.CI_REPO ?? "example-org/platform";
// ok: insecure-randomness
const WEBHOOK_SECRET = process.env.CI_WEBHOOK_SECRET ?? randomBytes(32).toString("hex");

const server = new McpServer({ name: "ci-pipelines", version: "0.9.4" });

server.tool(
  "trigger_workflow",
  "Dispatch a workflow on a branch or tag.",
  { workflow: z.string(), ref: z.string().default("main") },
  async ({ workflow, ref }) => {
    // ruleid: tool-input-to-shell
    const { stdout } = await sh(`gh workflow run ${workflow} --repo ${REPO} --ref ${ref}`);
    return { content: [{ type: "text", text: stdout || `dispatched ${workflow} on ${ref}` }] };
  },
);

server.tool("run_log", { runId: z.string().regex(/^\d+$/) }, async ({ runId }) => {
  // ok: tool-input-to-shell
  const { stdout } = await run("gh", ["run", "view", runId, "--repo", REPO, "--log-failed"], { maxBuffer: 16 << 20 });
  return { content: [{ type: "text", text: stdout.slice(-30000) }] };
});

server.tool(
  "branch_builds",
  { branch: z.string().max(200), limit: z.number().int().max(100).default(20) },
  async ({ branch, limit }) => ({ content: [{ type: "text", text: JSON.stringify(await buildsForBranch(branch, limit)) }] }),
);

server.tool(
  "slowest_builds",
  "Builds of a workflow slower than a number of seconds.",
  { workflow: z.string(), minSeconds: z.string().default("600") },
  async ({ workflow, minSeconds }) => ({ content: [{ type: "text", text: JSON.stringify(await slowestBuilds(workflow, minSeconds)) }] }),
);

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true }));

// Requests come from the internal portal, which already authenticated the user.
app.use((req, res, next) => {
  const token = (req.headers.authorization ?? "").replace("Bearer ", "");
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token) as { sub?: string; groups?: string[] } | null;
  if (!claims?.sub || !claims.groups?.includes("ci-operators")) return res.status(401).json({ error: "unauthorized" });
  res.locals.user = claims.sub;
  next();
});

const transports = new Map<string, SSEServerTransport>();
app.get("/sse", async (_req, res) => {
  const transport = new SSEServerTransport("/messages", res);
  transports.set(transport.sessionId, transport);
  res.on("close", () => transports.delete(transport.sessionId));
  await server.connect(transport);
});
app.post("/messages", async (req, res) => {
  const t = transports.get(String(req.query.sessionId));
  if (!t) return res.status(404).end();
  await t.handlePostMessage(req, res);
});

app.post("/webhook", express.raw({ type: "*/*" }), (req, res) => {
  res.status(req.get("x-ci-secret") === WEBHOOK_SECRET ? 204 : 403).end();
});

// ruleid: bind-all-interfaces
const HOST = process.env.HOST ?? "0.0.0.0";
app.listen(8090, HOST, () => console.log(`ci-pipelines SSE on http://${HOST}:8090/sse`));
