import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { FeedingDb } from "./services/db.js";
import { scheduleTool } from "./tools/schedule.js";
import { rationTool } from "./tools/ration.js";
import { enclosureTool } from "./tools/enclosure.js";

const server = new McpServer({ name: "zoo-feeding", version: "0.4.2" });
const db = new FeedingDb(process.env.ZOO_DB ?? "./feeding.sqlite");

const tools = [scheduleTool, rationTool, enclosureTool];

for (const tool of tools) {
  server.tool(tool.name, tool.description, tool.shape, async (args: any) => {
    try {
      const result = await tool.handler(args, { db });
      return { content: [{ type: "text", text: JSON.stringify(result, null, 2) }] };
    } catch (err) {
      console.error("tool failed", tool.name, err);
      return { isError: true, content: [{ type: "text", text: "The feeding service could not complete the request." }] };
    }
  });
}

await server.connect(new StdioServerTransport());
