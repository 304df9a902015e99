import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { AdbService } from "./adb.js";
import { DISPATCH } from "./dispatch.js";

const adb = new AdbService();
const server = new McpServer({ name: "device-farm", version: "1.4.0" });
const serial = z.string().regex(/^[A-Za-z0-9:._-]{3,64}$/);

const TOOLS = {
  list_devices: {},
  device_shell: { serial, command: z.string() },
  install_apk: { serial, apk: z.string() },
  pull_file: { serial, remote: z.string(), name: z.string() },
  logcat: { serial, tag: z.string().max(64).optional(), lines: z.number().int().max(5000).optional() },
};

for (const [name, shape] of Object.entries(TOOLS)) {
  server.tool(name, shape, async (args: Record<string, any>) => ({
    content: [{ type: "text", text: await DISPATCH[name](adb, args) }],
  }));
}

await server.connect(new StdioServerTransport());
