import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import departures from "./tools/departures.js";
import manifest from "./tools/manifest.js";
import fareQuote from "./tools/fareQuote.js";
import importTimetable from "./tools/importTimetable.js";
import stats from "./tools/stats.js";
import type { ToolDeps } from "./defineTool.js";

const deps: ToolDeps = { pool: new pg.Pool({ connectionString: process.env.FERRY_DB_URL }) };
const server = new McpServer({ name: "ferry-schedules", version: "1.4.0" });

const TOOLS = [departures, manifest, fareQuote, importTimetable, stats];

for (const tool of TOOLS) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, async (args: any) => {
    try {
      const text = await tool.handler(args, deps);
      return { content: [{ type: "text" as const, text }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text" as const, text: `error: ${String(err)}` }], isError: true };
    }
  });
}

await server.connect(new StdioServerTransport());
