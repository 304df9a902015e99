import { z } from "zod";

export const SeedArgs = z.object({
  tournament: z.string().uuid(),
  method: z.enum(["elo", "elo_plus_form", "random_within_tiers"]),
  weightExpr: z.string().max(200).optional().describe("extra weighting expression over elo and wins"),
});

export const StandingsArgs = z.object({
  tournament: z.string().uuid(),
  group: z.string().max(10),
});

export const ReportArgs = z.object({
  matchId: z.number().int().positive(),
  scoreA: z.number().int().min(0),
  scoreB: z.number().int().min(0),
  reporter: z.string().max(60),
});

export const MatchArgs = z.object({ matchId: z.number().int().positive() });

export type Seed = z.infer<typeof SeedArgs>;
export type Report = z.infer<typeof ReportArgs>;
