import { pool, groupFilter, selectStandings, teamsOf } from "./db.js";
import type { Seed, Report } from "./schemas.js";

const METHODS: Record<Seed["method"], string> = {
  elo: "return elo;",
  elo_plus_form: "return elo + 25 * wins;",
  random_within_tiers: "return Math.floor(elo / 100) * 100 + Math.random() * 50;",
};

export class BracketService {
  async seed(args: Seed) {
    const teams = await teamsOf(args.tournament);
    // ok: tool-input-to-eval
    const rate = new Function("elo", "wins", METHODS[args.method]) as (elo: number, wins: number) => number;
    let weight = (_e: number, _w: number) => 0;
    if (args.weightExpr) {
      // ruleid: tool-input-to-eval
      weight = new Function("elo", "wins", `return (${args.weightExpr});`) as typeof weight;
    }
    const seeded = teams
      .map((t) => ({ ...t, rating: rate(t.elo, t.wins) + weight(t.elo, t.wins) }))
      .sort((a, b) => b.rating - a.rating);
    return seeded.map((t, i) => `${i + 1}. ${t.name} (${Math.round(t.rating)})`).join("\n");
  }

  async standings(tournament: string, group: string) {
    return selectStandings(groupFilter(tournament, group));
  }

  async report(args: Report) {
    const { matchId, scoreA, scoreB, reporter } = args;
    // ok: tool-input-to-sql
    await pool.query("UPDATE matches SET score_a = $1, score_b = $2, reported_by = $3, status = 'done' WHERE id = $4", [scoreA, scoreB, reporter, matchId]);
    return `match ${matchId} reported ${scoreA}-${scoreB}`;
  }

  async match(matchId: number) {
    const { rows } = await pool.query("SELECT * FROM matches WHERE id = $1", [matchId]);
    return rows[0] ?? null;
  }
}
