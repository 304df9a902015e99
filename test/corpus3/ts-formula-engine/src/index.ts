// formula-engine: evaluate formulas for the spreadsheet assistant (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Evaluator } from "./evaluator.js";

const ev = new Evaluator();
const server = new McpServer({ name: "formula-engine", version: "0.5.0" });

const PRESETS = {
  vat: "return amount * 1.21;",
  discount: "return amount * 0.9;",
  roundUp: "return Math.ceil(amount);",
} as const;

const ok = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value) }] });

server.tool(
  "evaluate_formula",
  "Evaluate a spreadsheet formula with named numeric variables.",
  { formula: z.string(), variables: z.record(z.string(), z.number()).default({}) },
  async ({ formula, variables }) => ok(ev.formula(formula, variables)),
);

server.tool("calc", "Evaluate a plain arithmetic expression.", { expression: z.string() }, async ({ expression }) => ok(ev.arithmetic(expression)));

server.tool("convert_units", "Unit conversion, e.g. '5 inch to cm'.", { expression: z.string().max(200) }, async ({ expression }) => ok(ev.units(expression)));

server.tool(
  "weighted_score",
  "Blend two scores with a weight between 0 and 1.",
  { a: z.number(), b: z.number(), weight: z.number().min(0).max(1) },
  async ({ a, b, weight }) => ok(ev.score(a, b, weight)),
);

server.tool(
  "apply_preset",
  "Apply a named pricing preset to an amount.",
  { preset: z.enum(["vat", "discount", "roundUp"]), amount: z.number() },
  async ({ preset, amount }) => {
    // ok: tool-input-to-eval
    const fn = new Function("amount", PRESETS[preset]);
    return ok(fn(amount));
  },
);

server.tool(
  "define_function",
  "Define a custom column function from a JavaScript body and apply it to values.",
  { body: z.string(), values: z.array(z.number()).max(10_000) },
  async ({ body, values }) => {
    // ruleid: tool-input-to-eval
    const fn = new Function("x", "i", body) as (x: number, i: number) => number;
    return ok(values.map((x, i) => fn(x, i)));
  },
);

server.tool(
  "quick_eval",
  "Evaluate a JavaScript expression and return the result.",
  { code: z.string() },
  async ({ code }) => {
    const expr = `(${code})`;
    // ruleid: tool-input-to-eval
    const value = eval(expr);
    return ok(value);
  },
);

server.tool(
  "load_plugin",
  "Load a formula plugin module by path and list the functions it exports.",
  { modulePath: z.string() },
  async ({ modulePath }) => {
    // ruleid: tool-input-to-eval
    const mod = await import(modulePath);
    return ok(Object.keys(mod));
  },
);

server.tool(
  "parse_table",
  "Parse a JSON array of rows.",
  { json: z.string().max(1_000_000) },
  async ({ json }) => {
    // ok: tool-input-to-eval
    const rows = JSON.parse(json);
    return ok({ rows: Array.isArray(rows) ? rows.length : 0 });
  },
);

await server.connect(new StdioServerTransport());
