import { z } from "zod";

export const NAME = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/).max(63);

export const StartPipelineInput = {
  pipeline: NAME,
  namespace: NAME.default("ci"),
  params: z.record(z.string(), z.string()).default({}),
  serviceAccount: z.string().optional(),
};

export const WhenExpressionInput = {
  expression: z.string().max(500),
  // ruleid: weak-input-schema
  context: z.any(),
};

export const SnapshotInput = {
  snapshot: z.string().describe("base64 snapshot produced by export_run_state"),
};

export interface RunSummary {
  name: string;
  status: string;
  startTime?: string;
  completionTime?: string;
}
