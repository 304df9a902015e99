// IoT fleet operations over MCP: list devices, reboot, publish MQTT commands.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
import { listDevices, controller } from "./devices.js";

const run = promisify(exec);
const runFile = promisify(execFile);
const BROKER = process.env.MQTT_BROKER ?? "mqtt.plant.local";

const RebootArgs = z.object({
  deviceId: z.string().regex(/^dev-[0-9a-f]{8}$/),
  reason: z.string().max(200).optional(),
});

const server = new Server({ name: "iot-fleet", version: "0.9.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "list_devices",
      description: "List devices registered at a site.",
      inputSchema: { type: "object", properties: { site: { type: "string", enum: ["ams-1", "rtm-2", "ein-3"] } }, required: ["site"] },
    },
    {
      name: "reboot_device",
      description: "Reboot one device through the controller.",
      inputSchema: { type: "object", properties: { deviceId: { type: "string", pattern: "^dev-[0-9a-f]{8}$" }, reason: { type: "string", maxLength: 200 } }, required: ["deviceId"] },
      annotations: { destructiveHint: true },
    },
    {
      name: "publish_command",
      description: "Publish a raw command on a device's MQTT command topic.",
      inputSchema: { type: "object", properties: { topic: { type: "string" }, payload: { type: "string" } }, required: ["topic", "payload"] },
    },
    {
      name: "ping_device",
      description: "ICMP-ping a device by its id to check reachability.",
      inputSchema: { type: "object", properties: { deviceId: { type: "string", pattern: "^dev-[0-9a-f]{8}$" } }, required: ["deviceId"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "list_devices": {
      const site = String(request.params.arguments?.site ?? "ams-1");
      const devices = await listDevices(site);
      return { content: [{ type: "text", text: devices.map((d) => `${d.id} ${d.model} fw=${d.firmware} ${d.online ? "up" : "down"}`).join("\n") }] };
    }
    case "reboot_device": {
      // ok: weak-input-schema
      const { deviceId, reason } = RebootArgs.parse(request.params.arguments);
      await controller.post(`/api/v2/devices/${deviceId}/reboot`, { reason: reason ?? "requested via MCP" });
      return { content: [{ type: "text", text: `reboot queued for ${deviceId}` }] };
    }
    case "publish_command": {
      // ruleid: weak-input-schema
      const args = request.params.arguments as any;
      const cmd = `mosquitto_pub -h ${BROKER} -t 'fleet/${args.topic}/cmd' -m '${args.payload}'`;
      // ruleid: tool-input-to-shell
      const { stdout } = await run(cmd);
      return { content: [{ type: "text", text: stdout || "published" }] };
    }
    case "ping_device": {
      const { deviceId } = RebootArgs.pick({ deviceId: true }).parse(request.params.arguments);
      const host = `${deviceId}.devices.plant.local`;
      // ok: tool-input-to-shell
      const { stdout } = await runFile("ping", ["-c", "3", "-W", "2", host]);
      return { content: [{ type: "text", text: stdout }] };
    }
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

const transport = new StdioServerTransport();
await server.connect(transport);
