// Read-only FHIR R4 lookups for clinicians, exposed over Streamable HTTP.
import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { verifier } from "./auth.js";

const FHIR_BASE = "https://fhir.stmary-health.org/r4";
const SERVICE_TOKEN = process.env.FHIR_SERVICE_TOKEN ?? "";
const PORT = Number(process.env.PORT ?? 3310);

async function fhirGet(resourcePath: string): Promise<unknown> {
  // ok: token-passthrough
  const headers = { Accept: "application/fhir+json", Authorization: `Bearer ${SERVICE_TOKEN}` };
  const res = await fetch(`${FHIR_BASE}/${resourcePath}`, { headers });
  if (!res.ok) throw new Error(`FHIR server answered ${res.status}`);
  return res.json();
}

function buildServer(): McpServer {
  const server = new McpServer({ name: "fhir-records", version: "1.1.0" });

  server.registerTool(
    "get_patient",
    {
      title: "Get patient",
      description: "Fetch a Patient resource by its logical id.",
      inputSchema: { patientId: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ patientId }) => {
      // ok: tool-input-to-url
      const patient = await fhirGet(`Patient/${encodeURIComponent(patientId)}`);
      return { content: [{ type: "text", text: JSON.stringify(patient) }] };
    },
  );

  server.registerTool(
    "recent_observations",
    {
      title: "Recent observations",
      description: "Latest vital-sign observations of a patient (LOINC-coded).",
      inputSchema: {
        patientId: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/),
        category: z.enum(["vital-signs", "laboratory", "social-history"]).default("vital-signs"),
        count: z.number().int().min(1).max(50).default(10),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ patientId, category, count }, extra) => {
      // ruleid: sensitive-data-logged
      console.info(`observations for ${patientId} requested with token ${extra.authInfo?.token}`);
      const qs = new URLSearchParams({ patient: patientId, category, _count: String(count), _sort: "-date" });
      // ok: tool-input-to-url
      const bundle = await fhirGet(`Observation?${qs.toString()}`);
      return { content: [{ type: "text", text: JSON.stringify(bundle) }] };
    },
  );

  return server;
}

const app = express();
// Bearer tokens only, no cookies: any origin may call, nothing ambient is sent.
// ok: cors-wildcard-credentials
app.use(cors({ origin: "*", allowedHeaders: ["authorization", "content-type", "mcp-session-id"], exposedHeaders: ["mcp-session-id"] }));
app.use(express.json({ limit: "1mb" }));
const transports = new Map<string, StreamableHTTPServerTransport>();
const auth = requireBearerAuth({ verifier, requiredScopes: ["fhir.read"] });

app.post("/mcp", auth, async (req, res) => {
  const sessionId = req.header("mcp-session-id");
  let transport = sessionId ? transports.get(sessionId) : undefined;
  if (!transport) {
    if (!isInitializeRequest(req.body)) {
      res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No session" }, id: null });
      return;
    }
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => transports.set(id, transport!),
      enableDnsRebindingProtection: true,
      allowedHosts: ["127.0.0.1:3310", "localhost:3310"],
    });
    transport.onclose = () => transport?.sessionId && transports.delete(transport.sessionId);
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/mcp", auth, async (req, res) => {
  const t = transports.get(req.header("mcp-session-id") ?? "");
  if (!t) return res.status(400).send("unknown session");
  await t.handleRequest(req, res);
});

// ok: bind-all-interfaces
app.listen(PORT, "127.0.0.1", () => console.error(`fhir-records MCP on :${PORT}`));
