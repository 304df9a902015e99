// recipe-box: a family recipe collection served over Streamable HTTP on localhost.
import http from "node:http";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { db, getRecipe, searchByIngredient, quickRecipes, deleteRecipes } from "./db.js";

const PORT = 4711;
const TOKEN = Buffer.from(process.env.RECIPE_BOX_TOKEN ?? randomBytes(32).toString("hex"));
const ALLOWED_HOSTS = new Set([`127.0.0.1:${PORT}`, `localhost:${PORT}`]);
const ALLOWED_ORIGINS = new Set([`http://localhost:${PORT}`, "vscode-file://vscode-app"]);

const server = new McpServer({ name: "recipe-box", version: "0.2.0" });
const out = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });

server.registerTool("get_recipe", { description: "A recipe by id.", inputSchema: { id: z.number().int() }, annotations: { readOnlyHint: true } }, async ({ id }) => out(getRecipe(id) ?? null));

server.registerTool(
  "with_ingredient",
  { description: "Recipes that use an ingredient.", inputSchema: { ingredient: z.string().max(60) }, annotations: { readOnlyHint: true } },
  async ({ ingredient }) => out(searchByIngredient(ingredient).map((r) => ({ id: r.id, title: r.title }))),
);

server.registerTool(
  "quick_meals",
  { description: "Recipes of a cuisine that take at most N minutes.", inputSchema: { cuisine: z.string(), maxMinutes: z.number().int().default(30) } },
  async ({ cuisine, maxMinutes }) => out(quickRecipes(cuisine, maxMinutes)),
);

server.registerTool(
  "rename_recipe",
  { description: "Change a recipe's title.", inputSchema: { id: z.number().int(), title: z.string().min(1).max(200) } },
  async ({ id, title }) => {
    // ok: tool-input-to-sql
    const info = db.prepare("UPDATE recipes SET title = @title WHERE id = @id").run({ id, title });
    return out({ updated: info.changes });
  },
);

server.registerTool(
  "delete_recipes",
  {
    description: "Delete recipes by a comma-separated list of ids.",
    inputSchema: { ids: z.string() },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, idempotentHint: true },
  },
  async ({ ids }) => {
    try {
      return out({ deleted: deleteRecipes(ids) });
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `delete failed: ${err}` }] };
    }
  },
);

function authorized(req: http.IncomingMessage): boolean {
  const header = req.headers.authorization ?? "";
  const given = Buffer.from(header.startsWith("Bearer ") ? header.slice(7) : "");
  return given.length === TOKEN.length && timingSafeEqual(given, TOKEN);
}

const transports = new Map<string, StreamableHTTPServerTransport>();

const httpServer = http.createServer(async (req, res) => {
  if (!ALLOWED_HOSTS.has(req.headers.host ?? "") || (req.headers.origin && !ALLOWED_ORIGINS.has(req.headers.origin))) {
    res.writeHead(403).end("forbidden host or origin");
    return;
  }
  if (!authorized(req)) {
    res.writeHead(401, { "WWW-Authenticate": "Bearer" }).end();
    return;
  }
  // ok: cors-wildcard-credentials
  res.setHeader("Access-Control-Allow-Origin", "*");
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomBytes(24).toString("base64url"),
      onsessioninitialized: (id) => void transports.set(id, transport!),
    });
    await server.connect(transport);
  }
  await transport.handleRequest(req, res);
});

// ok: bind-all-interfaces
httpServer.listen(PORT, "127.0.0.1", () => {
  console.error(`recipe-box on http://localhost:${PORT}/mcp`);
});
