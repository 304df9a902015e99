import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { CountArgs, SearchArgs, SymbolArgs } from "./schemas.js";
import { countMatches, ripgrep, symbols } from "./search.js";

const server = new Server({ name: "codesearch", version: "1.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "search", description: "Search the repository with ripgrep", inputSchema: zodToJsonSchema(SearchArgs) },
    { name: "symbols", description: "List the symbols of a file (universal-ctags)", inputSchema: zodToJsonSchema(SymbolArgs) },
    { name: "count", description: "Count matches per file", inputSchema: zodToJsonSchema(CountArgs) },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "search": {
      // ok: weak-input-schema
      const args = SearchArgs.parse(request.params.arguments);
      return { content: [{ type: "text", text: await ripgrep(args) }] };
    }
    case "symbols": {
      const { file, kinds } = SymbolArgs.parse(request.params.arguments);
      return { content: [{ type: "text", text: symbols(file, kinds) }] };
    }
    case "count": {
      const { pattern, type } = CountArgs.parse(request.params.arguments);
      return { content: [{ type: "text", text: await countMatches(pattern, type) }] };
    }
    default:
      throw new Error(`unknown tool: ${request.params.name}`);
  }
});

await server.connect(new StdioServerTransport());
