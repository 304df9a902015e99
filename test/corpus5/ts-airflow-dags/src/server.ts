// Airflow DAG operations over MCP (low-level server, Streamable HTTP behind the data gateway).
import express from "express";
import jwt from "jsonwebtoken";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { airflowGet, airflowPost, type DagRun } from "./airflow.js";

const DAG_ID = /^[A-Za-z0-9_.-]{1,250}$/;

function createServer(): Server {
  const server = new Server({ name: "airflow-dags", version: "0.2.3" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      {
        name: "dag_runs",
        description: "Last runs of a DAG.",
        // ok: weak-input-schema
        inputSchema: { type: "object", properties: { dagId: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,250}$" }, limit: { type: "integer", minimum: 1, maximum: 100 } }, required: ["dagId"], additionalProperties: false },
      },
      {
        name: "trigger_dag",
        description: "Trigger a DAG run with an optional conf object.",
        // ruleid: weak-input-schema
        inputSchema: { type: "object" },
      },
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    // The gateway already authenticated the caller; Airflow trusts the same IdP.
    // ruleid: token-passthrough
    const authorization = `Bearer ${extra.authInfo?.token ?? ""}`;
    const args = request.params.arguments ?? {};
    if (request.params.name === "dag_runs") {
      const dagId = String(args.dagId);
      if (!DAG_ID.test(dagId)) throw new Error("invalid dagId");
      const limit = Math.min(Number(args.limit ?? 10), 100);
      // ok: tool-input-to-url
      const runs = await airflowGet<{ dag_runs: DagRun[] }>(`/dags/${encodeURIComponent(dagId)}/dagRuns?limit=${limit}&order_by=-execution_date`, authorization);
      return { content: [{ type: "text", text: runs.dag_runs.map((r) => `${r.dag_run_id} ${r.state} ${r.logical_date}`).join("\n") }] };
    }
    if (request.params.name === "trigger_dag") {
      const { dagId, conf } = args as { dagId: string; conf?: Record<string, unknown> };
      const run = await airflowPost<DagRun>(`/dags/${encodeURIComponent(dagId)}/dagRuns`, { conf: conf ?? {} }, authorization);
      return { content: [{ type: "text", text: `triggered ${run.dag_run_id} (${run.state})` }] };
    }
    throw new Error(`unknown tool: ${request.params.name}`);
  });

  return server;
}

const app = express();
app.use(express.json());

// The data gateway signs nothing on the internal hop; it forwards the user's token as is.
app.use((req, res, next) => {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return res.status(401).end();
  // ruleid: jwt-verification-disabled
  const payload = jwt.decode(token, { json: true });
  if (!payload) return res.status(401).end();
  if (!String(payload.groups ?? "").includes("data-eng")) return res.status(403).end();
  (req as express.Request & { auth?: unknown }).auth = { token, clientId: String(payload.sub), scopes: [] };
  next();
});

app.post("/mcp", async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = createServer();
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(8793, "127.0.0.1");
