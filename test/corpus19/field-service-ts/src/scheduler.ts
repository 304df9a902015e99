import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileP = promisify(execFile);

export interface Visit {
  id: string;
  technician: string;
  site: string;
  window: { from: string; to: string };
  skills: string[];
}

export const defaults = {
  horizonDays: 7,
  maxVisitsPerDay: 6,
  solver: "greedy",
  region: "north",
};

export type PlanOptions = typeof defaults;

export async function solvePlan(visits: Visit[], opts: Partial<PlanOptions>): Promise<string> {
  const cfg = { ...defaults, ...opts };
  const argv = ["--solver", cfg.solver, "--horizon", String(cfg.horizonDays), "--max", String(cfg.maxVisitsPerDay), "--region", cfg.region];
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("fsm-planner", argv, { input: JSON.stringify(visits) } as any);
  return stdout;
}
