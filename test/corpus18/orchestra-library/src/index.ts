import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { makeCatalogTools } from "./catalogTools.js";
import { makeLoanTools } from "./loanTools.js";
import { openKnex, openSequelize } from "./db.js";

const server = new McpServer({ name: "orchestra-library", version: "3.1.0" });

const specs = [
  ...makeCatalogTools(openKnex(), { defaultSection: "strings", pageSize: 40 }),
  ...makeLoanTools(openSequelize(), process.env.ORCHESTRA_CODE ?? "RPO"),
];

for (const spec of specs) {
  server.tool(spec.name, spec.description, spec.shape, spec.handler);
}

await server.connect(new StdioServerTransport());
