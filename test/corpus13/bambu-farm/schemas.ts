import { z } from "zod";

export const SliceArgs = z.object({
  model: z.string().describe("model file name in the uploads folder"),
  profile: z.enum(["pla-0.20", "petg-0.24", "tpu-0.28"]),
  slicerCommand: z.string().default("bambu-studio --slice 0"),
  // ruleid: weak-input-schema
  overrides: z.record(z.any()).optional(),
});

export const QueueArgs = z.object({
  jobFile: z.string().describe("job file name, relative to the farm root"),
  printer: z.string().regex(/^[A-Z0-9]{15}$/).describe("printer serial"),
});

export const PrinterArgs = z.object({
  printer: z.string().regex(/^[A-Z0-9]{15}$/),
});

export const PurgeArgs = z.object({ days: z.number().int().min(1).max(365) });

export type SliceInput = z.infer<typeof SliceArgs>;
