import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readFile } from "node:fs/promises";
import { registerBuildTools } from "./builds.js";
import { deviceFile } from "./paths.js";

const server = new McpServer({ name: "esphome-builds", version: "0.2.3" });

server.resource(
  "device-config",
  new ResourceTemplate("esphome://devices/{device}", { list: undefined }),
  async (uri, { device }) => {
    const file = deviceFile(String(device));
    // ok: tool-input-to-path
    const yaml = await readFile(file, "utf8");
    return { contents: [{ uri: uri.href, mimeType: "text/yaml", text: yaml }] };
  },
);

server.prompt("review_device", { device: z.string() }, ({ device }) => ({
  messages: [{ role: "user", content: { type: "text", text: `Review the ESPHome config of ${device} for unused sensors and insecure OTA settings.` } }],
}));

registerBuildTools(server);

await server.connect(new StdioServerTransport());
