// Deterministic generators of realistic MCP server code (TypeScript, JavaScript, Python) for the
// benchmarks, and reusable by fuzzing/robustness tests: same seed → same text.
//
//   tsServer({ tools, seed })   → { text, anchors }   one TS file, `tools` tools (≈22 lines each)
//   jsServer({ tools, seed })   → { text, anchors }   CommonJS/ESM JavaScript server
//   pyServer({ tools, seed })   → { text, anchors }   FastMCP Python server
//   tsHelper / jsHelper / pyHelper({ seed, functions }) → { text }   helper modules (no tools)
//   generateTree(dir, { files, seed }) → [{ path, lang, bytes }]   a workspace of many projects
//
// `anchors` are UTF-16 offsets inside handler bodies where inserting or deleting one character
// keeps the file syntactically valid (inside string literals of the handler) — what a benchmark
// of per-keystroke latency needs. Roughly one tool in four contains a flaw; the others are safe
// or have no sink at all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Small fast PRNG (mulberry32); returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['report', 'ticket', 'invoice', 'customer', 'order', 'deploy', 'backup', 'metric', 'alert', 'note', 'page', 'build', 'branch', 'asset', 'user', 'team', 'project', 'release', 'incident', 'schedule', 'queue', 'cache', 'image', 'bucket', 'record'];
const VERBS = ['get', 'list', 'find', 'create', 'update', 'sync', 'check', 'export', 'import', 'archive', 'summarize', 'lookup', 'scan', 'render', 'inspect'];

function picker(rand) {
  return {
    int: (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)),
    one: (arr) => arr[Math.floor(rand() * arr.length)],
    chance: (p) => rand() < p,
  };
}

/** Accumulates text and remembers anchor offsets marked with \u0001 in the pushed chunks. */
class Writer {
  constructor() {
    this.parts = [];
    this.length = 0;
    this.anchors = [];
  }
  line(s = '') {
    const idx = s.indexOf('\u0001');
    if (idx !== -1) {
      this.anchors.push(this.length + idx);
      s = s.slice(0, idx) + s.slice(idx + 1);
    }
    this.parts.push(s, '\n');
    this.length += s.length + 1;
  }
  done() {
    return { text: this.parts.join(''), anchors: this.anchors };
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript / JavaScript

function tsHandlerBody(w, p, kind, arg, ts) {
  const t = ts ? ': string' : '';
  switch (kind) {
    case 'shell-flaw':
      w.line(`    const cmd = \`git -C /srv/repos \u0001log --oneline \${${arg}}\`;`);
      w.line(`    const { stdout } = await execAsync(cmd);`);
      w.line(`    return text(stdout.trim() || 'no output');`);
      break;
    case 'shell-safe':
      w.line(`    const { stdout } = await execFileAsync('git', ['-C', '/srv/repos', 'log', '--oneline', '--end-of-options', ${arg}, '--']);`);
      w.line(`    const lines = stdout.split('\\n').filter(Boolean);`);
      w.line(`    return text(\`\u0001found \${lines.length} commits\`);`);
      break;
    case 'path-flaw':
      w.line(`    const file = path.join(DATA_DIR, ${arg});`);
      w.line(`    const body = await readFile(file, 'utf8');`);
      w.line(`    return text(body.length > 0 ? body : '\u0001empty file');`);
      break;
    case 'path-safe':
      w.line(`    const full = path.resolve(DATA_DIR, ${arg});`);
      w.line(`    if (!full.startsWith(DATA_DIR + path.sep)) return text('\u0001outside the data folder');`);
      w.line(`    const body = await readFile(full, 'utf8');`);
      w.line(`    return text(body);`);
      break;
    case 'url-flaw':
      w.line(`    const res = await fetch(${arg}, { headers: { accept: 'text/html' } });`);
      w.line(`    if (!res.ok) return text(\`\u0001request failed: \${res.status}\`);`);
      w.line(`    return text((await res.text()).slice(0, 10000));`);
      break;
    case 'url-safe':
      w.line(`    const target = new URL(${arg});`);
      w.line(`    if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return text('\u0001host not allowed');`);
      w.line(`    const res = await fetch(target, { redirect: 'error' });`);
      w.line(`    return text(await res.text());`);
      break;
    case 'sql-flaw':
      w.line(`    const rows = db.prepare(\`SELECT id, name FROM ${p.one(WORDS)}s WHERE name = '\${${arg}}'\`).all();`);
      w.line(`    return text(JSON.stringify(rows, null, 2) + '\u0001');`);
      break;
    case 'sql-safe':
      w.line(`    const row = db.prepare('SELECT id, status FROM ${p.one(WORDS)}s WHERE id = ?').get(${arg});`);
      w.line(`    return text(row ? JSON.stringify(row) : '\u0001not found');`);
      break;
    case 'helper':
      w.line(`    const summary = summarize${p.int(0, 4)}(${arg}, ${p.int(5, 50)});`);
      w.line(`    return text(\`\u0001summary: \${summary}\`);`);
      break;
    default: {
      // Pure computation: string handling, arrays, a loop, a conditional.
      const v = p.one(WORDS);
      w.line(`    const parts${t ? ': string[]' : ''} = String(${arg}).split(/[,;\\s]+/).filter(Boolean);`);
      w.line(`    const counts = new Map${ts ? '<string, number>' : ''}();`);
      w.line(`    for (const part of parts) {`);
      w.line(`      const key = part.toLowerCase().trim();`);
      w.line(`      counts.set(key, (counts.get(key) ?? 0) + 1);`);
      w.line(`    }`);
      w.line(`    const ${v}Lines = [...counts.entries()]`);
      w.line(`      .sort((a, b) => b[1] - a[1])`);
      w.line(`      .map(([k, n]) => \`\${k}: \${n}\`);`);
      w.line(`    if (${v}Lines.length === 0) return text('\u0001nothing to count');`);
      w.line(`    return text(${v}Lines.join('\\n'));`);
    }
  }
}

const TS_KINDS = ['shell-flaw', 'shell-safe', 'path-flaw', 'path-safe', 'url-flaw', 'url-safe', 'sql-flaw', 'sql-safe', 'helper', 'pure', 'pure', 'pure'];

function jsLikeServer({ tools = 12, seed = 1, ts = true, esm = true }) {
  const rand = prng(seed);
  const p = picker(rand);
  const w = new Writer();
  const imp = (what, from) => (esm ? `import ${what} from '${from}';` : `const ${what.replace(/ as /g, ': ')} = require('${from}');`);
  w.line(`// Generated MCP server for benchmarks (seed ${seed}).`);
  w.line(imp('{ McpServer }', '@modelcontextprotocol/sdk/server/mcp.js'));
  w.line(imp('{ StdioServerTransport }', '@modelcontextprotocol/sdk/server/stdio.js'));
  w.line(imp('{ z }', 'zod'));
  w.line(imp('{ exec, execFile }', 'node:child_process'));
  w.line(imp('{ readFile }', 'node:fs/promises'));
  w.line(esm ? `import * as path from 'node:path';` : `const path = require('node:path');`);
  w.line(imp('{ promisify }', 'node:util'));
  w.line(imp('Database', 'better-sqlite3'));
  w.line(imp(`{ ${[0, 1, 2, 3, 4].map((i) => `summarize${i}`).join(', ')} }`, `./helpers${esm ? '.js' : ''}`));
  w.line();
  w.line(`const execAsync = promisify(exec);`);
  w.line(`const execFileAsync = promisify(execFile);`);
  w.line(`const DATA_DIR = path.resolve('/srv/data/${p.one(WORDS)}');`);
  w.line(`const ALLOWED_HOSTS = new Set(['api.example.com', 'docs.example.com']);`);
  w.line(`const db = new Database('/srv/data/app.sqlite', { readonly: true });`);
  w.line(`const server = new McpServer({ name: 'bench-${seed}', version: '1.0.0' });`);
  w.line(`const text = (t${ts ? ': string' : ''}) => ({ content: [{ type: 'text'${ts ? ' as const' : ''}, text: t }] });`);
  w.line();
  for (let i = 0; i < tools; i++) {
    const name = `${p.one(VERBS)}_${p.one(WORDS)}_${i}`;
    const arg = p.one(['target', 'query', 'name', 'ref', 'input', 'value']);
    const kind = p.one(TS_KINDS);
    const schema = kind.endsWith('safe') || p.chance(0.5) ? `z.string().max(${p.int(20, 400)})` : 'z.string()';
    if (p.chance(0.5)) {
      w.line(`server.tool(`);
      w.line(`  '${name}',`);
      w.line(`  'Tool ${i}: ${p.one(VERBS)}s ${p.one(WORDS)} data for the assistant.',`);
      w.line(`  { ${arg}: ${schema}, limit: z.number().int().min(1).max(100).default(10) },`);
      w.line(`  async ({ ${arg}, limit }) => {`);
      w.line(`    if (limit > 100) return text('\u0001limit too large');`);
      tsHandlerBody(w, p, kind, arg, ts);
      w.line(`  },`);
      w.line(`);`);
    } else {
      w.line(`server.registerTool(`);
      w.line(`  '${name}',`);
      w.line(`  {`);
      w.line(`    title: '${name.replace(/_/g, ' ')}',`);
      w.line(`    description: 'Tool ${i} of the generated server.',`);
      w.line(`    inputSchema: { ${arg}: ${schema} },`);
      w.line(`    annotations: { readOnlyHint: ${kind.startsWith('pure')} },`);
      w.line(`  },`);
      w.line(`  async ({ ${arg} }) => {`);
      tsHandlerBody(w, p, kind, arg, ts);
      w.line(`  },`);
      w.line(`);`);
    }
    w.line();
  }
  w.line(`const transport = new StdioServerTransport();`);
  w.line(esm ? `await server.connect(transport);` : `server.connect(transport).catch(() => process.exit(1));`);
  return w.done();
}

export function tsServer(opts = {}) {
  return jsLikeServer({ ...opts, ts: true, esm: true });
}

export function jsServer(opts = {}) {
  return jsLikeServer({ ...opts, ts: false, esm: opts.esm ?? true });
}

function jsLikeHelper({ seed = 1, functions = 8, ts = true }) {
  const p = picker(prng(seed));
  const w = new Writer();
  const s = ts ? ': string' : '';
  const n = ts ? ': number' : '';
  w.line(`// Generated helper module (seed ${seed}).`);
  w.line(`import { execFileSync } from 'node:child_process';`);
  w.line(`import { createHash } from 'node:crypto';`);
  w.line();
  for (let i = 0; i < 5; i++) {
    w.line(`export function summarize${i}(input${s}, max${n})${s} {`);
    w.line(`  const words = input.split(/\\s+/).filter((x) => x.length > ${p.int(1, 3)});`);
    w.line(`  const out = words.slice(0, max).join(' ');`);
    w.line(`  return out.length > ${p.int(40, 200)} ? out.slice(0, ${p.int(40, 200)}) + '…' : out;`);
    w.line(`}`);
    w.line();
  }
  for (let i = 0; i < functions; i++) {
    const v = p.one(WORDS);
    w.line(`export function ${v}Digest${i}(value${s})${s} {`);
    w.line(`  const h = createHash('sha256').update(value).digest('hex');`);
    w.line(`  return \`${v}-\${h.slice(0, ${p.int(6, 16)})}\`;`);
    w.line(`}`);
    w.line();
    w.line(`export function ${v}Version${i}()${s} {`);
    w.line(`  return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();`);
    w.line(`}`);
    w.line();
  }
  return w.done();
}

export function tsHelper(opts = {}) {
  return jsLikeHelper({ ...opts, ts: true });
}

export function jsHelper(opts = {}) {
  return jsLikeHelper({ ...opts, ts: false });
}

// ---------------------------------------------------------------------------------------------
// Python

function pyHandlerBody(w, p, kind, arg) {
  switch (kind) {
    case 'shell-flaw':
      w.line(`    result = subprocess.run(f"git -C /srv/repos \u0001log --oneline {${arg}}", shell=True, capture_output=True, text=True)`);
      w.line(`    return result.stdout.strip() or "no output"`);
      break;
    case 'shell-safe':
      w.line(`    result = subprocess.run(["git", "-C", "/srv/repos", "log", "--oneline", "--end-of-options", ${arg}, "--"], capture_output=True, text=True)`);
      w.line(`    return f"\u0001found {len(result.stdout.splitlines())} commits"`);
      break;
    case 'path-flaw':
      w.line(`    with open(os.path.join(DATA_DIR, ${arg}), encoding="utf-8") as fh:`);
      w.line(`        body = fh.read()`);
      w.line(`    return body or "\u0001empty file"`);
      break;
    case 'path-safe':
      w.line(`    full = os.path.realpath(os.path.join(DATA_DIR, ${arg}))`);
      w.line(`    if not full.startswith(DATA_DIR + os.sep):`);
      w.line(`        raise ValueError("\u0001outside the data folder")`);
      w.line(`    with open(full, encoding="utf-8") as fh:`);
      w.line(`        return fh.read()`);
      break;
    case 'url-flaw':
      w.line(`    response = httpx.get(${arg}, timeout=5)`);
      w.line(`    return f"\u0001{response.status_code}: {response.text[:2000]}"`);
      break;
    case 'url-safe':
      w.line(`    parsed = urlparse(${arg})`);
      w.line(`    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:`);
      w.line(`        raise ValueError("\u0001host not allowed")`);
      w.line(`    return httpx.get(${arg}, timeout=5, follow_redirects=False).text`);
      break;
    case 'sql-flaw':
      w.line(`    rows = _db().execute(f"SELECT id, name FROM ${p.one(WORDS)}s WHERE name = '{${arg}}'").fetchall()`);
      w.line(`    return json.dumps(rows) + "\u0001"`);
      break;
    case 'sql-safe':
      w.line(`    row = _db().execute("SELECT id, status FROM ${p.one(WORDS)}s WHERE id = ?", (${arg},)).fetchone()`);
      w.line(`    return json.dumps(row) if row else "\u0001not found"`);
      break;
    case 'helper':
      w.line(`    summary = helpers.summarize${p.int(0, 4)}(${arg}, ${p.int(5, 50)})`);
      w.line(`    return f"\u0001summary: {summary}"`);
      break;
    default: {
      const v = p.one(WORDS);
      w.line(`    parts = [x for x in re.split(r"[,;\\s]+", str(${arg})) if x]`);
      w.line(`    counts: dict[str, int] = {}`);
      w.line(`    for part in parts:`);
      w.line(`        key = part.lower().strip()`);
      w.line(`        counts[key] = counts.get(key, 0) + 1`);
      w.line(`    ${v}_lines = [f"{k}: {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]`);
      w.line(`    if not ${v}_lines:`);
      w.line(`        return "\u0001nothing to count"`);
      w.line(`    return "\\n".join(${v}_lines)`);
    }
  }
}

export function pyServer({ tools = 12, seed = 1 } = {}) {
  const p = picker(prng(seed));
  const w = new Writer();
  w.line(`"""Generated MCP server for benchmarks (seed ${seed})."""`);
  w.line();
  w.line(`import json`);
  w.line(`import os`);
  w.line(`import re`);
  w.line(`import sqlite3`);
  w.line(`import subprocess`);
  w.line(`from urllib.parse import urlparse`);
  w.line();
  w.line(`import httpx`);
  w.line(`from mcp.server.fastmcp import FastMCP`);
  w.line();
  w.line(`from . import helpers`);
  w.line();
  w.line(`DATA_DIR = os.path.realpath("/srv/data/${p.one(WORDS)}")`);
  w.line(`ALLOWED_HOSTS = {"api.example.com", "docs.example.com"}`);
  w.line(`mcp = FastMCP("bench-${seed}")`);
  w.line();
  w.line();
  w.line(`def _db() -> sqlite3.Connection:`);
  w.line(`    return sqlite3.connect("/srv/data/app.sqlite")`);
  w.line();
  for (let i = 0; i < tools; i++) {
    const name = `${p.one(VERBS)}_${p.one(WORDS)}_${i}`;
    const arg = p.one(['target', 'query', 'name', 'ref', 'value']);
    const kind = p.one(TS_KINDS);
    w.line();
    w.line(`@mcp.tool()`);
    w.line(`${p.chance(0.3) ? 'async ' : ''}def ${name}(${arg}: str, limit: int = 10) -> str:`);
    w.line(`    """Tool ${i}: ${p.one(VERBS)}s ${p.one(WORDS)} data for the assistant."""`);
    w.line(`    if limit > 100:`);
    w.line(`        return "\u0001limit too large"`);
    pyHandlerBody(w, p, kind, arg);
    w.line();
  }
  w.line();
  w.line(`if __name__ == "__main__":`);
  w.line(`    mcp.run()`);
  return w.done();
}

export function pyHelper({ seed = 1, functions = 8 } = {}) {
  const p = picker(prng(seed));
  const w = new Writer();
  w.line(`"""Generated helper module (seed ${seed})."""`);
  w.line(`import hashlib`);
  w.line(`import subprocess`);
  w.line();
  for (let i = 0; i < 5; i++) {
    w.line();
    w.line(`def summarize${i}(text: str, limit: int) -> str:`);
    w.line(`    words = [w for w in text.split() if len(w) > ${p.int(1, 3)}]`);
    w.line(`    out = " ".join(words[:limit])`);
    w.line(`    return out[:${p.int(40, 200)}] + "…" if len(out) > ${p.int(40, 200)} else out`);
    w.line();
  }
  for (let i = 0; i < functions; i++) {
    const v = p.one(WORDS);
    w.line();
    w.line(`def ${v}_digest_${i}(value: str) -> str:`);
    w.line(`    return "${v}-" + hashlib.sha256(value.encode()).hexdigest()[:${p.int(6, 16)}]`);
    w.line();
    w.line();
    w.line(`def ${v}_version_${i}() -> str:`);
    w.line(`    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()`);
    w.line();
  }
  return w.done();
}

// ---------------------------------------------------------------------------------------------
// A workspace

/**
 * Writes about `files` source files under `dir`: projects of one server plus helpers, mixing
 * TypeScript (~50%), JavaScript (~20%) and Python (~30%). Returns [{ path, lang, bytes }] with
 * paths relative to `dir`, in creation order.
 */
export function generateTree(dir, { files = 1500, seed = 42 } = {}) {
  const p = picker(prng(seed));
  const out = [];
  const write = (rel, lang, text) => {
    if (out.length >= files) return;
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    out.push({ path: rel, lang, bytes: Buffer.byteLength(text) });
  };
  let project = 0;
  while (out.length < files) {
    const s = seed * 1000 + project;
    const roll = p.int(0, 9);
    const name = `${p.one(WORDS)}-${project}`;
    const helpers = p.int(2, 6);
    if (roll < 5) {
      write(`ts/${name}/src/index.ts`, 'typescript', tsServer({ tools: p.int(4, 30), seed: s }).text);
      write(`ts/${name}/src/helpers.ts`, 'typescript', tsHelper({ seed: s, functions: p.int(3, 10) }).text);
      for (let h = 0; h < helpers && out.length < files; h++) write(`ts/${name}/src/lib/util${h}.ts`, 'typescript', tsHelper({ seed: s + h + 1, functions: p.int(3, 12) }).text);
    } else if (roll < 7) {
      const esm = p.chance(0.6);
      write(`js/${name}/${esm ? 'index.mjs' : 'index.js'}`, 'javascript', jsServer({ tools: p.int(4, 25), seed: s, esm }).text);
      write(`js/${name}/helpers.js`, 'javascript', jsHelper({ seed: s, functions: p.int(3, 10) }).text);
      for (let h = 0; h < helpers && out.length < files; h++) write(`js/${name}/lib/util${h}.js`, 'javascript', jsHelper({ seed: s + h + 1, functions: p.int(3, 12) }).text);
    } else {
      write(`py/${name}/server.py`, 'python', pyServer({ tools: p.int(4, 30), seed: s }).text);
      write(`py/${name}/helpers.py`, 'python', pyHelper({ seed: s, functions: p.int(3, 10) }).text);
      for (let h = 0; h < helpers && out.length < files; h++) write(`py/${name}/lib/util${h}.py`, 'python', pyHelper({ seed: s + h + 1, functions: p.int(3, 12) }).text);
    }
    project++;
  }
  return out;
}
