import type { Reading } from "./hub.js";

export type Rule = (r: Reading) => boolean;

/** Excursion rule written by QA, e.g. "r.tempC > 8 || (r.door && r.tempC > 5)". */
export function compileRule(source: string): Rule {
  // ruleid: tool-input-to-eval
  return new Function("r", `return (${source});`) as Rule;
}

const PRESET_RULES: Record<string, Rule> = {
  vaccines: (r) => r.tempC < 2 || r.tempC > 8,
  frozen: (r) => r.tempC > -18,
  produce: (r) => r.tempC > 4 || r.humidity < 85,
};

export function presetRule(name: string): Rule {
  const rule = PRESET_RULES[name];
  if (!rule) throw new Error(`unknown preset ${name}`);
  return rule;
}

export function summarise(readings: Reading[], rule: Rule) {
  const bad = readings.filter(rule);
  return { total: readings.length, excursions: bad.length, first: bad[0]?.at ?? null };
}
