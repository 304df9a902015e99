import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import v8 from "node:v8";
import { z } from "zod";
import { NAME, SnapshotInput, StartPipelineInput, type RunSummary } from "../schemas.js";

const execFileP = promisify(execFile);
const execP = promisify(exec);

const START_DEFAULTS = { namespace: "ci", serviceAccount: "tekton-bot", showlog: false };

function paramFlags(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `-p ${k}=${v}`)
    .join(" ");
}

export function registerRunTools(server: McpServer): void {
  server.registerTool(
    "start_pipeline",
    { description: "Start a Tekton pipeline with parameters.", inputSchema: StartPipelineInput },
    async (args) => {
      const opts = { ...START_DEFAULTS, ...args };
      const cmd = `tkn pipeline start ${opts.pipeline} -n ${opts.namespace} --serviceaccount ${opts.serviceAccount} ${paramFlags(opts.params)} -o name`;
      // ruleid: tool-input-to-shell
      const { stdout } = await execP(cmd);
      return { content: [{ type: "text", text: stdout.trim() }] };
    },
  );

  server.registerTool(
    "list_runs",
    {
      description: "List PipelineRuns in a namespace.",
      inputSchema: { namespace: NAME.default("ci"), limit: z.number().int().min(1).max(100).default(20) },
      annotations: { readOnlyHint: true },
    },
    async ({ namespace, limit }) => {
      // ok: tool-input-to-shell
      const { stdout } = await execFileP("tkn", ["pipelinerun", "list", "-n", namespace, "--limit", String(limit), "-o", "json"]);
      // ok: unsafe-deserialization
      const items = JSON.parse(stdout).items ?? [];
      const runs: RunSummary[] = items.map((i: any) => ({ name: i.metadata.name, status: i.status?.conditions?.[0]?.reason ?? "Unknown", startTime: i.status?.startTime }));
      return { content: [{ type: "text", text: JSON.stringify(runs, null, 2) }] };
    },
  );

  server.registerTool(
    "import_run_state",
    { description: "Load a run-state snapshot exported by another session.", inputSchema: SnapshotInput },
    async ({ snapshot }) => {
      // ruleid: unsafe-deserialization
      const state = v8.deserialize(Buffer.from(snapshot, "base64")) as { runs: RunSummary[] };
      return { content: [{ type: "text", text: `snapshot holds ${state.runs.length} runs` }] };
    },
  );
}
