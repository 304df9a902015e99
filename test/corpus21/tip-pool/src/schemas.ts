import { z } from "zod";

export const ShiftParams = z.object({
  venue: z.enum(["harbour-bar", "old-mill", "rooftop"]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const SplitParams = ShiftParams.extend({
  method: z.enum(["hours", "points", "equal"]),
  weights: z.record(z.string(), z.number()).optional(),
});

export const ReportParams = z.object({
  venue: z.string(),
  month: z.string(),
  columns: z.array(z.string()).default(["staff", "hours", "share"]),
});

export const ImportParams = z.object({
  // ruleid: weak-input-schema
  payload: z.any(),
});

export type SplitInput = z.infer<typeof SplitParams>;
