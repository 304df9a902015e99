import express from "express";
import cors from "cors";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { buildServer } from "./tools.js";

const app = express();
app.use(express.json({ limit: "1mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

// ruleid: insecure-randomness
const newSessionId = () => Math.random().toString(36).slice(2) + Date.now().toString(36);

const transports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", async (req, res) => {
  const sid = req.header("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: newSessionId, onsessioninitialized: (id) => transports.set(id, transport!) });
    const server = buildServer({ authorization: req.headers.authorization });
    await server.connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));

const PORT = Number(process.env.PORT ?? 3000);
// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => console.log(`field-service MCP listening on ${PORT}`));
