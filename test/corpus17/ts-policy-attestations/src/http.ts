import express, { type NextFunction, type Request, type Response } from "express";
import cors from "cors";
import https from "node:https";
import { readFileSync } from "node:fs";
import { randomUUID, timingSafeEqual } from "node:crypto";
import jwt from "jsonwebtoken";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const PUBLIC_KEY = readFileSync(process.env.ATTEST_JWT_KEY ?? "/etc/attestations/jwt.pub", "utf8");

// ok: tls-verification-disabled
export const hrisAgent = new https.Agent({ ca: readFileSync("/etc/attestations/hris-ca.pem"), rejectUnauthorized: true });

// ok: hardcoded-secret
const HRIS_TOKEN = process.env.HRIS_TOKEN ?? "";

function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.header("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  try {
    // ok: jwt-verification-disabled
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "policy-attestations" });
    res.locals.user = (claims as jwt.JwtPayload).sub;
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}

export function legacyUser(req: Request): string | undefined {
  const token = (req.header("authorization") ?? "").replace(/^Bearer /, "");
  // ruleid: jwt-verification-disabled
  const payload = jwt.decode(token) as jwt.JwtPayload | null;
  return payload?.sub;
}

export function hrisHeaders() {
  // ok: token-passthrough
  return { Authorization: `Bearer ${HRIS_TOKEN}` };
}

export function safeEqual(a: string, b: string) {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export function startHttp(server: McpServer) {
  const app = express();
  app.use(express.json({ limit: "1mb" }));
  // ok: cors-wildcard-credentials
  app.use(cors({ origin: ["https://people.example.com"], credentials: true }));
  app.use("/mcp", requireBearer);

  app.post("/mcp", async (req, res) => {
    // ok: http-transport-without-auth
    const transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      // ok: dns-rebinding-unprotected
      enableDnsRebindingProtection: true,
      allowedHosts: ["127.0.0.1:3400", "localhost:3400"],
    });
    res.on("close", () => transport.close());
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });

  // Clients from before the OAuth roll-out still send the old HS256 session token.
  app.post("/mcp-legacy", async (req, res) => {
    if (!legacyUser(req)) return res.status(401).json({ error: "unauthorized" });
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on("close", () => transport.close());
    await server.connect(transport);
    await transport.handleRequest(req, res, req.body);
  });

  // ok: bind-all-interfaces
  app.listen(3400, "127.0.0.1", () => console.error("policy-attestations on http://127.0.0.1:3400/mcp"));
}
