import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import os from "node:os";
import path from "node:path";
import { TrivyService } from "./service.js";
import { ScanTools } from "./tools.js";

const cacheDir = process.env.TRIVY_CACHE_DIR ?? path.join(os.homedir(), ".cache", "trivy");
const server = new McpServer({ name: "trivy-scanner", version: "0.3.0" }, { capabilities: { tools: {} } });

new ScanTools(new TrivyService(cacheDir)).register(server);

const transport = new StdioServerTransport();
await server.connect(transport);
