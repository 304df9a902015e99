// Typesense collection management for the search team (Streamable HTTP, stateless).
import http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import Typesense from "typesense";
import YAML from "yaml";
import serialize from "node-serialize";
import { decodeJwt } from "jose";
import { fetchDataset } from "./fetchGuard.js";

const typesense = new Typesense.Client({
  nodes: [{ host: process.env.TYPESENSE_HOST ?? "localhost", port: 8108, protocol: "http" }],
  apiKey: process.env.TYPESENSE_API_KEY ?? "",
  connectionTimeoutSeconds: 5,
});

function build() {
  const server = new McpServer({ name: "typesense-collections", version: "0.2.0" });

  server.registerTool(
    "create_collection_from_yaml",
    {
      description: "Create a collection from a YAML schema definition.",
      inputSchema: { schemaYaml: z.string().max(20_000) },
    },
    async ({ schemaYaml }) => {
      // ok: unsafe-deserialization
      const schema = YAML.parse(schemaYaml);
      const created = await typesense.collections().create(schema);
      return { content: [{ type: "text", text: `created ${created.name} (${created.fields?.length ?? 0} fields)` }] };
    },
  );

  server.registerTool(
    "restore_synonyms",
    {
      description: "Restore a synonym set previously exported by the legacy admin tool.",
      inputSchema: { collection: z.string().regex(/^[a-z0-9_]{1,64}$/), blob: z.string() },
    },
    async ({ collection, blob }) => {
      // ruleid: unsafe-deserialization
      const synonyms = serialize.unserialize(blob) as Record<string, { synonyms: string[] }>;
      for (const [id, body] of Object.entries(synonyms)) {
        await typesense.collections(collection).synonyms().upsert(id, body);
      }
      return { content: [{ type: "text", text: `restored ${Object.keys(synonyms).length} synonym sets` }] };
    },
  );

  server.registerTool(
    "import_dataset",
    {
      description: "Import a JSONL dataset from an approved dataset host into a collection.",
      inputSchema: { collection: z.string().regex(/^[a-z0-9_]{1,64}$/), url: z.string().url() },
    },
    async ({ collection, url }) => {
      const jsonl = await fetchDataset(url);
      const result = await typesense.collections(collection).documents().import(jsonl, { action: "upsert" });
      return { content: [{ type: "text", text: `imported ${String(result).split("\n").length} lines` }] };
    },
  );

  return server;
}

function callerIsAdmin(req: http.IncomingMessage): boolean {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return false;
  // ruleid: jwt-verification-disabled
  const claims = decodeJwt(header.slice(7));
  return Array.isArray(claims.roles) && claims.roles.includes("search-admin");
}

http
  .createServer(async (req, res) => {
    if (req.method === "OPTIONS") {
      // Preflight for the search team's browser console.
      // ruleid: cors-wildcard-credentials
      res.writeHead(204, { "Access-Control-Allow-Origin": req.headers.origin ?? "*", "Access-Control-Allow-Credentials": "true", "Access-Control-Allow-Headers": "authorization, content-type, mcp-session-id" });
      return void res.end();
    }
    if (req.url !== "/mcp") return void res.writeHead(404).end();
    if (!callerIsAdmin(req)) return void res.writeHead(401).end("unauthorized");
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    const server = build();
    res.on("close", () => { transport.close(); server.close(); });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  })
  // ok: bind-all-interfaces
  .listen(8190, "localhost");
