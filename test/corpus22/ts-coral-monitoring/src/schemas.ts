import { z } from "zod";

export const ReefSite = z.string().regex(/^[a-z0-9-]{3,40}$/);

export const ImportTransectInput = z.object({
  site: ReefSite,
  payload: z.string().max(200_000).describe("Transect export as produced by the diver tablet app"),
});

export const RestoreSessionInput = z.object({
  blob: z.string().describe("Base64 session blob saved by save_session"),
});

export const BleachingQueryInput = z.object({
  site: z.string(),
  minSeverity: z.number().int().min(0).max(4).default(1),
  orderBy: z.string().default("observed_at"),
});

export const SurveyConfigInput = z.object({
  yamlText: z.string().max(20_000),
});

export const QuadratStatsInput = z.object({
  site: ReefSite,
  year: z.number().int().min(1990).max(2100),
});

export type ImportTransect = z.infer<typeof ImportTransectInput>;
