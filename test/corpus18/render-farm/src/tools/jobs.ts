import { exec } from "node:child_process";
import { promisify } from "node:util";
import { BaseTool } from "./base.js";
import { buildRenderCommand, runArgv, runScriptWithEnv, runShell } from "../services/shell.js";

const execP = promisify(exec);

export class SubmitRenderJob extends BaseTool {
  readonly name = "submit_render";
  readonly description = "Queue a shot for rendering on the farm";
  readonly inputSchema = {
    type: "object",
    properties: {
      scene: { type: "string", description: "Path of the .usd/.blend scene on the shared volume" },
      frames: { type: "string", description: "Frame range, e.g. 1001-1100" },
      pool: { type: "string", enum: ["gpu", "cpu", "preview"] },
    },
    required: ["scene", "frames"],
  };

  async execute(args: Record<string, any>): Promise<string> {
    const scene = this.requireString(args, "scene");
    const frames = this.requireString(args, "frames");
    const cmd = buildRenderCommand(scene, frames, args.pool ?? "cpu");
    return runShell(cmd);
  }
}

export class CancelJob extends BaseTool {
  readonly name = "cancel_job";
  readonly description = "Cancel a queued or running render job";
  // ruleid: weak-input-schema
  readonly inputSchema = { type: "object" };

  async execute(args: Record<string, any>): Promise<string> {
    const jobId = String(args.job_id ?? "");
    if (!/^[0-9a-f]{8}$/.test(jobId)) throw new Error("job_id must be 8 hex characters");
    return runArgv("farmctl", ["cancel", jobId]);
  }
}

export class TailJobLog extends BaseTool {
  readonly name = "tail_job_log";
  readonly description = "Last lines of a render job's log";
  readonly inputSchema = {
    type: "object",
    properties: { job_id: { type: "string" }, lines: { type: "integer", minimum: 1, maximum: 2000 } },
    required: ["job_id"],
  };

  async execute(args: Record<string, any>): Promise<string> {
    const lines = Math.min(Number(args.lines ?? 100), 2000);
    // ruleid: tool-input-to-shell
    const { stdout } = await execP(`tail -n ${lines} /var/log/farm/jobs/${args.job_id}.log`);
    return stdout;
  }
}

export class DrainNode extends BaseTool {
  readonly name = "drain_node";
  readonly description = "Stop scheduling new frames on a render node";
  readonly inputSchema = {
    type: "object",
    properties: { host: { type: "string", description: "render node hostname" } },
    required: ["host"],
  };

  async execute(args: Record<string, any>): Promise<string> {
    const host = this.requireString(args, "host");
    // the drain script reads the node name from FARM_NODE
    return runScriptWithEnv("/opt/farm/bin/drain-node.sh", { FARM_NODE: host });
  }
}
