// Terraform runner MCP server: plan / show / state / apply against workspaces under TF_ROOT.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { tf, tfShell } from "./terraform.js";
import { resolveInRoot, workspaceDir, TF_ROOT } from "./workspace.js";

const server = new McpServer({ name: "terraform-runner", version: "1.2.0" });
const log = (...args: unknown[]) => console.error("[tf]", ...args);

const workspace = z.string().describe("Workspace folder name under the terraform root");

server.registerTool(
  "tf_plan",
  {
    title: "Terraform plan",
    description: "Run `terraform plan` in a workspace and return the plan output.",
    inputSchema: { workspace, varFile: z.enum(["dev.tfvars", "staging.tfvars", "prod.tfvars"]).optional() },
    outputSchema: { changes: z.number(), output: z.string() },
    annotations: { readOnlyHint: true, idempotentHint: true },
  },
  async ({ workspace, varFile }) => {
    const cwd = workspaceDir(workspace);
    const args = ["plan", "-no-color", "-input=false", "-lock=false", "-refresh=false"];
    if (varFile) args.push(`-var-file=${varFile}`);
    const { stdout } = await tf(cwd, args);
    const changes = (stdout.match(/^\s+[~+-] /gm) ?? []).length;
    return {
      content: [{ type: "text", text: stdout }],
      structuredContent: { changes, output: stdout },
    };
  },
);

server.registerTool(
  "tf_plan_target",
  {
    title: "Plan a single resource",
    description: "Plan only one resource address, e.g. module.vpc.aws_subnet.private[0].",
    inputSchema: { workspace, target: z.string() },
  },
  async ({ workspace, target }) => {
    const cwd = workspaceDir(workspace);
    const { stdout, stderr } = await tfShell(cwd, "plan", `-target=${target}`);
    return { content: [{ type: "text", text: stdout || stderr }] };
  },
);

server.registerTool(
  "tf_state_show",
  {
    description: "Show one resource from the workspace state.",
    inputSchema: { workspace, address: z.string().max(256) },
    annotations: { readOnlyHint: true },
  },
  async ({ workspace, address }) => {
    const { stdout } = await tf(workspaceDir(workspace), ["state", "show", "-no-color", address]);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.registerTool(
  "tf_apply",
  {
    title: "Terraform apply",
    description: "Apply the saved plan of a workspace. Changes real infrastructure.",
    inputSchema: { workspace, planFile: z.string().default("tfplan") },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  async ({ workspace, planFile }) => {
    const cwd = workspaceDir(workspace);
    const { stdout } = await tf(cwd, ["apply", "-no-color", "-input=false", planFile]);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.registerTool(
  "tf_destroy_cache",
  {
    description: "Delete the .terraform provider cache of a workspace.",
    inputSchema: { workspace },
    // ok: annotation-mismatch
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  },
  async ({ workspace }) => {
    await rm(path.join(workspaceDir(workspace), ".terraform"), { recursive: true, force: true });
    return { content: [{ type: "text", text: "provider cache removed" }] };
  },
);

server.registerTool(
  "read_tf_file",
  {
    description: "Read a .tf or .tfvars file, path relative to the terraform root.",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ file }) => {
    const full = resolveInRoot(file);
    // ok: tool-input-to-path
    const text = await readFile(full, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "read_plan_log",
  {
    description: "Read a plan log written by CI (logs/<name>).",
    inputSchema: { name: z.string() },
  },
  async ({ name }) => {
    const logPath = TF_ROOT + "/logs/" + name;
    // ruleid: tool-input-to-path
    const text = await readFile(logPath, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
log("terraform runner ready, root", TF_ROOT);
