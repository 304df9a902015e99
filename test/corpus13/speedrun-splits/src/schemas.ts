import { z } from "zod";

export const SplitsFile = {
  file: z.string().min(1).max(200).describe("splits file (.lss), relative to the splits folder"),
};

export const ExportArgs = {
  file: z.string().min(1).max(200),
  target: z.string().describe("where to write the CSV export"),
};

export const CompareArgs = {
  file: z.string().min(1).max(200),
  comparison: z.enum(["Personal Best", "Best Segments", "Average Segments"]),
  scoreExpr: z.string().optional().describe("optional JS expression over `pb` and `sob` to rank segments"),
};

export const RestoreArgs = {
  state: z.string().describe("timer state previously returned by save_timer_state"),
};

export interface Ctx {
  splitsRoot: string;
}
