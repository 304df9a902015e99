#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { runScript, tailLog } from "./lib/run.js";

const execFileP = promisify(execFile);

const server = new McpServer({ name: "devops-runner", version: "0.4.1" });

const SERVICES = ["api", "worker", "scheduler", "web"] as const;

server.tool(
  "service_status",
  "Show systemd status for one of the known services.",
  { service: z.enum(SERVICES) },
  async ({ service }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("systemctl", ["status", `${service}.service`, "--no-pager"]);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "run_deploy_script",
  "Run one of the deploy scripts in ./scripts with extra flags.",
  { script: z.string(), flags: z.string().optional() },
  async ({ script, flags }) => {
    const extra = flags ?? "";
    const out = await runScript(script, extra);
    return { content: [{ type: "text", text: out }] };
  },
);

server.tool(
  "tail_log",
  "Show the last N lines of a service log.",
  { service: z.string(), lines: z.number().int().min(1).max(500).default(100) },
  async ({ service, lines }) => {
    const text = await tailLog(service, lines);
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "disk_usage",
  "Report disk usage of the deploy volume.",
  {},
  async () => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("df", ["-h", "/srv"]);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "restart_with_env",
  "Restart a service with extra environment assignments (KEY=VALUE ...).",
  { service: z.enum(SERVICES), env: z.string().max(500) },
  async ({ service, env }) =>
    new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      const child = spawn("sh", ["-c", `${env} systemctl restart ${service}.service`]);
      child.on("close", (code) => resolve({ content: [{ type: "text", text: `exit ${code}` }] }));
    }),
);

server.tool(
  "healthcheck",
  "Run the health check command configured for a host.",
  { host: z.string() },
  async ({ host }) =>
    new Promise((resolve) => {
      let out = "";
      // ruleid: tool-input-to-shell
      const child = spawn(`curl -fsS http://${host}/healthz`, { shell: true });
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve({ content: [{ type: "text", text: out || "no response" }] }));
    }),
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log("devops-runner ready on stdio");
}

main().catch((err) => {
  // ok: stdout-in-stdio-server
  console.error("fatal", err);
  process.exit(1);
});
