import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { BaseTool, JsonSchema } from "./base.js";

const run = promisify(exec);
const runFile = promisify(execFile);
const CRANE_IDS = ["STS-01", "STS-02", "STS-03", "RTG-11", "RTG-12"];

export class CraneStatusTool extends BaseTool {
  name = "crane_status";
  description = "Current hoist, trolley and gantry state of one ship-to-shore crane.";
  inputSchema: JsonSchema = {
    type: "object",
    properties: { crane: { type: "string", enum: CRANE_IDS } },
    required: ["crane"],
    additionalProperties: false,
  };

  async execute(args: Record<string, any>) {
    if (!CRANE_IDS.includes(args.crane)) throw new Error("unknown crane");
    // ok: tool-input-to-shell
    const { stdout } = await runFile("/opt/cranectl/bin/cranectl", ["status", "--id", args.crane]);
    return stdout;
  }
}

export class CraneLogTool extends BaseTool {
  name = "crane_log";
  description = "Grep the PLC event log of a crane for a pattern.";
  // ruleid: weak-input-schema
  inputSchema: JsonSchema = { type: "object" };

  async execute(args: Record<string, any>) {
    const { crane, pattern } = args;
    const cmd = `grep -i "${pattern}" /var/log/cranes/${crane}.log | tail -n 200`;
    // ruleid: tool-input-to-shell
    const { stdout } = await run(cmd);
    return stdout || "no matches";
  }
}

export class PlcPingTool extends BaseTool {
  name = "plc_ping";
  description = "Check that the PLC of a crane answers on the yard network.";
  inputSchema: JsonSchema = {
    type: "object",
    properties: { host: { type: "string" } },
    required: ["host"],
  };

  async execute(args: Record<string, any>) {
    const target = String(args.host);
    // ruleid: tool-input-to-shell
    const { stdout } = await run("ping -c 2 -W 1 " + target);
    return stdout;
  }
}

export class TelemetryExportTool extends BaseTool {
  name = "telemetry_export";
  description = "Export the spreader load telemetry of the last shift.";
  inputSchema: JsonSchema = {
    type: "object",
    properties: { shiftLabel: { type: "string", maxLength: 32 } },
    required: ["shiftLabel"],
  };

  async execute(args: Record<string, any>) {
    // ok: tool-input-to-shell
    const { stdout } = await runFile("/opt/cranectl/bin/export-shift.sh", [], { env: { ...process.env, SHIFT_LABEL: String(args.shiftLabel) } });
    return stdout;
  }
}
