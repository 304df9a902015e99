import { execa } from "execa";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { TARGETS, ScenarioOptions } from "./scenarios.js";

const SUMMARY_DIR = "/var/lib/k6/summaries";

export async function runScenario(file: string, opts: ScenarioOptions): Promise<string> {
  const summary = path.join(SUMMARY_DIR, `${Date.now()}.json`);
  if (opts.extraFlags) {
    // ruleid: tool-input-to-shell
    const res = await execa(`k6 run ${opts.extraFlags} --summary-export ${summary} ${file}`, { shell: true, env: { BASE_URL: TARGETS[opts.target] } });
    return res.stdout;
  }
  const args = ["run", "--vus", String(opts.vus), "--duration", opts.duration, "--summary-export", summary, file];
  // ok: tool-input-to-shell
  const res = await execa("k6", args, { env: { BASE_URL: TARGETS[opts.target] } });
  return res.stdout;
}

export async function summarize(run = "latest"): Promise<Record<string, number>> {
  // ruleid: tool-input-to-path
  const raw = await readFile(path.join(SUMMARY_DIR, `${run}.json`), "utf8");
  const data = JSON.parse(raw);
  return {
    p95: data.metrics.http_req_duration["p(95)"],
    p99: data.metrics.http_req_duration["p(99)"],
    errors: data.metrics.http_req_failed.value,
    rps: data.metrics.http_reqs.rate,
  };
}

export function evaluateThreshold(expression: string, summary: Record<string, number>): boolean {
  const names = Object.keys(summary);
  // ruleid: tool-input-to-eval
  const fn = new Function(...names, `return (${expression});`);
  return Boolean(fn(...names.map((n) => summary[n])));
}

const THRESHOLD = /^(p95|p99|errors|rps)\s*(<|<=|>|>=)\s*([0-9]{1,6}(?:\.[0-9]{1,3})?)$/;

export function evaluateThresholdStrict(expression: string, summary: Record<string, number>): boolean {
  const m = THRESHOLD.exec(expression.trim());
  if (!m) throw new Error("expected e.g. 'p95 < 300'");
  const [, metric, op, limit] = m;
  // ok: tool-input-to-eval
  return eval(`${Number(summary[metric])} ${op} ${limit}`);
}
