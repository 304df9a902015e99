import { z } from "zod";

export const ScanInput = z.object({
  // ok: weak-input-schema
  project: z.string().regex(/^[a-z0-9._-]+$/),
  repository: z.string().regex(/^[a-z0-9._\/-]+$/),
  tag: z.string().regex(/^[\w.-]{1,128}$/),
});

export const WebhookTestInput = z.object({
  endpoint: z.string().url(),
});

export const ReplicationInput = z.object({
  registryUrl: z.string().url(),
});

export type Scan = z.infer<typeof ScanInput>;
