// Translation MCP server on node:http with Streamable HTTP, bearer auth and Host/Origin checks.
import http from "node:http";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { lookup, remember, fuzzy } from "./memory.js";

const PORT = Number(process.env.PORT ?? 7410);
const HOST = "127.0.0.1";
const DEEPL_URL = "https://api.deepl.com/v2/translate";
const DEEPL_KEY = process.env.DEEPL_AUTH_KEY ?? "";
const MCP_TOKEN = Buffer.from(process.env.MCP_TOKEN ?? randomUUID());
const GLOSSARY_DIR = path.resolve(process.env.GLOSSARY_DIR ?? "./glossaries");
const ALLOWED_HOSTS = new Set([`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
const ALLOWED_ORIGINS = new Set(["http://localhost:5173", "vscode-file://vscode-app"]);

const Lang = z.enum(["EN", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "JA", "ZH"]);

async function deepl(text: string, source: string, target: string): Promise<string> {
  const headers = { Authorization: `DeepL-Auth-Key ${DEEPL_KEY}`, "Content-Type": "application/json" };
  // ruleid: sensitive-data-logged
  console.error("deepl request", { target, headers });
  const res = await fetch(DEEPL_URL, { method: "POST", headers, body: JSON.stringify({ text: [text], source_lang: source, target_lang: target }) });
  const body = (await res.json()) as { translations: { text: string }[] };
  return body.translations[0].text;
}

function buildServer(): McpServer {
  const server = new McpServer({ name: "translation", version: "1.4.0" });

  server.tool(
    "translate",
    "Translate text; uses the translation memory first, DeepL otherwise.",
    { text: z.string().max(5000), source: Lang, target: Lang },
    async ({ text, source, target }) => {
      const cached = lookup(source, target, text);
      if (cached) return { content: [{ type: "text", text: cached }] };
      const translated = await deepl(text, source, target);
      remember(source, target, text, translated);
      return { content: [{ type: "text", text: translated }] };
    },
  );

  server.tool("tm_search", { target: Lang, fragment: z.string().min(2).max(200) }, async ({ target, fragment }) => ({
    content: [{ type: "text", text: JSON.stringify(fuzzy(target, fragment)) }],
  }));

  server.tool(
    "glossary",
    "Return a glossary CSV by name (see the glossaries folder).",
    { name: z.string().max(80) },
    { readOnlyHint: true },
    async ({ name }) => {
      const file = path.join(GLOSSARY_DIR, `${path.basename(name)}.csv`);
      // ok: tool-input-to-path
      const csv = await readFile(file, "utf8");
      return { content: [{ type: "text", text: csv }] };
    },
  );

  return server;
}

function authorized(req: http.IncomingMessage): boolean {
  const header = req.headers.authorization ?? "";
  const presented = Buffer.from(header.replace(/^Bearer /, ""));
  return presented.length === MCP_TOKEN.length && timingSafeEqual(presented, MCP_TOKEN);
}

const transports = new Map<string, StreamableHTTPServerTransport>();

const httpServer = http.createServer(async (req, res) => {
  if (!req.url?.startsWith("/mcp")) return res.writeHead(404).end();
  if (!ALLOWED_HOSTS.has(req.headers.host ?? "")) return res.writeHead(421).end("misdirected request");
  if (req.headers.origin && !ALLOWED_ORIGINS.has(req.headers.origin)) return res.writeHead(403).end("origin not allowed");
  if (!authorized(req)) return res.writeHead(401, { "WWW-Authenticate": "Bearer" }).end();

  const sid = req.headers["mcp-session-id"];
  let transport = typeof sid === "string" ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (id) => transports.set(id, transport!) });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res);
});

// ok: bind-all-interfaces
httpServer.listen(PORT, HOST, () => console.error(`translation MCP on http://${HOST}:${PORT}/mcp`));
