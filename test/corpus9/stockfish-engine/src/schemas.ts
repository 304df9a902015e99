import { z } from "zod";

export const PositionSchema = z.object({
  // ok: weak-input-schema
  fen: z.string().regex(/^[1-8pnbrqkPNBRQK\/]+ [wb] (-|[KQkq]{1,4}) (-|[a-h][36]) \d+ \d+$/),
  depth: z.number().int().min(1).max(40).default(18),
});

export type Position = z.infer<typeof PositionSchema>;
