import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import vm from "node:vm";
import { z } from "zod";
import { WhenExpressionInput } from "../schemas.js";

const OPERATORS: Record<string, (a: string, values: string[]) => boolean> = {
  in: (a, values) => values.includes(a),
  notin: (a, values) => !values.includes(a),
};

export function registerExpressionTools(server: McpServer): void {
  server.registerTool(
    "test_when_expression",
    { description: "Evaluate a JavaScript-style condition against a sample context.", inputSchema: WhenExpressionInput },
    async ({ expression, context }) => {
      // ruleid: tool-input-to-eval
      const result = vm.runInNewContext(expression, { ...context }, { timeout: 50 });
      return { content: [{ type: "text", text: JSON.stringify({ result }) }] };
    },
  );

  server.registerTool(
    "check_when",
    {
      description: "Check a Tekton `when` clause (input, operator, values).",
      inputSchema: { input: z.string(), operator: z.enum(["in", "notin"]), values: z.array(z.string()).max(50) },
    },
    async ({ input, operator, values }) => {
      const ok = OPERATORS[operator](input, values);
      return { content: [{ type: "text", text: ok ? "matches" : "does not match" }] };
    },
  );

  server.registerTool(
    "scale_matrix",
    {
      description: "Compute how many TaskRuns a matrix fan-out creates.",
      inputSchema: { dimensions: z.array(z.number().int().min(1).max(256)).max(8) },
    },
    async ({ dimensions }) => {
      // ok: tool-input-to-eval
      const total = vm.runInNewContext("dims.reduce((a, b) => a * b, 1)", { dims: dimensions });
      return { content: [{ type: "text", text: String(total) }] };
    },
  );

  server.registerTool(
    "param_default",
    {
      description: "Compute a parameter default from a formula such as `replicas * 2`.",
      inputSchema: { formula: z.string(), replicas: z.number().default(1) },
    },
    async ({ formula, replicas }) => {
      // ruleid: tool-input-to-eval
      const fn = new Function("replicas", `return (${formula});`);
      return { content: [{ type: "text", text: String(fn(replicas)) }] };
    },
  );
}
