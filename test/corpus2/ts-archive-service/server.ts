import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { extractArchive, listArchive, createArchive } from "./archive.js";

const TOKEN = process.env.ARCHIVE_MCP_TOKEN ?? randomBytes(32).toString("hex");
if (!process.env.ARCHIVE_MCP_TOKEN) {
  console.error(`No ARCHIVE_MCP_TOKEN set; generated one for this run: ${TOKEN}`);
}

const ALLOWED_HOSTS = ["127.0.0.1:7801", "localhost:7801"];

function mcp(): McpServer {
  const s = new McpServer({ name: "archive-service", version: "1.0.2" });
  s.registerTool(
    "list_archive",
    { description: "List entries of a .tar.gz in the inbox.", inputSchema: { archive: z.string() }, annotations: { readOnlyHint: true } },
    async ({ archive }) => ({ content: [{ type: "text", text: await listArchive(archive) }] }),
  );
  s.registerTool(
    "extract_archive",
    {
      description: "Extract a .tar.gz from the inbox into a workspace folder.",
      inputSchema: { archive: z.string(), destination: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ archive, destination }) => ({ content: [{ type: "text", text: await extractArchive(archive, destination) }] }),
  );
  s.registerTool(
    "create_archive",
    {
      description: "Pack a workspace folder into the outbox.",
      inputSchema: { folder: z.string(), name: z.string().regex(/^[\w.-]+$/) },
    },
    async ({ folder, name }) => ({ content: [{ type: "text", text: await createArchive(folder, name) }] }),
  );
  return s;
}

function authorized(req: IncomingMessage): boolean {
  return req.headers.authorization === `Bearer ${TOKEN}`;
}

function hostOk(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin)) return false;
  return ALLOWED_HOSTS.includes(req.headers.host ?? "");
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
}

const sessions = new Map<string, StreamableHTTPServerTransport>();

const httpServer = createServer(async (req: IncomingMessage, res: ServerResponse) => {
  if (!hostOk(req)) {
    res.writeHead(403).end("forbidden");
    return;
  }
  if (!authorized(req)) {
    res.writeHead(401, { "WWW-Authenticate": "Bearer" }).end();
    return;
  }
  if (req.url !== "/mcp") {
    res.writeHead(404).end();
    return;
  }
  const sid = req.headers["mcp-session-id"];
  let transport = typeof sid === "string" ? sessions.get(sid) : undefined;
  if (!transport) {
    // ok: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      onsessioninitialized: (id) => void sessions.set(id, transport!),
    });
    await mcp().connect(transport);
  }
  const body = req.method === "POST" ? await readBody(req) : undefined;
  await transport.handleRequest(req, res, body);
});

// ok: bind-all-interfaces
httpServer.listen(7801, "localhost");
