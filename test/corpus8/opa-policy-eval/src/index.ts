import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { PolicyEngine } from "./engine.js";
import { BUNDLES, QueryPath } from "./schemas.js";

const engine = new PolicyEngine(process.env.OPA_BIN ?? "opa", process.env.POLICY_DIR ?? "/etc/policies");
const server = new McpServer({ name: "opa-policy-eval", version: "0.7.0" });

server.tool(
  "evaluate",
  "Evaluate a Rego query from a policy bundle against a JSON input document",
  { bundle: z.enum(BUNDLES), query: QueryPath, input: z.string().max(50_000) },
  async ({ bundle, query, input }) => {
    const result = await engine.opaEval(bundle, query, input);
    return { content: [{ type: "text", text: result }] };
  },
);

server.tool(
  "quick_rule",
  "Try a one-line JavaScript rule over the input document (for prototyping before writing Rego)",
  { rule: z.string().max(500), input: z.string().max(50_000) },
  async ({ rule, input }) => {
    const decision = engine.jsRule(rule, JSON.parse(input));
    return { content: [{ type: "text", text: JSON.stringify({ decision }) }] };
  },
);

server.tool(
  "decide_builtin",
  "Run one of the built-in JS decision helpers against an input",
  { helper: z.enum(["isAdmin", "withinBusinessHours", "sameTenant"]), input: z.string().max(50_000) },
  async ({ helper, input }) => {
    const decision = engine.builtin(helper, JSON.parse(input));
    return { content: [{ type: "text", text: JSON.stringify({ decision }) }] };
  },
);

server.tool(
  "compare",
  "Compare two numeric facts of the input with an operator",
  { left: z.string(), op: z.string(), right: z.string(), input: z.string() },
  async ({ left, op, right, input }) => {
    const doc = JSON.parse(input);
    return { content: [{ type: "text", text: String(engine.compare(doc, left, op, right)) }] };
  },
);

server.tool(
  "compare_v1",
  "Deprecated form of compare kept for older prompts",
  { left: z.string(), op: z.string(), right: z.string(), input: z.string() },
  async ({ left, op, right, input }) => ({
    content: [{ type: "text", text: String(engine.compareLegacy(JSON.parse(input), left, op, right)) }],
  }),
);

await server.connect(new StdioServerTransport());
