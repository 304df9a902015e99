import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { VercelService } from "./services/vercel.js";
import { aliasShape, deployShape, inspectShape, logsShape, removeShape } from "./schemas.js";

const token = process.env.VERCEL_TOKEN;
if (!token) {
  console.error("VERCEL_TOKEN is not set");
  process.exit(1);
}

const service = new VercelService(token, process.env.VERCEL_PROJECTS_ROOT ?? process.cwd());
const server = new McpServer({ name: "vercel-deploys", version: "0.9.1" });

const asText = (out: { stdout: string; stderr: string }) => ({
  content: [{ type: "text" as const, text: out.stdout || out.stderr }],
});

server.registerTool(
  "deploy",
  {
    title: "Deploy project",
    description: "Deploy a project folder to Vercel (preview unless prod is true)",
    inputSchema: deployShape,
    annotations: { destructiveHint: false, openWorldHint: true },
  },
  async ({ project, prod }) => asText(await service.deploy(project, prod)),
);

server.registerTool(
  "deployment_logs",
  { description: "Show the build logs of a deployment", inputSchema: logsShape, annotations: { readOnlyHint: true } },
  async ({ deployment }) => asText(await service.logs(deployment)),
);

server.registerTool(
  "inspect_deployment",
  { description: "Inspect a deployment", inputSchema: inspectShape, annotations: { readOnlyHint: true } },
  async ({ deploymentId }) => asText(await service.inspect(deploymentId)),
);

server.registerTool(
  "set_alias",
  { description: "Point a domain alias at a deployment", inputSchema: aliasShape },
  async ({ deployment, domain }) => asText(await service.alias(deployment, domain)),
);

server.registerTool(
  "remove_deployment",
  {
    description: "Remove a deployment",
    inputSchema: removeShape,
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ deploymentId }) => asText(await service.remove(deploymentId)),
);

await server.connect(new StdioServerTransport());
