import vm from "node:vm";
import { z } from "zod";
import { fetchSeries } from "./series.js";

type Handler = (raw: Record<string, unknown>) => Promise<{ content: { type: "text"; text: string }[] }>;

const FormulaArgs = z.object({ queries: z.array(z.string()).max(5), formula: z.string() });
const SafeFormulaArgs = z.object({ queries: z.array(z.string()).max(5), formula: z.string().regex(/^[a-e0-9+\-*\/(). ]+$/) });

const OPS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  ratio: (a, b) => (b === 0 ? 0 : a / b),
};

export const toolHandlers: Record<string, Handler> = {
  async evaluate_formula(raw) {
    const { queries, formula } = FormulaArgs.parse(raw);
    const series = await Promise.all(queries.map((q) => fetchSeries(q)));
    const scope: Record<string, number> = {};
    series.forEach((s, i) => (scope[String.fromCharCode(97 + i)] = s.at(-1) ?? 0));
    // ruleid: tool-input-to-eval
    const value = vm.runInNewContext(formula, scope, { timeout: 50 });
    return { content: [{ type: "text", text: String(value) }] };
  },

  async evaluate_simple(raw) {
    const { queries, formula } = SafeFormulaArgs.parse(raw);
    const series = await Promise.all(queries.map((q) => fetchSeries(q)));
    const scope = Object.fromEntries(series.map((s, i) => [String.fromCharCode(97 + i), s.at(-1) ?? 0]));
    // ok: tool-input-to-eval
    const value = vm.runInNewContext(formula, scope, { timeout: 50 });
    return { content: [{ type: "text", text: String(value) }] };
  },

  async combine(raw) {
    const { op, left, right } = z.object({ op: z.string(), left: z.string(), right: z.string() }).parse(raw);
    if (!(op in OPS)) throw new Error("unsupported op");
    const [l, r] = await Promise.all([fetchSeries(left), fetchSeries(right)]);
    const out = l.map((v, i) => OPS[op](v, r[i] ?? 0));
    return { content: [{ type: "text", text: JSON.stringify(out) }] };
  },
};

export const toolList = [
  { name: "evaluate_formula", description: "Evaluate an arithmetic formula over up to five metric queries (a..e)", inputSchema: { type: "object", properties: { queries: { type: "array", items: { type: "string" } }, formula: { type: "string" } }, required: ["queries", "formula"] } },
  { name: "evaluate_simple", description: "Same as evaluate_formula, restricted to arithmetic characters", inputSchema: { type: "object", properties: { queries: { type: "array", items: { type: "string" } }, formula: { type: "string", pattern: "^[a-e0-9+\\-*/(). ]+$" } }, required: ["queries", "formula"] } },
  { name: "combine", description: "Combine two series point by point", inputSchema: { type: "object", properties: { op: { type: "string", enum: ["add", "sub", "ratio"] }, left: { type: "string" }, right: { type: "string" } }, required: ["op", "left", "right"] } },
];
