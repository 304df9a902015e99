import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { request } from "undici";
import WebSocket from "ws";
import { z } from "zod";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const ALLOWED_COMMANDS = ["ls", "cat", "pwd", "echo", "grep", "wc", "head", "tail"];
const WORKDIR = process.env.WORKDIR ?? process.cwd();

const server = new McpServer({ name: "terminal", version: "0.8.0" });

server.registerTool(
  "execute_command",
  {
    description: `Execute a shell command. Allowed: ${ALLOWED_COMMANDS.join(", ")}`,
    inputSchema: { command: z.string().describe("Full command line") },
    annotations: { destructiveHint: true, openWorldHint: false },
  },
  async ({ command }) => {
    const base = command.trim().split(/\s+/)[0];
    if (!ALLOWED_COMMANDS.includes(base)) {
      return { isError: true, content: [{ type: "text", text: `Command '${base}' is not allowed` }] };
    }
    const { stdout, stderr } = await execAsync(command, { cwd: WORKDIR, timeout: 15000 }); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: stdout + stderr }] };
  }
);

server.registerTool(
  "execute_argv",
  {
    description: "Execute an allowed program with arguments (no shell)",
    inputSchema: { program: z.string(), args: z.array(z.string()).default([]) },
  },
  async ({ program, args }) => {
    if (!ALLOWED_COMMANDS.includes(program)) {
      return { isError: true, content: [{ type: "text", text: `Program '${program}' is not allowed` }] };
    }
    const { stdout } = await execFileAsync(program, args, { cwd: WORKDIR, timeout: 15000 }); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.registerTool(
  "which",
  {
    description: "Locate a program on PATH",
    inputSchema: { program: z.string() },
  },
  async ({ program }) => {
    const { stdout } = await execFileAsync("/usr/bin/which", [program]); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: stdout.trim() }] };
  }
);

server.registerTool(
  "env_var",
  {
    description: "Print an environment variable via the shell",
    inputSchema: { name: z.string() },
  },
  async ({ name }) => {
    const { stdout } = await execAsync(`printenv ${name}`); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.registerTool(
  "http_request",
  {
    description: "Send an HTTP request",
    inputSchema: { method: z.enum(["GET", "POST", "PUT", "DELETE"]), url: z.string(), body: z.string().optional() },
    annotations: { openWorldHint: true },
  },
  async ({ method, url, body }) => {
    const res = await request(url, { method, body }); // FLAW tool-input-to-url
    return { content: [{ type: "text", text: `${res.statusCode}\n${await res.body.text()}` }] };
  }
);

server.registerTool(
  "ws_probe",
  {
    description: "Connect to a WebSocket endpoint and return the first message",
    inputSchema: { endpoint: z.string() },
  },
  async ({ endpoint }) => {
    const first = await new Promise<string>((resolve, reject) => {
      const ws = new WebSocket(endpoint); // FLAW tool-input-to-url
      ws.once("message", (m) => { resolve(m.toString()); ws.close(); });
      ws.once("error", reject);
    });
    return { content: [{ type: "text", text: first }] };
  }
);

await server.connect(new StdioServerTransport());
