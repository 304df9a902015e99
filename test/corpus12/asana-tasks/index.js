#!/usr/bin/env node
"use strict";

const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { execFile } = require("child_process");
const vm = require("vm");
const { asanaGet, asanaPost } = require("./lib/api");
const { runAsanaCli } = require("./lib/cli");

const SORT_SOURCE = "tasks.slice().sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')))";
const SORT_KEYS = ["name", "due_on", "assignee_name", "created_at"];

const server = new Server({ name: "asana-tasks", version: "0.7.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "get_task",
      description: "Get an Asana task by gid",
      inputSchema: { type: "object", properties: { taskGid: { type: "string" } }, required: ["taskGid"] },
    },
    {
      name: "my_tasks",
      description: "List my open tasks in a workspace, optionally filtered and sorted",
      inputSchema: {
        type: "object",
        properties: {
          workspace: { type: "string" },
          filter: { type: "string", description: "JS expression over `task`, e.g. task.due_on < '2025-01-01'" },
          sortBy: { type: "string", enum: SORT_KEYS },
        },
        required: ["workspace"],
      },
    },
    {
      name: "open_task",
      description: "Show a task in the local asana CLI",
      inputSchema: { type: "object", properties: { taskGid: { type: "string" } }, required: ["taskGid"] },
    },
    {
      name: "cli",
      description: "Run an asana CLI sub-command",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
    {
      name: "complete_task",
      description: "Mark a task complete",
      inputSchema: { type: "object", properties: { taskGid: { type: "string", pattern: "^\\d+$" } }, required: ["taskGid"] },
    },
  ],
}));

function textResult(text) {
  return { content: [{ type: "text", text }] };
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const name = request.params.name;
  // ruleid: weak-input-schema
  const args = request.params.arguments || {};

  if (name === "get_task") {
    // ok: tool-input-to-url
    const task = await asanaGet(`/tasks/${encodeURIComponent(args.taskGid)}`, { opt_fields: "name,notes,due_on,assignee.name,completed" });
    return textResult(JSON.stringify(task, null, 2));
  }

  if (name === "my_tasks") {
    const tasks = await asanaGet("/tasks", { assignee: "me", workspace: String(args.workspace), completed_since: "now", opt_fields: "name,due_on,assignee.name,created_at" });
    let list = tasks;
    if (args.filter) {
      // ruleid: tool-input-to-eval
      const predicate = new Function("task", `return (${args.filter});`);
      list = list.filter((t) => predicate(t));
    }
    if (args.sortBy && SORT_KEYS.includes(args.sortBy)) {
      // ok: tool-input-to-eval
      list = vm.runInNewContext(SORT_SOURCE, { tasks: list, key: args.sortBy }, { timeout: 100 });
    }
    return textResult(list.map((t) => `${t.gid}  ${t.due_on || "----------"}  ${t.name}`).join("\n"));
  }

  if (name === "open_task") {
    return new Promise((resolve) => {
      // ok: tool-input-to-shell
      execFile("asana", ["task", "show", String(args.taskGid)], { timeout: 30000 }, (err, stdout, stderr) => resolve(textResult(err ? stderr : stdout)));
    });
  }

  if (name === "cli") {
    const out = await runAsanaCli(args.subcommand, args.flags || "");
    return textResult(out);
  }

  if (name === "complete_task") {
    if (!/^\d+$/.test(String(args.taskGid))) return { ...textResult("taskGid must be numeric"), isError: true };
    await asanaPost(`/tasks/${args.taskGid}`, { completed: true }, "PUT");
    return textResult(`completed ${args.taskGid}`);
  }

  return { ...textResult(`unknown tool ${name}`), isError: true };
});

async function main() {
  await server.connect(new StdioServerTransport());
  console.error("asana-tasks MCP server running");
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
