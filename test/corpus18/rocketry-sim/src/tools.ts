import vm from "node:vm";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { DEFAULT_SIM, type Deps } from "./deps.js";
import { withErrorHandling, withQuietErrors } from "./wrap.js";

const SimInput = z.object({
  design: z.string().regex(/^designs\/[a-z0-9-]+\.ork$/).optional(),
  motor: z.string().regex(/^[A-O][0-9]{1,4}[A-Z]{0,2}$/).optional(),
  windMs: z.number().min(0).max(20).optional(),
  launchRodDeg: z.number().min(0).max(15).optional(),
  plotFile: z.string().optional(),
});

export function registerTools(server: McpServer, deps: Deps): void {
  server.registerTool(
    "simulate_flight",
    { description: "Run an OpenRocket simulation; omitted fields use the club defaults", inputSchema: SimInput.shape },
    withErrorHandling(async (args) => {
      const cfg = { ...DEFAULT_SIM, ...args };
      return deps.sim.run(cfg);
    }),
  );

  server.registerTool(
    "plot_altitude",
    { description: "Render the altitude curve of a simulation to a PNG", inputSchema: SimInput.shape },
    withErrorHandling(async (args) => {
      const cfg = { ...DEFAULT_SIM, ...args };
      return `plot written to ${await deps.sim.plot(cfg)}`;
    }),
  );

  server.registerTool(
    "thrust_at",
    {
      description: "Evaluate a custom thrust formula (newtons) at time t seconds",
      inputSchema: { formula: z.string().describe("JS expression in t"), t: z.number().min(0).max(30) },
    },
    withErrorHandling(async ({ formula, t }) => {
      // ruleid: tool-input-to-eval
      const thrust = vm.runInNewContext(formula, { t, Math }, { timeout: 20 });
      return `F(${t}) = ${Number(thrust).toFixed(2)} N`;
    }),
  );

  server.registerTool(
    "motor_curve",
    { description: "Download a motor's thrust curve from ThrustCurve.org", inputSchema: { motor_id: z.string().max(40) } },
    withQuietErrors(async ({ motor_id }) => JSON.stringify(await deps.motors.download(motor_id))),
  );
}
