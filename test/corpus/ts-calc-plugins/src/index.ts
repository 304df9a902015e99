import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import vm from "node:vm";
import { createRequire } from "node:module";
import { z } from "zod";

const require = createRequire(import.meta.url);
const server = new McpServer({ name: "calc-and-plugins", version: "1.1.0" });

const ARITHMETIC = /^[0-9+\-*/().\s]+$/;
const PLUGINS: Record<string, string> = {
  markdown: "./plugins/markdown.js",
  csv: "./plugins/csv.js",
  xml: "./plugins/xml.js",
};

server.tool("calculate", "Evaluate a math expression", { expression: z.string() }, async ({ expression }) => {
  const result = eval(expression); // FLAW tool-input-to-eval
  return { content: [{ type: "text", text: `${expression} = ${result}` }] };
});

server.tool("calculate_strict", "Evaluate an arithmetic expression", { expression: z.string() }, async ({ expression }) => {
  if (!ARITHMETIC.test(expression)) {
    return { isError: true, content: [{ type: "text", text: "only numbers and + - * / ( ) are allowed" }] };
  }
  const result = Function(`"use strict"; return (${expression});`)(); // SAFE tool-input-to-eval
  return { content: [{ type: "text", text: String(result) }] };
});

server.tool("run_snippet", "Run a JavaScript snippet", { code: z.string(), input: z.any().optional() }, async ({ code, input }) => {
  const script = new vm.Script(`(function(input){ ${code} })(input)`); // FLAW tool-input-to-eval
  const result = script.runInNewContext({ input, Math, JSON });
  return { content: [{ type: "text", text: JSON.stringify(result) }] };
});

server.tool("template", "Render a template string with variables", { template: z.string(), vars: z.record(z.string()) }, async ({ template, vars }) => {
  const render = new Function(...Object.keys(vars), "return `" + template + "`;"); // FLAW tool-input-to-eval
  return { content: [{ type: "text", text: render(...Object.values(vars)) }] };
});

server.tool("load_plugin", "Load a converter plugin", { plugin: z.string(), text: z.string() }, async ({ plugin, text }) => {
  const mod = require(plugin); // FLAW tool-input-to-eval
  return { content: [{ type: "text", text: mod.convert(text) }] };
});

server.tool("load_known_plugin", "Load a bundled converter plugin", { plugin: z.string(), text: z.string() }, async ({ plugin, text }) => {
  const modPath = PLUGINS[plugin];
  if (!modPath) {
    return { isError: true, content: [{ type: "text", text: `unknown plugin ${plugin}` }] };
  }
  const mod = await import(modPath); // SAFE tool-input-to-eval
  return { content: [{ type: "text", text: mod.convert(text) }] };
});

server.tool("import_module", "Dynamically import an ES module and list its exports", { specifier: z.string() }, async ({ specifier }) => {
  const mod = await import(specifier); // FLAW tool-input-to-eval
  return { content: [{ type: "text", text: Object.keys(mod).join(", ") }] };
});

server.tool("schedule", "Schedule a callback expression", { expr: z.string(), delayMs: z.number().int().max(60000) }, async ({ expr, delayMs }) => {
  setTimeout(expr as unknown as () => void, delayMs); // FLAW tool-input-to-eval
  return { content: [{ type: "text", text: "scheduled" }] };
});

server.tool("convert_units", "Convert between units", { value: z.number(), from: z.enum(["km", "mi", "m"]), to: z.enum(["km", "mi", "m"]) }, async ({ value, from, to }) => {
  const factors = { km: 1000, mi: 1609.344, m: 1 };
  const result = eval(`${value} * ${factors[from]} / ${factors[to]}`); // SAFE tool-input-to-eval
  return { content: [{ type: "text", text: String(result) }] };
});

await server.connect(new StdioServerTransport());
