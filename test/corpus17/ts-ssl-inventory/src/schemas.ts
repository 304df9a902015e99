import { z } from "zod";

export const HostParams = z.object({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(443),
});

export const CtLogParams = z.object({
  domain: z.string().regex(/^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$/),
});

export const WebhookParams = z.object({
  webhookUrl: z.string().url(),
  days: z.number().int().min(1).max(120).default(30),
});

export const ProbeParams = z.object({
  url: z.string().url(),
});

export const ImportParams = z.object({
  source: z.string(),
  // ruleid: weak-input-schema
  options: z.record(z.any()).optional(),
});

export type Cert = { host: string; port: number; issuer: string; notAfter: string };
