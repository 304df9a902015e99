#!/usr/bin/env node
"use strict";
// Ansible runner MCP server (CommonJS, stdio).
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { spawn } = require("child_process");
const z = require("zod");
const pb = require("./lib/playbooks");

const INVENTORIES = { staging: "inventories/staging.ini", production: "inventories/production.ini" };

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: pb.ANSIBLE_HOME, ...opts });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out: out.slice(-6000) }));
  });
}

const server = new McpServer({ name: "ansible-runner", version: "0.6.0" });

server.tool("show_playbook", "Show the YAML of a playbook.", { name: z.string() }, async ({ name }) => ({
  content: [{ type: "text", text: await pb.readPlaybook(name) }],
}));

server.tool("role_defaults", "Show a role's default variables.", { role: z.string().max(64) }, async ({ role }) => ({
  content: [{ type: "text", text: await pb.readRoleDefaults(role) }],
}));

server.tool(
  "run_playbook",
  "Run a playbook against an inventory, with optional extra vars (YAML) and a host limit.",
  {
    playbook: z.string().regex(/^[a-z0-9_-]+\.ya?ml$/),
    inventory: z.enum(["staging", "production"]),
    limit: z.string().optional(),
    extraVars: z.string().max(10000).optional(),
    check: z.boolean().default(true),
  },
  { destructiveHint: true },
  async ({ playbook, inventory, limit, extraVars, check }) => {
    const vars = extraVars ? pb.parseExtraVars(extraVars) : {};
    const cmdline = `ansible-playbook -i ${INVENTORIES[inventory]} playbooks/${playbook}` + (limit ? ` --limit ${limit}` : "") + (check ? " --check" : "");
    // ruleid: tool-input-to-shell
    const res = await run(cmdline + ` -e '${JSON.stringify(vars)}'`, [], { shell: true });
    return { content: [{ type: "text", text: `exit ${res.code}\n${res.out}` }] };
  },
);

server.tool(
  "ping_hosts",
  "Run the ping module against a host pattern of an inventory.",
  { inventory: z.enum(["staging", "production"]), pattern: z.string().regex(/^[A-Za-z0-9_*][A-Za-z0-9_.*:-]{0,99}$/) },
  async ({ inventory, pattern }) => {
    // ok: tool-input-to-shell
    const res = await run("ansible", [pattern, "-i", INVENTORIES[inventory], "-m", "ping", "-o"]);
    return { content: [{ type: "text", text: res.out }] };
  },
);

server.tool("inventory_hosts", "Parse a YAML inventory pasted by the user and list its hosts.", { inventoryYaml: z.string().max(50000) }, async ({ inventoryYaml }) => {
  const inv = pb.parseInventory(inventoryYaml) || {};
  const hosts = [];
  const walk = (node) => {
    if (!node || typeof node !== "object") return;
    if (node.hosts) hosts.push(...Object.keys(node.hosts));
    if (node.children) Object.values(node.children).forEach(walk);
  };
  Object.values(inv).forEach(walk);
  return { content: [{ type: "text", text: [...new Set(hosts)].join("\n") }] };
});

server.connect(new StdioServerTransport()).catch((e) => {
  process.stderr.write(String(e) + "\n");
  process.exit(1);
});
