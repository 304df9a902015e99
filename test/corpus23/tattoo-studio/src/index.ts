import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as path from "node:path";
import { RenderService } from "./services/renderService.js";
import { registerDesignTools } from "./tools/designs.js";
import type { StudioDeps } from "./schemas.js";

const designsRoot = path.resolve(process.env.TATTOO_DESIGNS ?? "./designs");
const stencilsRoot = path.resolve(process.env.TATTOO_STENCILS ?? "./stencils");

const deps: StudioDeps = {
  designsRoot,
  stencilsRoot,
  render: new RenderService(designsRoot, stencilsRoot),
  log: (msg) => process.stderr.write(`[tattoo] ${msg}\n`),
};

const server = new McpServer({ name: "tattoo-studio", version: "0.3.1" });
registerDesignTools(server, deps);

await server.connect(new StdioServerTransport());
