// Runs engine fuzz jobs (worker.mjs) over index ranges in worker threads and merges what they
// report. A worker that crashes is replaced, starting after the crashing index; one that stops
// beating for `hangMs` is terminated and its index recorded as a hang.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./worker.mjs', import.meta.url);

/**
 * @param {object} o
 * @param {string} o.root          repository root (seed files)
 * @param {string} [o.dist]        the built bundles (default <root>/dist)
 * @param {'inputs'|'incremental'} o.job
 * @param {boolean|'deep'} [o.targeted]  inputs job: makeTargetedInput (true) or deepInputs ('deep')
 *                                 instead of makeInput
 * @param {number} o.runSeed
 * @param {number} o.count         indices 0..count-1
 * @param {number} [o.start]       first index (default 0)
 * @param {number} o.limitMs       per-input time limit
 * @param {number} [o.workers]     parallel workers (default 1)
 * @param {number} [o.hangMs]      no heartbeat for this long = hang (default 30 s)
 * @param {number} [o.generated]   generated seed servers (default 12)
 * @param {number} [o.editsPerSequence] (incremental job; default 12)
 * @param {(s: object) => void} [o.onProgress]
 */
export async function runEngineJobs(o) {
  const total = {
    job: o.job,
    runs: 0,
    steps: 0,
    bytes: 0,
    incomplete: {},
    timeouts: [],
    slowest: null,
    mismatches: [],
    crashes: [],
    hangs: [],
    failures: [],
    /** Inputs run by a worker that hung after its last report (counted in runs, details lost). */
    unreported: 0,
  };
  const merge = (s) => {
    total.runs += s.runs;
    total.steps += s.steps;
    total.bytes += s.bytes;
    for (const [k, v] of Object.entries(s.incomplete)) total.incomplete[k] = (total.incomplete[k] ?? 0) + v;
    total.timeouts.push(...s.timeouts);
    total.mismatches.push(...s.mismatches);
    if (s.slowest && (!total.slowest || s.slowest.ms > total.slowest.ms)) total.slowest = s.slowest;
  };
  const start = o.start ?? 0;
  const end = start + o.count;
  const lanes = Math.max(1, Math.min(o.workers ?? 1, o.count));
  const per = Math.ceil(o.count / lanes);
  const ranges = [];
  for (let a = start; a < end; a += per) ranges.push([a, Math.min(end, a + per)]);
  await Promise.all(ranges.map(([a, b]) => lane(a, b)));
  return total;

  async function lane(from, to) {
    while (from < to) {
      const next = await runWorker(from, to);
      from = next;
    }
  }

  /** Runs one worker from `from`; resolves with the index to continue from. */
  function runWorker(from, to) {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    progress[0] = from;
    const worker = new Worker(WORKER, {
      workerData: { root: o.root, dist: o.dist ?? join(o.root, 'dist'), job: o.job, targeted: o.targeted ?? false, runSeed: o.runSeed, from, to, limitMs: o.limitMs, generated: o.generated ?? 12, editsPerSequence: o.editsPerSequence ?? 12, progress },
      // About the main thread's stack, so "nested too deeply" happens where it would in the CLI.
      resourceLimits: { stackSizeMb: 1 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    return new Promise((resolve) => {
      let settled = false;
      let resumeAt = to;
      let lastBeat = -1;
      let lastChange = Date.now();
      let reportedUpTo = from;
      const hangMs = o.hangMs ?? 30_000;
      const watchdog = setInterval(() => {
        const b = Atomics.load(progress, 1);
        if (b !== lastBeat) {
          lastBeat = b;
          lastChange = Date.now();
          return;
        }
        if (Date.now() - lastChange > hangMs) {
          const index = Atomics.load(progress, 0);
          total.hangs.push({ index, seconds: hangMs / 1000 });
          // Inputs finished after the worker's last report ran, but their details are lost.
          total.runs += index - reportedUpTo;
          total.unreported += index - reportedUpTo;
          resumeAt = index + 1;
          worker.terminate();
        }
      }, 250);
      const finish = () => {
        if (settled) return;
        settled = true;
        clearInterval(watchdog);
        resolve(resumeAt);
      };
      worker.on('message', (m) => {
        if (m.type === 'progress' || m.type === 'done' || m.type === 'crash') merge(m.stats);
        if (m.type === 'progress') reportedUpTo = m.next;
        if (m.type === 'crash') {
          total.crashes.push({ ...m.crash, text: m.text });
          resumeAt = m.crash.index + 1;
        }
        if (m.type === 'failure') total.failures.push({ ...m.failure, text: m.text });
        if (m.type === 'progress') o.onProgress?.(total);
      });
      worker.on('error', (e) => {
        // An error thrown outside the per-input try (loading the engine, a stack overflow in the
        // worker's own code): a crash at the current index.
        const index = Atomics.load(progress, 0);
        const started = Atomics.load(progress, 1) > 0;
        total.crashes.push({ index, error: `worker error${started ? '' : ' before the first input'}: ${e?.message ?? e}`, stack: String(e?.stack ?? '') });
        // A worker that cannot even start (no dist/, a broken engine bundle) would fail the same
        // way for every index: give up on this range.
        resumeAt = started ? index + 1 : to;
      });
      worker.on('exit', finish);
    });
  }
}
