import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Connection, Client } from "@temporalio/client";
import { Sequelize } from "sequelize";
import { registerWorkflowTools } from "./tools/workflows.js";
import { registerHistoryTools } from "./tools/history.js";
import type { AppContext } from "./lib/context.js";

const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? "temporal-frontend:7233" });
const ctx: AppContext = {
  temporal: new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? "default" }),
  visibility: new Sequelize(process.env.VISIBILITY_DB_URL ?? "postgres://temporal@localhost/temporal_visibility", { logging: false }),
  taskQueues: ["billing", "emails", "exports"],
};

const server = new McpServer({ name: "temporal-ops", version: "0.3.2" });
registerWorkflowTools(server, ctx);
registerHistoryTools(server, ctx);
await server.connect(new StdioServerTransport());
