import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { GiteaService } from "./services/GiteaService.js";
import { TOOLS } from "./tools.js";

const service = new GiteaService(process.env.GITEA_URL ?? "https://gitea.internal.example", process.env.GITEA_TOKEN ?? "");

const server = new Server({ name: "gitea-admin", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = request.params.arguments as any;
  switch (name) {
    case "get_repo": {
      const repo = await service.getRepo(args.owner, args.repo);
      return { content: [{ type: "text", text: JSON.stringify(repo, null, 2) }] };
    }
    case "mirror_status": {
      const status = await service.mirrorStatus(args.mirrorUrl);
      return { content: [{ type: "text", text: status }] };
    }
    case "list_users": {
      const users = await service.listUsers();
      return { content: [{ type: "text", text: JSON.stringify(users) }] };
    }
    default:
      throw new Error(`unknown tool ${name}`);
  }
});

await server.connect(new StdioServerTransport());
