#!/usr/bin/env node
// Job scheduler MCP server (stdio): create cron jobs, preview schedules, run jobs.
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const jobs = require("./jobs.cjs");

jobs.load();
const server = new McpServer({ name: "job-scheduler", version: "1.4.0" });

server.tool(
  "preview_schedule",
  "Show the next run times of a cron expression.",
  { cron: z.string().max(100), count: z.number().int().min(1).max(20).default(5) },
  async ({ cron, count }) => ({ content: [{ type: "text", text: jobs.nextRuns(cron, count).join("\n") }] }),
);

server.tool(
  "create_job",
  "Create a scheduled job running a JavaScript snippet.",
  { name: z.string().max(80), cron: z.string().max(100), script: z.string().max(20_000) },
  async ({ name, cron, script }) => {
    const job = jobs.addJob(name, cron, script);
    return { content: [{ type: "text", text: `created ${job.id}; callback secret ${job.callbackSecret}` }] };
  },
);

server.tool("run_job_now", "Run a job immediately.", { id: z.string().uuid() }, { destructiveHint: true }, async ({ id }) => {
  const { result, ms } = jobs.runNow(id);
  return { content: [{ type: "text", text: `finished in ${ms} ms: ${result}` }] };
});

server.tool("import_jobs", "Import jobs exported by scheduler v1.", { blob: z.string() }, async ({ blob }) => ({
  content: [{ type: "text", text: `imported ${jobs.importJobs(blob)} jobs` }],
}));

server.tool("list_jobs", "List jobs.", {}, { readOnlyHint: true }, async () => ({
  content: [{ type: "text", text: [...jobs.jobs.values()].map((j) => `${j.id} ${j.name} ${j.cron}`).join("\n") || "no jobs" }],
}));

server.connect(new StdioServerTransport());
