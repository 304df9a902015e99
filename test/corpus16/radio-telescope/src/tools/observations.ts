import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { runControl, runBinary } from "../services/shell.js";

export interface ObservationDeps {
  receiverHost: string;
}

const RECEIVERS = ["l-band", "c-band", "hydrogen-line"] as const;

function buildScanCommand(target: string, seconds: number, receiver: string): string {
  const parts = ["rtscan", `--receiver=${receiver}`, `--duration=${seconds}`];
  parts.push(`--target="${target}"`);
  return parts.join(" ");
}

export function registerObservationTools(server: McpServer, deps: ObservationDeps) {
  server.tool(
    "schedule_scan",
    "Queue a drift scan of a named source (e.g. 'Cas A', 'M31') on the dish.",
    {
      target: z.string().describe("Source name from the catalogue"),
      durationSec: z.number().int().min(10).max(7200),
      receiver: z.enum(RECEIVERS),
    },
    async ({ target, durationSec, receiver }) => {
      const cmd = buildScanCommand(target, durationSec, receiver);
      const res = await runControl(cmd);
      return { content: [{ type: "text", text: res.stdout || "queued" }] };
    },
  );

  server.tool(
    "point_dish",
    "Slew the dish to an azimuth/elevation pair.",
    { azimuth: z.number().min(0).max(360), elevation: z.number().min(5).max(90) },
    async ({ azimuth, elevation }) => {
      const res = await runBinary("rotctl", ["-m", "2", "-r", deps.receiverHost, "P", azimuth.toFixed(2), elevation.toFixed(2)]);
      return { content: [{ type: "text", text: res.stdout.trim() }] };
    },
  );

  server.tool("receiver_status", "Current receiver temperatures and LO lock.", async () => {
    const res = await runBinary("rtstatus", ["--json"]);
    return { content: [{ type: "text", text: res.stdout }] };
  });
}
