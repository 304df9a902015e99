import { z } from "zod";

export const selector = z.string().regex(/^[A-Za-z0-9_+@:.,* -]{1,200}$/, "invalid dbt selector");

export const RunParams = z.object({
  command: z.enum(["run", "test", "build", "seed", "snapshot"]),
  select: selector.optional(),
  exclude: selector.optional(),
  fullRefresh: z.boolean().default(false),
  target: z.enum(["dev", "ci", "prod"]).default("dev"),
});
export type RunParams = z.infer<typeof RunParams>;

export const ArtifactParams = z.object({
  target: z.string().describe("dbt target folder name, usually 'target'"),
  artifact: z.string().endsWith(".json").default("manifest.json").describe("manifest.json, run_results.json, catalog.json, ..."),
});

export const CompiledSqlParams = z.object({
  model: z.string().describe("Path of the model file, relative to the project's models/ folder"),
});

export const DocsParams = z.object({
  port: z.number().int().min(1024).max(65535).default(8081),
  extraArgs: z.string().default("").describe("Extra flags passed to `dbt docs serve`"),
});
