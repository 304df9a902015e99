// `npm run bench`: the performance figures of DESIGN.md, printed as a table.
//   (a) per-edit diagnostics latency through the real language server (dist/server.js, stdio):
//       didChange sent → matching publishDiagnostics (by version), on a ~300-line and a
//       ~5,000-line generated TypeScript MCP server, 200 single-character edits in handlers;
//   (b) throughput on a generated ~1,500-file workspace (TS/JS/Python servers and helpers):
//       engine in-process (files/s, MB/s), tree-sitter parse-only time, analysis/parse ratio,
//       and the CLI end to end;
//   (c) peak RSS (VmHWM) of the language server after opening ~300 documents of that workspace;
//   (d) the CLI against ESLint + eslint-plugin-security (JS/TS files) and Bandit (Python files)
//       on that workspace (compare.mjs; ESLint is installed on first use into a cache folder).
// Benchmarks, not tests: nothing fails on a slow figure. Sections time-box themselves so (a)–(c)
// stay under about two minutes; (d) times three whole scans per tool (one to three minutes more).
// Options: --quick (fewer edits/files), --json, --only a,b,c,d (sections to run; default all).
// With MCP_WARDEN_PHASES=1 in the environment, the server times each phase of the keystroke path
// and (a) prints those figures as notes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import engineMod from '../../dist/engine.js';
import { compare } from './compare.mjs';
import { generateTree, tsHelper, tsServer } from './generate.mjs';

const { Engine, langFromPath } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const QUICK = process.argv.includes('--quick');
/** `--only a,b,c,d`: run only these sections (a latency, b throughput, c memory, d vs other scanners); default all. */
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return i === -1 ? undefined : new Set(process.argv[i + 1]?.split(','));
})();
const runs = (section) => ONLY === undefined || ONLY.has(section);
const EDITS = QUICK ? 40 : 200;
const WARMUP_EDITS = 10;
const TREE_FILES = QUICK ? 300 : 1500;
const OPEN_DOCS = QUICK ? 100 : 300;
/** Per latency run: stop measuring after this long (the figure says how many edits it covers). */
const LATENCY_BUDGET_MS = 35_000;
const EDIT_TIMEOUT_MS = 10_000;

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const rows = [];
const notes = [];
const row = (section, metric, value, target = '') => rows.push({ section, metric, value, target });
const ms = (x) => (x === undefined ? '—' : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);

function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

// ---------------------------------------------------------------------------------------------
// A minimal LSP client over stdio (Content-Length framing), enough to drive the server.

class LspClient {
  constructor(serverJs, { cwd }) {
    this.proc = spawn(process.execPath, [...(process.env.BENCH_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_SERVER_PROF] : []), serverJs, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.buf = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    /** uri → { version, at } of the last publishDiagnostics. */
    this.published = new Map();
    /** key `${uri}#${version}` (or `${uri}#*` when the server sends no version) → resolve. */
    this.waiters = new Map();
    this.stderr = '';
    this.exited = false;
    this.proc.stdout.on('data', (d) => this.onData(d));
    this.proc.stderr.on('data', (d) => { this.stderr = (this.stderr + d).slice(-4000); if (process.env.BENCH_ECHO) process.stderr.write(d); });
    this.proc.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`server exited: ${this.stderr.trim().split('\n').pop() ?? ''}`));
      this.pending.clear();
    });
    this.proc.stdin.on('error', () => {});
  }

  onData(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, headerEnd).toString('ascii'));
      if (!m) throw new Error('bad LSP header from server');
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      this.onMessage(JSON.parse(body), performance.now());
    }
  }

  onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      // A request from the server (registerCapability, workDoneProgress/create, configuration…).
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const { uri, version } = msg.params;
      this.published.set(uri, { version, at, count: msg.params.diagnostics.length });
      const key = `${uri}#${version ?? '*'}`;
      const w = this.waiters.get(key) ?? this.waiters.get(`${uri}#*`);
      if (w) {
        this.waiters.delete(w.key);
        w.resolve(at);
      }
    }
  }

  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the arrival time of publishDiagnostics for `uri` at `version`. */
  waitDiagnostics(uri, version, timeoutMs = EDIT_TIMEOUT_MS) {
    const key = `${uri}#${version}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`no diagnostics for version ${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, {
        key,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
    });
  }

  async initialize(rootDir) {
    const rootUri = pathToFileURL(rootDir).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } }, workspace: {} },
      initializationOptions: { debounceMs: 0 },
    });
    this.notify('initialized', {});
  }

  vmStatus() {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
    } catch {
      return undefined;
    }
  }

  async close() {
    if (this.exited) return;
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await new Promise((r) => {
      if (this.exited) return r();
      const t = setTimeout(() => {
        this.proc.kill();
        r();
      }, 2000);
      this.proc.on('exit', () => {
        clearTimeout(t);
        r();
      });
    });
  }
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

// ---------------------------------------------------------------------------------------------
// (a) per-edit latency

async function latency(serverJs, dir, label, tools, seed) {
  const gen = tsServer({ tools, seed });
  const file = join(dir, `${label}.ts`);
  writeFileSync(file, gen.text);
  writeFileSync(join(dir, 'helpers.ts'), tsHelper({ seed }).text);
  const uri = pathToFileURL(file).href;
  const lines = gen.text.split('\n').length;
  const client = new LspClient(serverJs, { cwd: dir });
  try {
    await client.initialize(dir);
    let version = 1;
    const opened = client.waitDiagnostics(uri, version, 30_000);
    const t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version, text: gen.text } });
    const first = (await opened) - t0;
    const findings = client.published.get(uri)?.count ?? 0;
    // Alternate insert / delete of one character at anchors spread over the handlers, so the
    // text returns to the original after every pair and the anchors stay valid.
    const anchors = gen.anchors;
    const stride = Math.max(1, Math.floor(anchors.length / ((EDITS + WARMUP_EDITS) / 2 + 1)));
    const samples = [];
    let timeouts = 0;
    const started = performance.now();
    for (let i = 0; i < EDITS + WARMUP_EDITS; i++) {
      if (performance.now() - started > LATENCY_BUDGET_MS) {
        notes.push(`${label}: stopped after ${samples.length} measured edits (time box ${LATENCY_BUDGET_MS / 1000} s)`);
        break;
      }
      const anchor = anchors[(Math.floor(i / 2) * stride) % anchors.length];
      const pos = positionAt(gen.text, anchor);
      const insert = i % 2 === 0;
      const change = insert
        ? { range: { start: pos, end: pos }, rangeLength: 0, text: 'x' }
        : { range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, rangeLength: 1, text: '' };
      version++;
      const done = client.waitDiagnostics(uri, version);
      const sent = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      try {
        const at = await done;
        if (i >= WARMUP_EDITS) samples.push(at - sent);
      } catch {
        timeouts++;
        if (timeouts >= 3) {
          notes.push(`${label}: gave up after ${timeouts} edits without diagnostics`);
          break;
        }
      }
    }
    samples.sort((a, b) => a - b);
    return { lines, first, findings, samples, timeouts, client };
  } finally {
    await client.close();
  }
}

// ---------------------------------------------------------------------------------------------
// (b) throughput

/** Timed runs of section (b)'s engine loops (parse only, full analysis); the fastest of each is reported. */
const RUNS = QUICK ? 1 : 5;

async function throughput(treeDir, files) {
  const engine = await Engine.create(dist);
  const texts = files.map((f) => ({ abs: join(treeDir, f.path), lang: langFromPath(f.path), text: readFileSync(join(treeDir, f.path), 'utf8'), bytes: f.bytes }));
  // As the CLI's host (server/src/cli/cli.ts diskHost): a stat gives the version stamp, once per file.
  const versions = new Map();
  const host = {
    readFile(p) {
      try {
        return statSync(p, { throwIfNoEntry: false })?.isFile() ? readFileSync(p, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    version(p) {
      if (!versions.has(p)) {
        const st = statSync(p, { throwIfNoEntry: false });
        versions.set(p, st?.isFile() ? `${st.mtimeMs}:${st.size}` : undefined);
      }
      return versions.get(p);
    },
  };
  const totalBytes = texts.reduce((s, t) => s + t.bytes, 0);
  // Warm up the parsers and the JIT on a slice, then measure the whole tree.
  for (const t of texts.slice(0, 50)) engine.parsers.parse(t.lang, t.text)?.delete();
  // As the CLI analyses (quick fixes are an editor feature, computed after typing pauses).
  for (const t of texts.slice(0, 50)) engine.analyzeText(t.abs, t.text, { host, fixes: false });
  engine.invalidate();

  // Each measured RUNS times, alternating, and the fastest run kept: on a shared machine one run
  // of either can be slowed by others by 10-20%, which would make the ratio a coin toss.
  let parseOnly = Infinity;
  let full = Infinity;
  let last;
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    for (const t of texts) engine.parsers.parse(t.lang, t.text)?.delete();
    parseOnly = Math.min(parseOnly, performance.now() - t0);

    engine.invalidate();
    const r = { parseInAnalysis: 0, analyzeOnly: 0, findings: 0, incomplete: 0, byLang: {} };
    t0 = performance.now();
    for (const t of texts) {
      const a = engine.analyzeText(t.abs, t.text, { host, fixes: false });
      r.parseInAnalysis += a.timings.parseMs;
      r.analyzeOnly += a.timings.analyzeMs;
      r.findings += a.findings.length;
      if (a.incomplete) r.incomplete++;
      const l = (r.byLang[t.lang] ??= { files: 0, ms: 0 });
      l.files++;
      l.ms += a.timings.parseMs + a.timings.analyzeMs;
    }
    const ms = performance.now() - t0;
    if (ms < full) {
      full = ms;
      last = r;
    }
  }
  const { parseInAnalysis, analyzeOnly, findings, incomplete, byLang } = last;
  return { files: texts.length, totalBytes, parseOnly, full, parseInAnalysis, analyzeOnly, findings, incomplete, byLang };
}

function cliRun(treeDir) {
  const out = join(treeDir, '..', 'cli-report.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check', '.', '--format', 'json', '--fail-on', 'never', '--output', out], { cwd: treeDir, encoding: 'utf8', timeout: 120_000 });
  const wall = performance.now() - t0;
  if (r.status !== 0) return { error: `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n').pop()}` };
  const json = JSON.parse(readFileSync(out, 'utf8'));
  return { wall, files: json.summary.files, findings: json.summary.findings };
}

// ---------------------------------------------------------------------------------------------
// (c) memory

async function memory(serverJs, treeDir, files) {
  const client = new LspClient(serverJs, { cwd: treeDir });
  try {
    await client.initialize(treeDir);
    const base = await new Promise((r) => setTimeout(() => r(client.vmStatus()), 300));
    const chosen = files.slice(0, OPEN_DOCS);
    const waits = [];
    const t0 = performance.now();
    for (const f of chosen) {
      const abs = join(treeDir, f.path);
      const uri = pathToFileURL(abs).href;
      const languageId = f.lang === 'python' ? 'python' : f.lang === 'javascript' ? 'javascript' : 'typescript';
      waits.push(client.waitDiagnostics(uri, 1, 60_000).catch(() => undefined));
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(abs, 'utf8') } });
    }
    const arrived = (await Promise.all(waits)).filter((x) => x !== undefined).length;
    const allMs = performance.now() - t0;
    const after = client.vmStatus();
    return { opened: chosen.length, arrived, allMs, base, after };
  } finally {
    await client.close();
  }
}

// ---------------------------------------------------------------------------------------------

function printTable() {
  const head = { section: 'Section', metric: 'Metric', value: 'Value', target: 'Target (DESIGN.md)' };
  const all = [head, ...rows];
  const w = (k) => Math.max(...all.map((r) => String(r[k]).length));
  const widths = { section: w('section'), metric: w('metric'), value: w('value'), target: w('target') };
  const line = (r) => `${String(r.section).padEnd(widths.section)}  ${String(r.metric).padEnd(widths.metric)}  ${String(r.value).padStart(widths.value)}  ${r.target}`;
  const sep = '-'.repeat(widths.section + widths.metric + widths.value + widths.target + 6);
  const out = ['', 'MCP Warden benchmarks' + (QUICK ? ' (--quick)' : ''), `node ${process.version}, ${process.platform}/${process.arch}`, sep, line(head), sep];
  let last;
  for (const r of rows) {
    out.push(line({ ...r, section: r.section === last ? '' : r.section }));
    last = r.section;
  }
  out.push(sep);
  for (const n of notes) out.push(`note: ${n}`);
  process.stdout.write(out.join('\n') + '\n');
}

async function main() {
  const started = performance.now();
  if (!existsSync(join(dist, 'engine.js')) || !existsSync(join(dist, 'cli.js'))) {
    process.stderr.write('bench: dist/ is not built; run `npm run build` (npm run bench does)\n');
    process.exit(2);
  }
  const serverJs = join(dist, 'server.js');
  const haveServer = existsSync(serverJs);
  const tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-bench-'));
  try {
    // (a)
    if (haveServer && runs('a')) {
      for (const [label, tools, seed, target] of [
        ['server-300', 20, 301, 3],
        ['server-5000', 330, 5001, 10],
      ]) {
        log(`(a) per-edit latency on ${label}…`);
        try {
          const r = await latency(serverJs, tmp, label, tools, seed);
          const sec = `(a) edit→diagnostics, ${r.lines} lines`;
          row(sec, 'first diagnostics after didOpen', ms(r.first));
          row(sec, `per-edit p50 (${r.samples.length} edits)`, ms(percentile(r.samples, 50)));
          row(sec, 'per-edit p95', ms(percentile(r.samples, 95)), `≤ ${target} ms`);
          row(sec, 'per-edit max', ms(r.samples.at(-1)));
          row(sec, 'findings in the file', String(r.findings));
          // MCP_WARDEN_PHASES=1: the server's own per-phase timings (printed by it on shutdown).
          for (const l of r.client.stderr.split('\n')) if (l.startsWith('phase ')) notes.push(`${label} ${l}`);
          if (r.timeouts) notes.push(`${label}: ${r.timeouts} edit(s) got no diagnostics within ${EDIT_TIMEOUT_MS / 1000} s`);
        } catch (e) {
          notes.push(`(a) ${label} failed: ${e.message}`);
        }
      }
    } else if (!haveServer) {
      notes.push('dist/server.js is not built (server/src/lsp/server.ts missing?): skipped (a) latency and (c) memory');
    }

    // (b)
    if (runs('b') || runs('c') || runs('d')) {
      log(`(b) generating a ${TREE_FILES}-file workspace…`);
      const treeDir = join(tmp, 'workspace');
      const files = generateTree(treeDir, { files: TREE_FILES, seed: 42 });
      const mb = files.reduce((s, f) => s + f.bytes, 0) / 1e6;
      const counts = files.reduce((m, f) => ((m[f.lang] = (m[f.lang] ?? 0) + 1), m), {});
      const sec = `(b) ${files.length} files, ${mb.toFixed(1)} MB`;
      notes.push(`workspace: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      if (runs('b')) {
        log('(b) engine throughput…');
        const t = await throughput(treeDir, files);
        row(sec, `engine: full analysis (parse+rules, as the CLI; best of ${RUNS})`, `${(t.full / 1000).toFixed(2)} s`);
        row(sec, 'engine: files/s', (t.files / (t.full / 1000)).toFixed(0));
        row(sec, 'engine: MB/s', (t.totalBytes / 1e6 / (t.full / 1000)).toFixed(2));
        row(sec, 'tree-sitter parse only', `${(t.parseOnly / 1000).toFixed(2)} s`);
        row(sec, 'full analysis / parse only', `${(t.full / t.parseOnly).toFixed(2)}×`, '≤ ~2× (analysis ≈ parse)');
        row(sec, 'rules only / parse (engine timings)', `${(t.analyzeOnly / t.parseInAnalysis).toFixed(2)}×`, '≤ ~1×');
        for (const [lang, v] of Object.entries(t.byLang).sort()) row(sec, `  ${lang}: ${v.files} files`, `${(v.ms / v.files).toFixed(2)} ms/file`);
        row(sec, 'findings / incomplete files', `${t.findings} / ${t.incomplete}`);
        log('(b) CLI end to end…');
        const c = cliRun(treeDir);
        if (c.error) notes.push(`(b) CLI run failed: ${c.error}`);
        else {
          row(sec, 'CLI wall time (startup+walk+report)', `${(c.wall / 1000).toFixed(2)} s`);
          row(sec, 'CLI files/s', (c.files / (c.wall / 1000)).toFixed(0));
          if (c.findings !== t.findings) notes.push(`CLI reported ${c.findings} findings, the engine in-process ${t.findings}`);
        }
      }

      // (c)
      if (haveServer && runs('c')) {
        log(`(c) language server memory with ${OPEN_DOCS} open documents…`);
        try {
          const m = await memory(serverJs, treeDir, files);
          const sec3 = `(c) server, ${m.opened} open docs`;
          row(sec3, 'RSS after start', m.base ? `${m.base.rss.toFixed(0)} MB` : '—');
          row(sec3, 'diagnostics received', `${m.arrived}/${m.opened} in ${(m.allMs / 1000).toFixed(1)} s`);
          row(sec3, 'RSS after opening', m.after ? `${m.after.rss.toFixed(0)} MB` : '—');
          row(sec3, 'peak RSS (VmHWM)', m.after ? `${m.after.hwm.toFixed(0)} MB` : '—', `≤ 150 MB (1,500-file workspace)`);
        } catch (e) {
          notes.push(`(c) failed: ${e.message}`);
        }
      }

      // (d)
      if (runs('d')) {
        log('(d) MCP Warden CLI vs ESLint + eslint-plugin-security and Bandit…');
        try {
          const d = compare(treeDir, files, { log });
          for (const r of d.rows) row('(d) vs other scanners', r.metric, r.value, r.target);
          notes.push(...d.notes);
        } catch (e) {
          notes.push(`(d) failed: ${e.message}`);
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  notes.push(`total bench time ${((performance.now() - started) / 1000).toFixed(0)} s; ${WARMUP_EDITS} warm-up edits per file not counted`);
  printTable();
}

await main();
