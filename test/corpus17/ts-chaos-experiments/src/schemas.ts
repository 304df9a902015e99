import { z } from "zod";

export const TARGETS = ["checkout", "search", "inventory", "notifications"] as const;

export const InjectLatency = z.object({
  service: z.enum(TARGETS),
  delayMs: z.number().int().min(10).max(5000),
  durationSec: z.number().int().min(5).max(600),
});

export const KillPod = z.object({
  namespace: z.string().regex(/^[a-z0-9-]{1,63}$/),
  selector: z.string(),
});

export const ImportState = z.object({
  snapshot: z.string().describe("base64 snapshot exported by chaosctl"),
});

export const ImportJson = z.object({
  snapshot: z.string(),
});

export const Hypothesis = z.object({
  experiment: z.string(),
  check: z.string().describe("JS expression over the metrics object, e.g. metrics.p95 < 300"),
});

