import { z } from "zod";

export const CameraName = z.string().regex(/^[a-z0-9_]{1,32}$/, "camera names are lower-case identifiers");

export const EventQuery = z.object({
  camera: CameraName,
  label: z.enum(["person", "car", "dog", "cat", "package"]).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

export const RetentionArgs = z.object({
  camera: z.string(),
  days: z.number().int().min(1).max(365),
  dryRun: z.boolean().default(true),
});

export const SnapshotArgs = z.object({
  snapshotUrl: z.string().url(),
  // ruleid: weak-input-schema
  meta: z.any().optional(),
});

export type EventQuery = z.infer<typeof EventQuery>;
export type RetentionArgs = z.infer<typeof RetentionArgs>;
