import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { connect } from "./lib/connection.js";
import { registerTransferTools } from "./tools/transfer.js";

const server = new McpServer({ name: "sftp-sync", version: "1.0.4" });
registerTransferTools(server, { connect: () => connect(), remoteRoot: process.env.SFTP_REMOTE_ROOT ?? "/feeds/acme" });
await server.connect(new StdioServerTransport());
