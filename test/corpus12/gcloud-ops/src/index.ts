#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { exec, spawn } from "node:child_process";
import { zodToJsonSchema } from "zod-to-json-schema";
import { DescribeInstanceArgs, ListInstancesArgs, ReadObjectArgs, SshArgs, TOOL_DESCRIPTIONS } from "./schemas.js";

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

class GcloudServer {
  private server: Server;
  private defaultProject = process.env.GOOGLE_CLOUD_PROJECT ?? "";

  constructor() {
    this.server = new Server({ name: "gcloud-ops", version: "0.2.3" }, { capabilities: { tools: {} } });
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[gcloud-ops]", error);
  }

  private runCli(bin: "gcloud" | "gsutil", args: string[]): Promise<CliResult> {
    return new Promise((resolve, reject) => {
      // ok: tool-input-to-shell
      const child = spawn(bin, args, { shell: false, env: { ...process.env, CLOUDSDK_CORE_DISABLE_PROMPTS: "1" } });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
  }

  private runShell(command: string): Promise<CliResult> {
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      exec(command, { timeout: 120_000 }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr }));
    });
  }

  private result(r: CliResult) {
    if (r.code !== 0) {
      console.error("gcloud failed:", r.stderr);
      // ok: error-detail-leak
      return { content: [{ type: "text", text: "The gcloud command failed; see the server log for details." }], isError: true };
    }
    return { content: [{ type: "text", text: r.stdout }] };
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        { name: "list_instances", description: TOOL_DESCRIPTIONS.list_instances, inputSchema: zodToJsonSchema(ListInstancesArgs) },
        { name: "describe_instance", description: TOOL_DESCRIPTIONS.describe_instance, inputSchema: zodToJsonSchema(DescribeInstanceArgs) },
        { name: "read_object", description: TOOL_DESCRIPTIONS.read_object, inputSchema: zodToJsonSchema(ReadObjectArgs) },
        { name: "ssh_command", description: TOOL_DESCRIPTIONS.ssh_command, inputSchema: zodToJsonSchema(SshArgs) },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      switch (request.params.name) {
        case "list_instances": {
          // ok: weak-input-schema
          const args = ListInstancesArgs.parse(request.params.arguments);
          const project = args.project ?? this.defaultProject;
          const cli = ["compute", "instances", "list", `--project=${project}`, "--format=json"];
          if (args.filter) cli.push(`--filter=${args.filter}`);
          return this.result(await this.runCli("gcloud", cli));
        }
        case "describe_instance": {
          // ok: weak-input-schema
          const { name, zone, project } = DescribeInstanceArgs.parse(request.params.arguments);
          return this.result(await this.runCli("gcloud", ["compute", "instances", "describe", name, `--zone=${zone}`, `--project=${project ?? this.defaultProject}`, "--format=json"]));
        }
        case "read_object": {
          const { bucket, object } = ReadObjectArgs.parse(request.params.arguments);
          return this.result(await this.runCli("gsutil", ["cat", `gs://${bucket}/${object}`]));
        }
        case "ssh_command": {
          const { instance, zone, command } = SshArgs.parse(request.params.arguments);
          return this.result(await this.runShell(`gcloud compute ssh ${instance} --zone ${zone} --command "${command}" --quiet`));
        }
        default:
          throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${request.params.name}`);
      }
    });
  }

  async run() {
    await this.server.connect(new StdioServerTransport());
    console.error("gcloud-ops MCP server running on stdio");
  }
}

new GcloudServer().run().catch((err) => {
  console.error(err);
  process.exit(1);
});
