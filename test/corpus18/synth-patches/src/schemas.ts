import { z } from "zod";

export const ModulationInput = z.object({
  expression: z.string().describe("curve in x (0..1), e.g. Math.sin(x * Math.PI)"),
  points: z.number().int().min(2).max(1024).default(64),
});

export const CurvePresetInput = z.object({
  preset: z.enum(["linear", "exp", "log", "sine"]),
  points: z.number().int().min(2).max(1024).default(64),
});

export const ImportPatchInput = z.object({
  bank: z.string().regex(/^[a-z0-9-]{1,32}$/),
  body: z.string().max(200_000),
  format: z.enum(["json", "legacy-js"]).default("json"),
});

export const TagPatchInput = z.object({
  bank: z.string().regex(/^[a-z0-9-]{1,32}$/),
  patch: z.string(),
  // ruleid: weak-input-schema
  meta: z.record(z.any()),
});

export const ExportPatchInput = z.object({
  bank: z.string().regex(/^[a-z0-9-]{1,32}$/),
  patch: z.string(),
  dest: z.string().describe("file name for the exported .syxjson"),
});

export type Patch = { name: string; oscillators: unknown[]; envelopes: unknown[]; tags?: string[] };
