import { z } from "zod";
import { SerialPort } from "serialport";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Deps } from "../index.js";

const REALTIME = { hold: "!", resume: "~", reset: "\x18", status: "?" } as const;

export function registerMachineTools(server: McpServer, deps: Deps) {
  server.tool(
    "realtime_command",
    "Send a GRBL real-time command (feed hold, resume, soft reset, status report).",
    { command: z.enum(["hold", "resume", "reset", "status"]) },
    { destructiveHint: true },
    async ({ command }) => {
      const port = new SerialPort({ path: deps.port, baudRate: 115200 });
      await new Promise<void>((resolve, reject) => port.write(REALTIME[command], (e) => (e ? reject(e) : resolve())));
      port.close();
      return { content: [{ type: "text", text: `sent ${command}` }] };
    },
  );
}
