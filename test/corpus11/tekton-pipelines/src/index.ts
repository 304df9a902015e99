import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerExpressionTools } from "./tools/expressions.js";
import { registerRunTools } from "./tools/runs.js";

const server = new McpServer({ name: "tekton-pipelines", version: "0.5.0" }, { capabilities: { logging: {} } });

registerRunTools(server);
registerExpressionTools(server);

await server.connect(new StdioServerTransport());
