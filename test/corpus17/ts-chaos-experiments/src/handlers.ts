import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Hypothesis, ImportJson, ImportState, InjectLatency, KillPod } from "./schemas.js";
import { evaluateHypothesis, killPods, restoreJsonSnapshot, restoreSnapshot, runToxiproxy } from "./experiments.js";

type ToolHandler = (args: unknown) => Promise<CallToolResult>;

const ok = (text: string): CallToolResult => ({ content: [{ type: "text", text }] });

const lastMetrics: Record<string, Record<string, number>> = {};

export const handlers: Record<string, ToolHandler> = {
  inject_latency: async (raw) => {
    const { service, delayMs, durationSec } = InjectLatency.parse(raw);
    return ok(await runToxiproxy(service, delayMs, durationSec));
  },
  kill_pods: async (raw) => {
    const args = KillPod.parse(raw);
    return ok(killPods(args.namespace, args.selector));
  },
  import_state: async (raw) => {
    const { snapshot } = ImportState.parse(raw);
    const state = restoreSnapshot(snapshot);
    return ok(`restored ${Object.keys(state as object).length} keys`);
  },
  import_json_state: async (raw) => {
    const { snapshot } = ImportJson.parse(raw);
    const state = restoreJsonSnapshot(snapshot) as Record<string, unknown>;
    return ok(`restored ${Object.keys(state).length} keys`);
  },
  check_hypothesis: async (raw) => {
    const { experiment, check } = Hypothesis.parse(raw);
    const metrics = lastMetrics[experiment] ?? {};
    return ok(evaluateHypothesis(check, metrics) ? "hypothesis holds" : "hypothesis violated");
  },
};

export const toolList = [
  {
    name: "inject_latency",
    description: "Add latency to one service through toxiproxy for a limited time",
    // ok: weak-input-schema
    inputSchema: {
      type: "object",
      properties: {
        service: { type: "string", enum: ["checkout", "search", "inventory", "notifications"] },
        delayMs: { type: "integer", minimum: 10, maximum: 5000 },
        durationSec: { type: "integer", minimum: 5, maximum: 600 },
      },
      required: ["service", "delayMs", "durationSec"],
    },
    annotations: { destructiveHint: false, openWorldHint: true },
  },
  {
    name: "kill_pods",
    description: "Delete pods matching a label selector (they are recreated by their deployment)",
    inputSchema: {
      type: "object",
      properties: { namespace: { type: "string" }, selector: { type: "string" } },
      required: ["namespace", "selector"],
    },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  {
    name: "import_state",
    description: "Restore an experiment state snapshot exported by chaosctl",
    inputSchema: { type: "object", properties: { snapshot: { type: "string" } }, required: ["snapshot"] },
  },
  {
    name: "import_json_state",
    description: "Restore an experiment state snapshot in JSON form",
    inputSchema: { type: "object", properties: { snapshot: { type: "string" } }, required: ["snapshot"] },
  },
  {
    name: "check_hypothesis",
    description: "Check the steady-state hypothesis of an experiment against its last metrics",
    inputSchema: {
      type: "object",
      properties: { experiment: { type: "string" }, check: { type: "string" } },
      required: ["experiment", "check"],
    },
  },
];
