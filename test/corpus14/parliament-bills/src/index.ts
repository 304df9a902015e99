import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { Sequelize } from "sequelize";
import { registerBillTools } from "./tools/bills.js";
import { verifier } from "./auth.js";

const sequelize = new Sequelize(process.env.BILLS_DATABASE_URL!, { logging: false });

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://clerk.parliament.example.ca"], credentials: true }));

app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["bills:read"] }), async (req, res) => {
  const server = new McpServer({ name: "parliament-bills", version: "1.1.0" });
  registerBillTools(server, { sequelize, serviceToken: process.env.LEGISINFO_TOKEN ?? "" });
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    // ok: dns-rebinding-unprotected
    enableDnsRebindingProtection: true,
    allowedHosts: ["127.0.0.1:8787", "localhost:8787"],
  });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(8787, "127.0.0.1", () => console.error("parliament-bills listening on 127.0.0.1:8787"));
