import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import YAML from "yaml";
import { z } from "zod";
import { CHECK_NAMES, compileCheck, customCheck, withinThreshold } from "./checks.js";
import { freshness, sampleColumn } from "./warehouse.js";

const server = new McpServer({ name: "dq-monitor", version: "0.9.2" });

const ident = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/);

server.tool(
  "run_check",
  "Sample a column and run a built-in data-quality check on it",
  // ok: weak-input-schema
  { table: ident, column: ident, check: z.enum(CHECK_NAMES), sample: z.number().int().min(10).max(10_000).default(1000), maxFailureRatio: z.number().min(0).max(1).default(0) },
  { readOnlyHint: true },
  async ({ table, column, check, sample, maxFailureRatio }) => {
    const values = await sampleColumn(table, column, sample);
    const fn = compileCheck(check);
    const failed = values.filter((v) => !fn(v)).length;
    return { content: [{ type: "text", text: `${failed}/${values.length} failed — ${withinThreshold(failed, values.length, maxFailureRatio) ? "PASS" : "FAIL"}` }] };
  },
);

server.tool(
  "run_suite",
  "Run a YAML suite of checks: a list of { table, column, expect } where expect is a JS condition on `v`",
  {
    suite: z.string().max(100_000),
    // ruleid: weak-input-schema
    options: z.object({ sample: z.number().int().max(10_000).optional() }).passthrough(),
  },
  async ({ suite, options }) => {
    // ok: unsafe-deserialization
    const spec = YAML.parse(suite) as { table: string; column: string; expect: string }[];
    const results = await Promise.all(
      spec.map(async ({ table, column, expect }) => {
        const values = await sampleColumn(table, column, Number(options.sample ?? 500));
        const fn = customCheck(expect);
        return `${table}.${column}: ${values.filter((v) => !fn(v)).length} failures`;
      }),
    );
    return { content: [{ type: "text", text: results.join("\n") }] };
  },
);

server.tool("freshness", { schema: z.string().max(63), table: z.string().max(63) }, async ({ schema, table }) => ({
  content: [{ type: "text", text: JSON.stringify(await freshness(schema, table)) }],
}));

await server.connect(new StdioServerTransport());
