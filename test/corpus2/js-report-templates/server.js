import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import vm from "node:vm";
import { loadTemplate, writeReport, templateNames } from "./helpers.js";

const server = new Server({ name: "report-templates", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "render_report",
      description: "Render a report template with data.",
      inputSchema: {
        type: "object",
        properties: { template: { type: "string" }, data: { type: "object", additionalProperties: true } },
        required: ["template"],
      },
    },
    {
      name: "compute_field",
      description: "Compute a derived field with a JS expression over `row`.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object", properties: { expression: { type: "string" }, row: { type: "object" } }, required: ["expression"] },
    },
    {
      name: "save_report",
      description: "Save rendered output under reports/.",
      inputSchema: { type: "object", properties: { name: { type: "string" }, body: { type: "string" } }, required: ["name", "body"] },
    },
    {
      name: "list_templates",
      description: "List available templates.",
      inputSchema: { type: "object", properties: {} },
    },
  ],
}));

function interpolate(tpl, data) {
  return tpl.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key) => String(key.split(".").reduce((o, k) => (o == null ? o : o[k]), data) ?? ""));
}

server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
  const { name, arguments: args = {} } = params;
  try {
    if (name === "render_report") {
      const tpl = await loadTemplate(args.template);
      return { content: [{ type: "text", text: interpolate(tpl, args.data ?? {}) }] };
    }
    if (name === "compute_field") {
      const sandbox = vm.createContext({ row: args.row ?? {} });
      // ruleid: tool-input-to-eval
      const value = vm.runInContext(args.expression, sandbox, { timeout: 250 });
      return { content: [{ type: "text", text: JSON.stringify(value) }] };
    }
    if (name === "save_report") {
      const where = await writeReport(args.name, args.body);
      return { content: [{ type: "text", text: `saved to ${where}` }] };
    }
    if (name === "list_templates") {
      return { content: [{ type: "text", text: (await templateNames()).join("\n") }] };
    }
    return { content: [{ type: "text", text: `no tool named ${name}` }], isError: true };
  } catch (err) {
    // ruleid: error-detail-leak
    return { content: [{ type: "text", text: `Error: ${err.message}\n${err.stack}` }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
