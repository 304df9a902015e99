#!/usr/bin/env node
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { knex } from "./db.js";
import { anomalies, spendByGroup, spendForTag, topResources } from "./reports.js";

const server = new McpServer({ name: "cost-reports", version: "0.3.0" });

const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.registerTool(
  "spend_by_group",
  {
    title: "Spend by group",
    description: "Cloud spend grouped by service, team, region or account",
    inputSchema: {
      from: z.string().date().optional(),
      to: z.string().date().optional(),
      groupBy: z.string().optional(),
      currency: z.string().length(3).optional(),
      minAmount: z.number().nonnegative().optional(),
    },
    annotations: { readOnlyHint: true },
  },
  async (args) => json(await spendByGroup(args)),
);

server.registerTool(
  "spend_for_tag",
  {
    description: "Spend of resources carrying a cost-allocation tag",
    inputSchema: { key: z.string(), value: z.string() },
  },
  async ({ key, value }) => json(await spendForTag(key, value)),
);

server.registerTool(
  "top_resources",
  {
    description: "Most expensive resources of an account",
    inputSchema: { account: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  },
  async ({ account, limit }) => json(await topResources(account, limit)),
);

server.registerTool(
  "spend_anomalies",
  {
    description: "Days where a service's spend went above a threshold",
    inputSchema: { service: z.string(), threshold: z.string().default("1000") },
  },
  async ({ service, threshold }) => json(await anomalies(service, threshold)),
);

server.registerResource(
  "monthly-report",
  new ResourceTemplate("costs://reports/{month}", { list: undefined }),
  { title: "Monthly cost report", mimeType: "application/json" },
  async (uri, { month }) => {
    // ruleid: tool-input-to-sql
    const rows = await knex.raw(`SELECT * FROM monthly_reports WHERE month = '${month}'`);
    return { contents: [{ uri: uri.href, text: JSON.stringify(rows.rows) }] };
  },
);

server.registerResource(
  "budget",
  new ResourceTemplate("costs://budgets/{team}", { list: undefined }),
  { title: "Team budget" },
  async (uri, { team }) => {
    // ok: tool-input-to-sql
    const row = await knex("budgets").where({ team: String(team) }).first();
    return { contents: [{ uri: uri.href, text: JSON.stringify(row ?? {}) }] };
  },
);

server.registerPrompt(
  "explain_spike",
  { description: "Ask for an explanation of a cost spike", argsSchema: { service: z.string(), month: z.string() } },
  ({ service, month }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Explain why ${service} cost more in ${month}. Use spend_anomalies and top_resources.` } }],
  }),
);

await server.connect(new StdioServerTransport());
