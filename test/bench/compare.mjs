// Section (d) of `npm run bench`: MCP Warden's CLI against the scanners people already run, on
// the same files of the generated workspace (bench.mjs section (b), generate.mjs generateTree):
//   JS/TS files:  `mcp-warden check` vs ESLint + eslint-plugin-security (its recommended rules
//                 only; @typescript-eslint/parser for .ts/.mts/.cts, no type information);
//   Python files: `mcp-warden check` vs Bandit (`bandit -r <dir> -f json -q`, all default tests).
// Each figure is the wall time of the whole process (start-up included), best of RUNS runs.
// All three are single-threaded here (ESLint's --concurrency is off by default).
//
// The tools are not dependencies of the extension: ESLint and its plugins (pinned below) are
// installed on first use into ${XDG_CACHE_HOME:-~/.cache}/mcp-warden-bench/ with
// `npm install --prefix`, and a marker file records the pinned versions so it happens once.
// Bandit is used when it is on PATH (Debian/Ubuntu: `apt-get install bandit`); otherwise a note
// says how to get it. A missing or failing tool gives a note, never an exception.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliJs = join(root, 'dist', 'cli.js');

/** Exact versions installed into the cache (typescript is @typescript-eslint/parser's peer). */
export const ESLINT_PINS = {
  eslint: '10.16.0',
  'eslint-plugin-security': '4.1.0',
  '@typescript-eslint/parser': '8.74.0',
  typescript: '5.9.3',
};
const RUNS = 3;
/** No new run of a tool starts once its runs so far took this long (the row says how many ran). */
const TOOL_BUDGET_MS = 120_000;
const PROCESS_TIMEOUT_MS = 300_000;
const JS_LANGS = new Set(['typescript', 'javascript']);

export function benchCacheDir() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mcp-warden-bench');
}

/** Installs the pinned ESLint set into the cache once; → { bin, nodeModules } or { error }. */
function ensureEslint(log) {
  const dir = benchCacheDir();
  const nodeModules = join(dir, 'node_modules');
  const bin = join(nodeModules, 'eslint', 'bin', 'eslint.js');
  const marker = join(dir, 'installed.json');
  const want = JSON.stringify(ESLINT_PINS);
  try {
    if (existsSync(bin) && readFileSync(marker, 'utf8') === want) return { bin, nodeModules };
  } catch {
    // no marker yet
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    return { error: `cannot create ${dir} (${e.message})` };
  }
  const specs = Object.entries(ESLINT_PINS).map(([name, v]) => `${name}@${v}`);
  log(`(d) installing ${specs.join(' ')} into ${dir} (once)…`);
  const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', ...specs], { cwd: dir, encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });
  if (r.error || r.status !== 0 || !existsSync(bin)) {
    const lines = (r.stderr ?? '').split('\n').filter((l) => l.trim() && !l.includes('complete log'));
    const why = r.error?.message ?? lines.find((l) => l.startsWith('npm error')) ?? lines.pop() ?? `exit ${r.status}`;
    return { error: `npm install into ${dir} failed (${why})` };
  }
  try {
    writeFileSync(marker, want);
  } catch {
    // installs again next time
  }
  return { bin, nodeModules };
}

/** Runs `once` up to RUNS times (time-boxed) and keeps the fastest; stops at the first error. */
function bestOf(once) {
  let best;
  let runs = 0;
  const t0 = performance.now();
  while (runs < RUNS && (runs === 0 || performance.now() - t0 < TOOL_BUDGET_MS)) {
    const x = once();
    runs++;
    if (x.error) return x;
    if (best === undefined || x.wall < best.wall) best = x;
  }
  return { ...best, runs };
}

function timed(cmd, args, cwd) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS, maxBuffer: 64 << 20 });
  return { r, wall: performance.now() - t0 };
}

const lastLine = (s) => (s ?? '').trim().split('\n').pop();
const failure = (r) => r.error?.message ?? `exit ${r.status}: ${lastLine(r.stderr)}`;

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function wardenRun(treeDir, targets, out) {
  rmSync(out, { force: true });
  const { r, wall } = timed(process.execPath, [cliJs, 'check', ...targets, '--format', 'json', '--fail-on', 'never', '--output', out], treeDir);
  const json = r.status === 0 ? readJson(out) : undefined;
  if (json === undefined) return { error: failure(r) };
  return { wall, files: json.summary.files, count: json.summary.findings };
}

function eslintRun(eslint, config, treeDir, targets, out) {
  rmSync(out, { force: true });
  const { r, wall } = timed(process.execPath, [eslint.bin, '--config', config, '--format', 'json', '--output-file', out, ...targets], treeDir);
  // Exit 1 = lint errors (parse errors count as such); 2 = ESLint itself failed.
  const json = r.status === 0 || r.status === 1 ? readJson(out) : undefined;
  if (!Array.isArray(json)) return { error: failure(r) };
  let count = 0;
  const parseErrors = [];
  for (const f of json) {
    for (const m of f.messages) {
      if (m.fatal) parseErrors.push(m.message);
      else count++;
    }
  }
  return { wall, files: json.length, count, parseErrors };
}

function banditRun(treeDir, targets, out) {
  rmSync(out, { force: true });
  const { r, wall } = timed('bandit', ['-r', ...targets, '-f', 'json', '-q', '-o', out], treeDir);
  // Exit 1 = issues found.
  const json = r.status === 0 || r.status === 1 ? readJson(out) : undefined;
  if (json?.results === undefined) return { error: failure(r) };
  const files = Object.keys(json.metrics ?? {}).filter((k) => k !== '_totals').length;
  return { wall, files, count: json.results.length, errors: json.errors ?? [] };
}

/**
 * The paths to hand every tool for one language group: the workspace's top-level directories
 * when each holds only that group's files (generateTree's ts/, js/, py/), else the files.
 */
function targetsFor(files, inGroup) {
  const mine = files.filter((f) => inGroup(f.lang));
  const top = (f) => (f.path.includes('/') ? f.path.split('/')[0] : undefined);
  const dirs = new Set(mine.map(top));
  const shared = dirs.has(undefined) || files.some((f) => !inGroup(f.lang) && dirs.has(top(f)));
  return shared ? mine.map((f) => f.path) : [...dirs].sort();
}

const secs = (x) => `${(x.wall / 1000).toFixed(2)} s, ${(x.files / (x.wall / 1000)).toFixed(0)} files/s`;
const ratio = (tool, warden) => {
  const k = tool.wall / warden.wall;
  return k >= 1 ? `${k.toFixed(1)}× slower` : `${k.toFixed(2)}× (faster)`;
};

/**
 * Times the comparison on the generated workspace at `treeDir` (`files` as generateTree returns
 * them). Scratch files go beside `treeDir`. → { rows: [{ metric, value, target }], notes }.
 */
export function compare(treeDir, files, { log = () => {} } = {}) {
  const rows = [];
  const notes = [];
  const row = (metric, value, target = '') => rows.push({ metric, value, target });
  const scratch = join(treeDir, '..');
  const TARGET = 'several times faster';
  const jsFiles = files.filter((f) => JS_LANGS.has(f.lang)).length;
  const pyFiles = files.filter((f) => f.lang === 'python').length;
  /** Tools that ran fewer than RUNS times (time box). */
  const fewer = [];
  const ran = (name, x) => {
    if (!x.error && x.runs < RUNS) fewer.push(`${name} ${x.runs}`);
  };
  notes.push(`(d) load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} when (d) started (the machine may be shared)`);

  // --- JS/TS: MCP Warden vs ESLint + eslint-plugin-security
  if (jsFiles > 0) {
    const targets = targetsFor(files, (l) => JS_LANGS.has(l));
    log(`(d) MCP Warden CLI on ${jsFiles} JS/TS files…`);
    const w = bestOf(() => wardenRun(treeDir, targets, join(scratch, 'd-warden-js.json')));
    if (w.error) notes.push(`(d) MCP Warden CLI on the JS/TS files failed: ${w.error}`);
    else row(`MCP Warden CLI, JS/TS: ${w.files} files, ${w.count} findings`, secs(w));
    ran('MCP Warden JS/TS', w);
    const eslint = ensureEslint(log);
    if (eslint.error) notes.push(`(d) ESLint comparison skipped: ${eslint.error}`);
    else {
      const config = join(scratch, 'd-eslint.config.mjs');
      writeFileSync(
        config,
        [
          `import { createRequire } from 'node:module';`,
          `const require = createRequire(${JSON.stringify(eslint.nodeModules + '/')});`,
          `const security = require('eslint-plugin-security');`,
          `const tsParser = require('@typescript-eslint/parser');`,
          `export default [`,
          `  { files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.mts', '**/*.cts'], ...security.configs.recommended },`,
          `  { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } },`,
          `];`,
          '',
        ].join('\n'),
      );
      log(`(d) ESLint + eslint-plugin-security on the same files…`);
      const e = bestOf(() => eslintRun(eslint, config, treeDir, targets, join(scratch, 'd-eslint.json')));
      ran('ESLint', e);
      if (e.error) notes.push(`(d) ESLint failed: ${e.error}`);
      else {
        row(`ESLint ${ESLINT_PINS.eslint} + security plugin: ${e.files} files, ${e.count} warnings`, secs(e));
        if (!w.error) row('  ESLint time / MCP Warden time', ratio(e, w), TARGET);
        if (e.parseErrors.length > 0) {
          const kinds = [...new Set(e.parseErrors)].slice(0, 2).join('; ');
          notes.push(`(d) ESLint could not parse ${e.parseErrors.length} of the files (${kinds}); they are counted in its files, with no warnings`);
        }
        if (!w.error && e.files !== w.files) notes.push(`(d) ESLint linted ${e.files} files, MCP Warden ${w.files}: the JS/TS comparison is not on identical file sets`);
      }
    }
  }

  // --- Python: MCP Warden vs Bandit
  if (pyFiles > 0) {
    const targets = targetsFor(files, (l) => l === 'python');
    log(`(d) MCP Warden CLI on ${pyFiles} Python files…`);
    const w = bestOf(() => wardenRun(treeDir, targets, join(scratch, 'd-warden-py.json')));
    if (w.error) notes.push(`(d) MCP Warden CLI on the Python files failed: ${w.error}`);
    else row(`MCP Warden CLI, Python: ${w.files} files, ${w.count} findings`, secs(w));
    ran('MCP Warden Python', w);
    const version = spawnSync('bandit', ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (version.error || version.status !== 0) {
      notes.push('(d) Bandit comparison skipped: `bandit` is not on PATH (Debian/Ubuntu: `sudo apt-get install bandit`; elsewhere `pipx install bandit`)');
    } else {
      const bv = /bandit\s+(\S+)/.exec(version.stdout)?.[1] ?? '?';
      log(`(d) Bandit ${bv} on the same files…`);
      const b = bestOf(() => banditRun(treeDir, targets, join(scratch, 'd-bandit.json')));
      ran('Bandit', b);
      if (b.error) notes.push(`(d) Bandit failed: ${b.error}`);
      else {
        row(`Bandit ${bv}: ${b.files} files, ${b.count} issues`, secs(b));
        if (!w.error) row('  Bandit time / MCP Warden time', ratio(b, w), TARGET);
        if (b.errors.length > 0) notes.push(`(d) Bandit reported ${b.errors.length} file error(s), e.g. ${b.errors[0].filename}: ${b.errors[0].reason}`);
        if (!w.error && b.files !== w.files) notes.push(`(d) Bandit scanned ${b.files} files, MCP Warden ${w.files}: the Python comparison is not on identical file sets`);
      }
    }
  }

  if (fewer.length > 0) notes.push(`(d) time box: fewer than ${RUNS} runs for ${fewer.join(', ')}`);
  notes.push(
    `(d) wall time of each whole process (start-up included), best of up to ${RUNS} runs (no new run after ${TOOL_BUDGET_MS / 1000} s of one tool); all single-threaded; ` +
      `ESLint: eslint-plugin-security ${ESLINT_PINS['eslint-plugin-security']} recommended rules only, @typescript-eslint/parser ${ESLINT_PINS['@typescript-eslint/parser']} without type information; Bandit: all default tests`,
  );
  notes.push('(d) the counts are not comparable: MCP Warden follows tool input into sinks across files; eslint-plugin-security and Bandit flag sink patterns per file');
  return { rows, notes };
}
