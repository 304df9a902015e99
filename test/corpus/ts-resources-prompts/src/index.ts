import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";

const DOCS_ROOT = path.resolve("./docs");
const db = new Database("app.db", { readonly: true });
const TABLES = new Set(["users", "sessions", "audit_log"]);

const server = new McpServer({ name: "docs-and-data", version: "0.5.0" });

server.resource(
  "doc",
  new ResourceTemplate("docs://{+docPath}", { list: undefined }),
  async (uri, { docPath }) => {
    const text = await readFile(path.join(DOCS_ROOT, String(docPath)), "utf8"); // FLAW tool-input-to-path
    return { contents: [{ uri: uri.href, text, mimeType: "text/markdown" }] };
  }
);

server.registerResource(
  "safe-doc",
  new ResourceTemplate("safedocs://{name}", { list: undefined }),
  { title: "Document", description: "A document from the docs folder" },
  async (uri, variables) => {
    const full = path.resolve(DOCS_ROOT, String(variables.name));
    if (!full.startsWith(DOCS_ROOT + path.sep)) throw new Error("invalid document");
    return { contents: [{ uri: uri.href, text: await readFile(full, "utf8") }] }; // SAFE tool-input-to-path
  }
);

server.resource(
  "table-schema",
  new ResourceTemplate("schema://{table}", { list: undefined }),
  async (uri, { table }) => {
    const rows = db.prepare(`SELECT sql FROM sqlite_master WHERE name = '${table}'`).all(); // FLAW tool-input-to-sql
    return { contents: [{ uri: uri.href, text: JSON.stringify(rows) }] };
  }
);

server.resource(
  "table-sample",
  new ResourceTemplate("sample://{table}", { list: undefined }),
  async (uri, { table }) => {
    const name = String(table);
    if (!TABLES.has(name)) throw new Error(`unknown table ${name}`);
    const rows = db.prepare(`SELECT * FROM ${name} LIMIT 5`).all(); // SAFE tool-input-to-sql
    return { contents: [{ uri: uri.href, text: JSON.stringify(rows) }] };
  }
);

server.prompt(
  "review_file",
  "Ask for a code review of a file",
  { file: z.string() },
  ({ file }) => {
    const source = readFileSync(file, "utf8"); // FLAW tool-input-to-path
    return {
      messages: [{ role: "user", content: { type: "text", text: `Please review this code:\n\n${source}` } }],
    };
  }
);

server.registerPrompt(
  "summarize_table",
  { title: "Summarize table", description: "Summarize rows of a table", argsSchema: { table: z.string(), where: z.string().optional() } },
  ({ table, where }) => {
    const rows = db.prepare(`SELECT * FROM ${table}${where ? ` WHERE ${where}` : ""} LIMIT 50`).all(); // FLAW tool-input-to-sql
    return { messages: [{ role: "user", content: { type: "text", text: `Summarize:\n${JSON.stringify(rows)}` } }] };
  }
);

server.prompt(
  "explain_error",
  { message: z.string() },
  ({ message }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Explain this error message: ${message}` } }],
  })
);

await server.connect(new StdioServerTransport());
