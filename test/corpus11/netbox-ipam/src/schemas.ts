import { z } from "zod";

export const ListPrefixesArgs = z.object({
  site: z.string().regex(/^[a-z0-9-]+$/).optional(),
  vrf: z.string().regex(/^[a-z0-9-]+$/).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});

export const GetDeviceArgs = z.object({
  id: z.number().int().positive(),
});

export const LookupAddressArgs = z.object({
  address: z.string(),
});

export const FetchConfigContextArgs = z.object({
  url: z.string().url(),
});

export const RawQueryArgs = z.object({
  endpoint: z.string(),
  // ruleid: weak-input-schema
  params: z.record(z.any()).optional(),
});

export type ListPrefixesArgs = z.infer<typeof ListPrefixesArgs>;
export type GetDeviceArgs = z.infer<typeof GetDeviceArgs>;
