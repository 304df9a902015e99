import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { dockerTools } from "./tools/docker.js";
import { noteTools } from "./tools/notes.js";

const server = new McpServer({ name: "workbench", version: "0.4.0" });

const allTools = [...dockerTools, ...noteTools];

for (const tool of allTools) {
  server.tool(tool.name, tool.description, tool.schema, async (args) => {
    try {
      return await tool.handler(args);
    } catch (err) {
      return { isError: true, content: [{ type: "text", text: (err as Error).message }] };
    }
  });
}

const transport = new StdioServerTransport();
server.connect(transport).then(() => console.error(`workbench ready with ${allTools.length} tools`));
