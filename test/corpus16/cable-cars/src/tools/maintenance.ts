import { spawn, execFile } from "node:child_process";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Ctx } from "../ctx.js";

function collect(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out));
  });
}

export function registerMaintenanceTools(server: McpServer, ctx: Ctx) {
  server.tool(
    "reset_cabin_fault",
    "Clear a latched fault on a cabin after a visual inspection.",
    { cabin: z.string(), inspector: z.string() },
    { destructiveHint: true },
    async ({ cabin, inspector }) => {
      // ruleid: tool-input-to-shell
      const child = spawn("sh", ["-c", `cabinctl reset ${cabin} --by ${inspector}`], { cwd: ctx.toolsDir });
      return { content: [{ type: "text", text: await collect(child) }] };
    },
  );

  server.tool(
    "door_cycle_test",
    "Cycle the doors of a parked cabin.",
    { cabin: z.string().max(12) },
    async ({ cabin }) => {
      // ok: tool-input-to-shell
      const child = spawn("cabinctl", ["door-test", "--cabin", cabin], { cwd: ctx.toolsDir });
      return { content: [{ type: "text", text: await collect(child) }] };
    },
  );

  server.tool(
    "daily_report",
    "Build the daily maintenance report for one cabin.",
    { cabin: z.string() },
    async ({ cabin }) =>
      new Promise((resolve, reject) => {
        // ok: tool-input-to-shell
        execFile("/opt/cablecar/bin/daily-report.sh", [], { env: { ...process.env, CABIN_ID: cabin } }, (err, stdout) =>
          err ? reject(err) : resolve({ content: [{ type: "text", text: stdout }] }),
        );
      }),
  );
}
