import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import vm from "node:vm";
import { z } from "zod";

const server = new McpServer({ name: "calc-sandbox", version: "0.3.0" });

const ARITHMETIC = /^[0-9+\-*/%().\s]{1,200}$/;

server.tool(
  "calculate",
  "Evaluate an arithmetic expression like (2+3)*4.",
  { expression: z.string().regex(ARITHMETIC, "only digits and + - * / % ( ) are allowed") },
  async ({ expression }) => {
    // ok: tool-input-to-eval
    const value = Function(`"use strict"; return (${expression});`)();
    return { content: [{ type: "text", text: String(value) }] };
  },
);

server.tool(
  "js_eval",
  "Evaluate a JavaScript snippet and return the result.",
  { code: z.string() },
  async ({ code }) => {
    // ruleid: tool-input-to-eval
    const result = eval(code);
    return { content: [{ type: "text", text: JSON.stringify(result) }] };
  },
);

server.tool(
  "map_values",
  "Apply a JS arrow-function body to each number, e.g. `x * 2`.",
  { values: z.array(z.number()).max(1000), body: z.string() },
  async ({ values, body }) => {
    // ruleid: tool-input-to-eval
    const fn = new Function("x", "return " + body) as (x: number) => number;
    return { content: [{ type: "text", text: JSON.stringify(values.map(fn)) }] };
  },
);

server.tool(
  "run_in_sandbox",
  "Run code in a vm context with a small standard library.",
  { source: z.string(), timeoutMs: z.number().int().max(5000).default(1000) },
  async (params) => {
    const ctx = vm.createContext({ Math, JSON });
    const src = params.source;
    try {
      // ruleid: tool-input-to-eval
      const out = vm.runInContext(src, ctx, { timeout: params.timeoutMs });
      return { content: [{ type: "text", text: String(out) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: String(err) }], isError: true };
    }
  },
);

const OP_BODIES = {
  add: "return a + b",
  sub: "return a - b",
  mul: "return a * b",
  div: "return b === 0 ? NaN : a / b",
  pow: "return a ** b",
} as const;

server.tool(
  "apply_op",
  "Apply a binary operation to two numbers.",
  { op: z.enum(["add", "sub", "mul", "div", "pow"]), a: z.number(), b: z.number() },
  async ({ op, a, b }) => {
    // ok: tool-input-to-eval
    const fn = new Function("a", "b", OP_BODIES[op]) as (a: number, b: number) => number;
    return { content: [{ type: "text", text: String(fn(a, b)) }] };
  },
);

const UNITS: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048 };

server.tool(
  "convert_length",
  "Convert a length between units.",
  { value: z.number(), from: z.enum(["km", "m", "cm", "mm", "mi", "ft"]), to: z.enum(["km", "m", "cm", "mm", "mi", "ft"]) },
  async ({ value, from, to }) => {
    const meters = value * UNITS[from];
    return { content: [{ type: "text", text: `${meters / UNITS[to]} ${to}` }] };
  },
);

server.tool(
  "parse_number_list",
  "Parse a JSON array of numbers and sum them.",
  { json: z.string().max(10000) },
  async ({ json }) => {
    // ok: tool-input-to-eval
    const arr = JSON.parse(json) as number[];
    const total = arr.reduce((a, b) => a + Number(b), 0);
    return { content: [{ type: "text", text: String(total) }] };
  },
);

server.tool(
  "schedule_expression",
  "Evaluate an expression after a delay (for demos of async evaluation).",
  { expression: z.string(), delayMs: z.number().int().min(0).max(10_000) },
  async ({ expression, delayMs }) => {
    // ruleid: tool-input-to-eval
    setTimeout(`globalThis.__lastResult = (${expression})`, delayMs);
    return { content: [{ type: "text", text: `scheduled in ${delayMs} ms` }] };
  },
);

await server.connect(new StdioServerTransport());
