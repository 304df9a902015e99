#!/usr/bin/env node
"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { exec, execFile } = require("child_process");
const cp = require("node:child_process");
const util = require("util");
const { z } = require("zod");

const run = util.promisify(exec);
const runFile = util.promisify(execFile);

const server = new McpServer({ name: "sysinfo", version: "0.3.2" });

server.tool("uptime", "Show system uptime and load.", {}, async () => {
  // ok: tool-input-to-shell
  const { stdout } = await run("uptime");
  return { content: [{ type: "text", text: stdout.trim() }] };
});

server.tool(
  "ping_host",
  "Ping a host 3 times.",
  { host: z.string() },
  async ({ host }) => {
    // ruleid: tool-input-to-shell
    const { stdout } = await run("ping -c 3 " + host);
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.tool(
  "dns_lookup",
  "Resolve a hostname with dig.",
  { name: z.string(), type: z.enum(["A", "AAAA", "MX", "TXT", "CNAME"]).default("A") },
  async (args) => {
    // ok: tool-input-to-shell
    const { stdout } = await runFile("dig", ["+short", args.name, args.type]);
    return { content: [{ type: "text", text: stdout || "(no records)" }] };
  }
);

server.tool(
  "find_process",
  "Find processes whose command line matches a pattern.",
  { pattern: z.string() },
  async ({ pattern }) => {
    // ruleid: tool-input-to-shell
    const out = cp.execSync(`ps aux | grep -i "${pattern}" | grep -v grep`, { encoding: "utf8" });
    // ruleid: stdout-in-stdio-server
    console.log("find_process matched", out.split("\n").length, "lines");
    return { content: [{ type: "text", text: out }] };
  }
);

server.tool(
  "port_owner",
  "Which process listens on a TCP port.",
  { port: z.number().int().min(1).max(65535) },
  async ({ port }) => {
    // ok: tool-input-to-shell
    const { stdout } = await runFile("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN"]);
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.tool(
  "kill_process",
  "Send SIGTERM to a process.",
  { pid: z.union([z.number(), z.string()]) },
  async ({ pid }) => {
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      exec(`kill ${pid}`, (err) => {
        resolve({ content: [{ type: "text", text: err ? "kill failed" : `sent SIGTERM to ${pid}` }] });
      });
    });
  }
);

server.tool(
  "read_log",
  "Read the end of a log file under /var/log.",
  { name: z.string(), bytes: z.number().int().max(1_000_000).default(65536) },
  async ({ name, bytes }) => {
    const fs = require("fs");
    const file = "/var/log/" + name;
    // ruleid: tool-input-to-path
    const buf = fs.readFileSync(file);
    return { content: [{ type: "text", text: buf.subarray(Math.max(0, buf.length - bytes)).toString("utf8") }] };
  }
);

async function main() {
  await server.connect(new StdioServerTransport());
  // ok: stdout-in-stdio-server
  console.error("sysinfo MCP server running on stdio");
}

main();
