#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { exec, execFile } from "node:child_process";
import * as vm from "node:vm";
import { readFile } from "node:fs/promises";

interface RunScriptArgs { script: string; cwd?: string }
interface EvalArgs { code: string; timeoutMs?: number }
interface TransformArgs { input: string; expression: string }
interface NpmArgs { packageName: string; dev?: boolean }

const SCRIPT_NAMES = new Set(["build", "test", "lint", "typecheck"]);

class DevToolsServer {
  private server: Server;

  constructor() {
    this.server = new Server({ name: "devtools", version: "1.0.0" }, { capabilities: { tools: {} } });
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[MCP Error]", error);
  }

  private setupToolHandlers(): void {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        { name: "run_npm_script", description: "Run an npm script", inputSchema: { type: "object", properties: { script: { type: "string" }, cwd: { type: "string" } }, required: ["script"] } },
        { name: "evaluate_js", description: "Evaluate JavaScript in a sandbox", inputSchema: { type: "object", properties: { code: { type: "string" }, timeoutMs: { type: "number" } }, required: ["code"] } },
        { name: "transform_json", description: "Apply a JS expression to JSON input", inputSchema: { type: "object", properties: { input: { type: "string" }, expression: { type: "string" } }, required: ["input", "expression"] } },
        { name: "npm_install", description: "Install a package", inputSchema: { type: "object", properties: { packageName: { type: "string" }, dev: { type: "boolean" } }, required: ["packageName"] } },
        { name: "run_known_script", description: "Run one of build/test/lint/typecheck", inputSchema: { type: "object", properties: { script: { type: "string" } }, required: ["script"] } },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const args = request.params.arguments as any;
      if (request.params.name === "run_npm_script") return this.handleRunScript(args as RunScriptArgs);
      if (request.params.name === "evaluate_js") return this.handleEvaluate(args as EvalArgs);
      if (request.params.name === "transform_json") return this.handleTransform(args as TransformArgs);
      if (request.params.name === "npm_install") return this.handleInstall(args as NpmArgs);
      if (request.params.name === "run_known_script") return this.handleKnownScript(args.script);
      throw new Error(`Unknown tool: ${request.params.name}`);
    });
  }

  private run(cmd: string, cwd?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      exec(cmd, { cwd }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
    });
  }

  private async handleRunScript({ script, cwd }: RunScriptArgs): Promise<CallToolResult> {
    const out = await this.run(`npm run ${script}`, cwd); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: out }] };
  }

  private async handleEvaluate(args: EvalArgs): Promise<CallToolResult> {
    const sandbox = { console, result: undefined as unknown };
    vm.createContext(sandbox);
    const value = vm.runInContext(args.code, sandbox, { timeout: args.timeoutMs ?? 1000 }); // FLAW tool-input-to-eval
    return { content: [{ type: "text", text: String(value) }] };
  }

  private async handleTransform(args: TransformArgs): Promise<CallToolResult> {
    const data = JSON.parse(args.input); // SAFE tool-input-to-eval
    const fn = new Function("data", `return (${args.expression});`); // FLAW tool-input-to-eval
    return { content: [{ type: "text", text: JSON.stringify(fn(data), null, 2) }] };
  }

  private async handleInstall(args: NpmArgs): Promise<CallToolResult> {
    const flags = args.dev ? "--save-dev" : "--save";
    const out = await this.run(["npm", "install", flags, args.packageName].join(" ")); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: out }] };
  }

  private async handleKnownScript(script: string): Promise<CallToolResult> {
    if (!SCRIPT_NAMES.has(script)) {
      return { isError: true, content: [{ type: "text", text: `script must be one of ${[...SCRIPT_NAMES].join(", ")}` }] };
    }
    const out = await this.run(`npm run ${script}`); // SAFE tool-input-to-shell
    const pkg = JSON.parse(await readFile("package.json", "utf8"));
    return { content: [{ type: "text", text: `${pkg.name}: ${out}` }] };
  }

  async run_stdio(): Promise<void> {
    const transport = new StdioServerTransport();
    await this.server.connect(transport);
    console.error("devtools MCP server running");
  }
}

new DevToolsServer().run_stdio().catch(console.error);
