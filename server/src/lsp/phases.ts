// Per-phase timings of the keystroke path, for benchmarks only: set MCP_WARDEN_PHASES=1 and the
// server prints, on shutdown, the p50/p95/total of each phase (apply edit, re-parse, analysis,
// conversion, send) to stderr. Off by default: then `time` is a plain call.

import { PerformanceObserver, constants } from 'node:perf_hooks';

const enabled = process.env.MCP_WARDEN_PHASES === '1';
const samples = new Map<string, number[]>();

// Garbage-collection pauses too (a cause of per-edit tails), by kind.
if (enabled) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = ((e as unknown as { detail?: { kind?: number } }).detail)?.kind;
      record(`gc ${kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : kind === constants.NODE_PERFORMANCE_GC_MAJOR ? 'major' : kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL ? 'incremental' : 'weak callbacks'}`, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
}

/** Runs `fn`, adding its duration to phase `name` when timing is on. */
export function time<T>(name: string, fn: () => T): T {
  if (!enabled) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    let list = samples.get(name);
    if (!list) samples.set(name, (list = []));
    list.push(performance.now() - t0);
  }
}

/** Adds a duration measured elsewhere to phase `name` (when timing is on). */
export function record(name: string, ms: number): void {
  if (!enabled) return;
  let list = samples.get(name);
  if (!list) samples.set(name, (list = []));
  list.push(ms);
}

/** The summary as text (empty when timing is off or nothing ran). */
export function phaseSummary(): string {
  const out: string[] = [];
  for (const [name, list] of samples) {
    const s = [...list].sort((a, b) => a - b);
    const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
    const total = s.reduce((a, b) => a + b, 0);
    out.push(`phase ${name}: n=${s.length} p50=${at(50).toFixed(2)} ms p95=${at(95).toFixed(2)} ms total=${total.toFixed(0)} ms`);
  }
  return out.join('\n');
}

export const phasesEnabled = enabled;
