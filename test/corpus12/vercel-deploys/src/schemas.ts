import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "project slug");
const deploymentId = z.string().regex(/^dpl_[A-Za-z0-9]{20,40}$/, "deployment id (dpl_…)");

export const deployShape = {
  project: slug,
  prod: z.boolean().default(false),
};

export const logsShape = {
  deployment: z.string().describe("Deployment URL or id"),
};

export const inspectShape = {
  deploymentId: z.string().max(200),
};

export const aliasShape = {
  deployment: deploymentId,
  domain: z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, "domain name"),
};

export const removeShape = {
  deploymentId,
};

export type DeployArgs = z.infer<z.ZodObject<typeof deployShape>>;
