import path from "node:path";

export const SCENARIO_DIR = path.resolve(process.env.K6_SCENARIOS ?? "./scenarios");

export interface ScenarioOptions {
  scenario: string;
  vus: number;
  duration: string;
  target: "staging" | "perf";
  extraFlags?: string;
}

export const TARGETS: Record<ScenarioOptions["target"], string> = {
  staging: "https://staging.shop-internal.example",
  perf: "https://perf.shop-internal.example",
};

export function scenarioFile(name: string): string {
  return path.join(SCENARIO_DIR, `${name}.js`);
}
