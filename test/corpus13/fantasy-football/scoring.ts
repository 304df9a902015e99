export type Scoring = Record<string, number>;

export const DEFAULT_SCORING: Scoring = {
  pass_yd: 0.04,
  pass_td: 4,
  pass_int: -2,
  rush_yd: 0.1,
  rush_td: 6,
  rec: 0.5,
  rec_yd: 0.1,
  rec_td: 6,
  fum_lost: -2,
};

export function parseScoringSettings(raw: string): Scoring {
  // ok: unsafe-deserialization
  const parsed = JSON.parse(raw) as Record<string, unknown>;
  const out: Scoring = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (k in DEFAULT_SCORING && typeof v === "number") out[k] = v;
  }
  return { ...DEFAULT_SCORING, ...out };
}

export function scoreWeek(stats: Record<string, number>, scoring: Scoring, bonusFormula?: string): number {
  let total = 0;
  for (const [stat, mult] of Object.entries(scoring)) total += (stats[stat] ?? 0) * mult;
  if (bonusFormula) {
    const scope = Object.entries(stats).map(([k, v]) => `const ${k} = ${Number(v)};`).join(" ");
    // ruleid: tool-input-to-eval
    total += Number(eval(`${scope} (${bonusFormula})`)) || 0;
  }
  return total;
}
