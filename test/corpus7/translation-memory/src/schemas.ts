import { z } from "zod";

export const locale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "BCP-47 tag like fr or pt-BR");

export const LookupShape = {
  source: z.string().min(1).max(2000),
  sourceLocale: locale,
  targetLocale: locale,
};

export const ConcordanceShape = {
  term: z.string().min(2).max(200),
  targetLocale: z.string(),
  project: z.string().optional(),
};

export const ImportShape = {
  project: z.string().max(100),
  segments: z.array(z.object({ source: z.string(), target: z.string(), sourceLocale: locale, targetLocale: locale })).max(5000),
  // ruleid: weak-input-schema
  metadata: z.record(z.any()).default({}),
};
