// report-renderer: render reports from templates and JSON data (ESM, stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { renderLodash, renderTemplateLiteral, renderMustache, renderHandlebars, computeField, format } from "./render.mjs";

const TEMPLATE_DIR = path.resolve(process.env.TEMPLATE_DIR ?? "./templates");
const server = new McpServer({ name: "report-renderer", version: "0.7.0" });
const out = (text) => ({ content: [{ type: "text", text }] });

server.tool(
  "render",
  "Render a template string with data. engine: lodash, literal, mustache or handlebars.",
  { template: z.string().max(100_000), data: z.string().describe("JSON object"), engine: z.enum(["lodash", "literal", "mustache", "handlebars"]) },
  async ({ template, data, engine }) => {
    // ok: tool-input-to-eval
    const values = JSON.parse(data);
    switch (engine) {
      case "lodash":
        return out(renderLodash(template, values));
      case "literal":
        return out(renderTemplateLiteral(template, values));
      case "mustache":
        return out(renderMustache(template, values));
      default:
        return out(renderHandlebars(template, values));
    }
  },
);

server.tool(
  "render_named",
  "Render one of the stored mustache templates by name.",
  { name: z.string().regex(/^[a-z0-9-]+$/), data: z.string() },
  async ({ name, data }) => {
    // ok: tool-input-to-path
    const template = await readFile(path.join(TEMPLATE_DIR, `${name}.mustache`), "utf8");
    return out(renderMustache(template, JSON.parse(data)));
  },
);

server.tool(
  "render_file",
  "Render a handlebars template file from disk.",
  { file: z.string(), data: z.string() },
  async ({ file, data }) => {
    // ruleid: tool-input-to-path
    const template = await readFile(path.resolve(TEMPLATE_DIR, file), "utf8");
    return out(renderHandlebars(template, JSON.parse(data)));
  },
);

server.tool(
  "computed_column",
  "Add a computed column to rows using a JavaScript expression over `row`.",
  { rows: z.array(z.record(z.string(), z.unknown())).max(5000), name: z.string(), expression: z.string() },
  async ({ rows, name, expression }) => out(JSON.stringify(rows.map((row) => ({ ...row, [name]: computeField(expression, row) })))),
);

server.tool(
  "format_values",
  "Format numbers as currency, percent or date.",
  { kind: z.enum(["currency", "percent", "date"]), values: z.array(z.union([z.number(), z.string()])).max(10_000) },
  async ({ kind, values }) => out(values.map((v) => format(kind, v)).join("\n")),
);

await server.connect(new StdioServerTransport());
