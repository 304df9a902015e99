import { z } from "zod";

export const SearchArgs = z.object({
  pattern: z.string().min(1).max(500),
  dir: z.string().default("."),
  glob: z.string().max(100).optional(),
  caseSensitive: z.boolean().default(false),
});

export const SymbolArgs = z.object({
  file: z.string().max(400),
  kinds: z.string().max(20).default("fmc"),
});

export const CountArgs = z.object({
  pattern: z.string().min(1).max(200),
  type: z.string().max(20).optional(),
});

export type SearchArgs = z.infer<typeof SearchArgs>;
