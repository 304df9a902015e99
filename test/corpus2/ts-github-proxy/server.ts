import express, { type Request } from "express";
import axios from "axios";
import jwt from "jsonwebtoken";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const GITHUB = "https://api.github.com";
const app = express();
app.use(express.json());

type Session = { transport: StreamableHTTPServerTransport; login: string };
const sessions = new Map<string, Session>();

function sessionToken(): string {
  let s = "";
  // ruleid: insecure-randomness
  for (let i = 0; i < 32; i++) s += "abcdef0123456789"[Math.floor(Math.random() * 16)];
  return s;
}

function loginFrom(req: Request): string | undefined {
  const raw = req.headers.authorization?.split(" ")[1];
  if (!raw) return undefined;
  // ruleid: jwt-verification-disabled
  const decoded = jwt.decode(raw, { complete: true });
  return (decoded?.payload as { login?: string } | undefined)?.login;
}

function githubServer(req: Request): McpServer {
  const server = new McpServer({ name: "github-proxy", version: "0.2.0" });
  const gh = axios.create({
    baseURL: GITHUB,
    // ruleid: token-passthrough
    headers: { Authorization: req.headers.authorization ?? "", Accept: "application/vnd.github+json" },
  });

  server.tool(
    "list_repos",
    "Repositories of the authenticated user.",
    { perPage: z.number().int().min(1).max(100).default(30) },
    async ({ perPage }) => {
      const { data } = await gh.get(`/user/repos?per_page=${perPage}&sort=updated`);
      return { content: [{ type: "text", text: data.map((r: { full_name: string }) => r.full_name).join("\n") }] };
    },
  );

  server.tool(
    "get_file",
    "Contents of a file in a repository.",
    { owner: z.string(), repo: z.string(), path: z.string(), ref: z.string().optional() },
    async ({ owner, repo, path, ref }) => {
      try {
        const { data } = await gh.get(`/repos/${owner}/${repo}/contents/${path}`, { params: { ref } });
        return { content: [{ type: "text", text: Buffer.from(data.content, "base64").toString("utf8") }] };
      } catch (e: any) {
        // ruleid: error-detail-leak
        return { content: [{ type: "text", text: JSON.stringify({ message: e.message, stack: e.stack, config: e.config }) }], isError: true };
      }
    },
  );

  server.tool(
    "fetch_raw",
    "Download a raw file by URL (raw.githubusercontent.com or any mirror).",
    { url: z.string().url() },
    async ({ url }) => {
      // ruleid: tool-input-to-url
      const { data } = await axios.get<string>(url, { responseType: "text" });
      return { content: [{ type: "text", text: data.slice(0, 100_000) }] };
    },
  );

  server.tool(
    "create_issue",
    "Open an issue.",
    { owner: z.string(), repo: z.string(), title: z.string().max(256), body: z.string().max(65536).default("") },
    async ({ owner, repo, title, body }) => {
      const { data } = await gh.post(`/repos/${owner}/${repo}/issues`, { title, body });
      return { content: [{ type: "text", text: data.html_url }] };
    },
  );

  return server;
}

app.post("/mcp", async (req, res) => {
  const sid = req.header("mcp-session-id");
  const existing = sid ? sessions.get(sid) : undefined;
  if (existing) return existing.transport.handleRequest(req, res, req.body);

  const login = loginFrom(req);
  if (!login) return void res.status(401).json({ error: "token required" });

  // ruleid: dns-rebinding-unprotected
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: sessionToken,
    onsessioninitialized: (id) => void sessions.set(id, { transport, login }),
  });
  await githubServer(req).connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(8555, "127.0.0.1");
