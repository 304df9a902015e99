import express, { type NextFunction, type Request, type Response } from "express";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { assertPublicUrl } from "./urlguard.js";

const API_TOKEN = process.env.WEB_READER_TOKEN;
if (!API_TOKEN) throw new Error("WEB_READER_TOKEN must be set");

const ALLOWED_ORIGINS = new Set(["http://localhost:6274", "http://127.0.0.1:6274"]);

function buildServer(): McpServer {
  const server = new McpServer({ name: "web-reader", version: "2.0.3" });

  server.registerTool(
    "fetch_page",
    {
      description: "Fetch a public web page and return its text.",
      inputSchema: { url: z.string().url() },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ url }) => {
      const safe = await assertPublicUrl(url);
      try {
        // ok: tool-input-to-url
        const res = await fetch(safe, { redirect: "error" });
        const html = await res.text();
        return { content: [{ type: "text", text: html.slice(0, 50_000) }] };
      } catch (err) {
        console.error("fetch_page failed", err);
        // ok: error-detail-leak
        return { content: [{ type: "text", text: "Could not fetch that page." }], isError: true };
      }
    },
  );

  server.registerTool(
    "fetch_json",
    {
      description: "GET a JSON API endpoint and return the body.",
      inputSchema: { endpoint: z.string(), query: z.record(z.string(), z.string()).optional() },
    },
    async ({ endpoint, query }) => {
      const u = new URL(endpoint);
      for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
      try {
        // ruleid: tool-input-to-url
        const res = await fetch(u);
        return { content: [{ type: "text", text: JSON.stringify(await res.json(), null, 2) }] };
      } catch (e) {
        const err = e as Error;
        // ruleid: error-detail-leak
        return { content: [{ type: "text", text: `fetch_json failed: ${err.stack}` }], isError: true };
      }
    },
  );

  return server;
}

function requireToken(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice(7) : "";
  const a = Buffer.from(presented);
  const b = Buffer.from(API_TOKEN!);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    // ruleid: sensitive-data-logged
    console.error(`rejected bearer token ${presented} from ${req.ip}`);
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}

function checkOrigin(req: Request, res: Response, next: NextFunction) {
  const origin = req.headers.origin;
  if (origin && !ALLOWED_ORIGINS.has(origin)) {
    res.status(403).json({ error: "forbidden origin" });
    return;
  }
  next();
}

const app = express();
app.use(express.json({ limit: "1mb" }));
app.use(checkOrigin);
app.use("/mcp", requireToken);

const transports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => transports.set(id, transport!),
    });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(8931, "127.0.0.1", () => {
  // ok: stdout-in-stdio-server
  console.log("web-reader listening on http://127.0.0.1:8931/mcp");
});
