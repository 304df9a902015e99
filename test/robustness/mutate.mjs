// Shared by the robustness test (test/unit/robustness.test.mjs, short) and the long fuzzer
// (test/robustness/fuzz.mjs): seed sources, seeded mutations of whole files, and random edit
// sequences. Everything is a pure function of a seed: input `i` of run seed `s` is the same text
// on every machine as long as the seed files are unchanged (the fuzzer also saves what it reports).
//
//   loadSeeds(root, { generated })   → [{ name, file, lang, text, project }]   fixtures, examples, generated servers
//   makeInput(seeds, runSeed, i)      → { file, lang, text, ops, inputSeed, seedName, host }
//   makeTargetedInput(seeds, runSeed, i)  the same, mutation i % MUTATIONS.length on each language in turn
//   deepInputs(seeds)                 every DEEP_CONSTRUCTS entry in every language it applies to
//   randomEdit(text, picker, opts)    → { start, end, insert, kind }  offsets into `text`
//   applyEdit / inverseEdit / snapEdit, lspLineStarts / lspPosition  (LSP line breaks: CR LF, LF, CR)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { jsServer, jsHelper, prng, pyHelper, pyServer, tsHelper, tsServer } from '../bench/generate.mjs';

export { prng };

/** Inputs are kept at most this long (UTF-16 code units), so a per-file time limit is fair. */
export const MAX_CHARS = 50_000;

const LANG_BY_EXT = { '.ts': 'typescript', '.tsx': 'tsx', '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.py': 'python' };
export const EXT_BY_LANG = { typescript: '.ts', tsx: '.tsx', javascript: '.js', python: '.py' };

/** A 32-bit seed for item `index` of a run seeded with `seed` (splitmix-style mixing). */
export function derive(seed, index) {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul((index >>> 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/** Random helpers over a prng. */
export function picker(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  return {
    rand,
    int,
    one: (arr) => arr[Math.floor(rand() * arr.length)],
    chance: (p) => rand() < p,
    /** Mostly small numbers, sometimes large: lo..hi with a log-like distribution. */
    skewed: (lo, hi) => Math.min(hi, lo + Math.floor(Math.exp(rand() * Math.log(hi - lo + 1))) - 1),
    weighted: (entries) => {
      const total = entries.reduce((s, e) => s + e.weight, 0);
      let r = rand() * total;
      for (const e of entries) if ((r -= e.weight) < 0) return e;
      return entries[entries.length - 1];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Seeds

function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (LANG_BY_EXT[extname(name)] && !name.includes('.fixed.')) out.push(p);
  }
  return out;
}

/**
 * The seed corpus: every .ts/.js/.py file under test/fixtures and examples (at their real paths,
 * so cross-file imports resolve through the host), plus `generated` servers with their helper
 * modules from the benchmark generators (virtual paths under /fuzz/gen).
 */
export function loadSeeds(root, { generated = 12 } = {}) {
  const seeds = [];
  for (const dir of ['test/fixtures', 'examples']) {
    for (const file of walk(join(root, dir))) {
      const project = file.slice(0, file.lastIndexOf('/'));
      seeds.push({ name: relative(root, file), file, lang: LANG_BY_EXT[extname(file)], text: readFileSync(file, 'utf8'), project });
    }
  }
  for (let i = 0; i < generated; i++) {
    const seed = 1000 + i;
    const tools = 1 + ((i * 7) % 40); // 1..40 tools: about 1 KB to 45 KB
    const kind = i % 3;
    const project = `/fuzz/gen/p${i}`;
    if (kind === 0) {
      seeds.push({ name: `gen:ts(tools=${tools},seed=${seed})`, file: `${project}/index.ts`, lang: 'typescript', text: tsServer({ tools, seed }).text, project });
      seeds.push({ name: `gen:ts-helper(seed=${seed})`, file: `${project}/helpers.ts`, lang: 'typescript', text: tsHelper({ seed, functions: 6 }).text, project });
    } else if (kind === 1) {
      seeds.push({ name: `gen:js(tools=${tools},seed=${seed})`, file: `${project}/index.js`, lang: 'javascript', text: jsServer({ tools, seed, esm: i % 2 === 0 }).text, project });
      seeds.push({ name: `gen:js-helper(seed=${seed})`, file: `${project}/helpers.js`, lang: 'javascript', text: jsHelper({ seed, functions: 6 }).text, project });
    } else {
      seeds.push({ name: `gen:py(tools=${tools},seed=${seed})`, file: `${project}/server.py`, lang: 'python', text: pyServer({ tools, seed }).text, project });
      seeds.push({ name: `gen:py-helper(seed=${seed})`, file: `${project}/helpers.py`, lang: 'python', text: pyHelper({ seed, functions: 6 }).text, project });
    }
  }
  return seeds.filter((s) => s.text.length <= MAX_CHARS);
}

// ---------------------------------------------------------------------------------------------
// Characters and snippets

const SYNTAX_CHARS = '(){}[]<>;:,.=+-*/%!?&|^~@#\\\'"` \t\n$_';
const TOKENS = [
  'function', 'def ', 'class ', 'async ', 'await ', 'lambda ', 'yield ', 'import ', 'from ', 'return ', 'if ', 'else:', 'elif ', 'try:', 'except ',
  '=>', '...', '${', '"""', "'''", '/*', '*/', '//', '#', 'f"', "r'", 'b"', '@mcp.tool()', '@', 'exec(', 'execSync(', 'os.system(', 'eval(',
  'server.tool(', 'mcp = FastMCP("x")', 'z.string()', '<T>', 'as any', '!', '?.', '??', '**', ':=', 'match ', 'case _:', 'with ', 'global ',
  'export default ', 'require(', 'new ', 'this.', 'super(', 'static ', 'get ', 'set ', 'enum ', 'interface ', 'type ', 'declare ', 'namespace ',
  '\\', '\\u{', '\\x', '\\N{', '\u00a0', '\t', '\r', '\r\n', '\n\n', '    ', '\u2028', '\u2029', '\ufeff', '\u200b',
];
const SPECIAL_CHARS = ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u00a0', '\ufeff', '\u200b', '\u200d', '\u0301', '\u202e', '\uffff', '\ufffe', '\u3000', '\u1680', '\u180e', '\u{1f600}', '\u{1d465}', '\u{10ffff}', '\u0000'.replace('\u0000', '\u0001'), '\u001b', '\u007f'];

/** One random code point, never NUL, never a surrogate half. */
function randomCodePoint(p) {
  switch (p.int(0, 5)) {
    case 0:
      return String.fromCodePoint(p.int(1, 0x7f));
    case 1:
      return String.fromCodePoint(p.int(0x80, 0x7ff));
    case 2: {
      const c = p.int(0x800, 0xffff - 0x800);
      return String.fromCodePoint(c >= 0xd800 ? c + 0x800 : c);
    }
    case 3:
      return String.fromCodePoint(p.int(0x10000, 0x10ffff));
    case 4:
      return p.one(SPECIAL_CHARS);
    default:
      return p.one([...SYNTAX_CHARS]);
  }
}

function loneSurrogate(p) {
  return String.fromCharCode(p.chance(0.5) ? p.int(0xd800, 0xdbff) : p.int(0xdc00, 0xdfff));
}

function randomChunk(p) {
  switch (p.int(0, 3)) {
    case 0:
      return Array.from({ length: p.int(1, 8) }, () => p.one([...SYNTAX_CHARS])).join('');
    case 1:
      return p.one(TOKENS);
    case 2:
      return Array.from({ length: p.int(1, 6) }, () => randomCodePoint(p)).join('');
    default:
      return Array.from({ length: p.int(1, 10) }, () => String.fromCharCode(p.int(0x61, 0x7a))).join('');
  }
}

// ---------------------------------------------------------------------------------------------
// Line helpers

function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function indentAt(text, lineStart) {
  let i = lineStart;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(lineStart, i);
}

/** Start of a random line that has some indentation (inside a function body), or of any line. */
function bodyLineStart(text, p) {
  const starts = lineStarts(text);
  for (let k = 0; k < 8; k++) {
    const s = p.one(starts);
    if (text[s] === ' ' || text[s] === '\t') return s;
  }
  return p.one(starts);
}

const insertAt = (text, at, s) => text.slice(0, at) + s + text.slice(at);

// ---------------------------------------------------------------------------------------------
// Deep nesting and long lines

/** A deeply nested or very long construct of about `budget` characters for `lang`. */
function deepConstruct(lang, p, budget) {
  const py = lang === 'python';
  const n = Math.max(1, Math.min(p.int(500, 6000), Math.floor(budget / 4)));
  const balanced = p.chance(0.6);
  const close = (s) => (balanced ? s : '');
  const variants = [
    () => '('.repeat(n) + 'x' + close(')'.repeat(n)),
    () => '['.repeat(n) + 'x' + close(']'.repeat(n)),
    () => (py ? '{1:'.repeat(n) + '1' + close('}'.repeat(n)) : '{'.repeat(n) + close('}'.repeat(n))),
    () => 'f('.repeat(n) + 'x' + close(')'.repeat(n)),
    () => 'a' + '.b'.repeat(n),
    () => 'a' + ' + a'.repeat(n),
    () => 'a' + (py ? ' or a' : ' || a').repeat(n),
    () => (py ? 'not ' : '!').repeat(n) + 'x',
    () => '-'.repeat(n) + 'x',
    () => (py ? 'lambda: ' : 'x => ').repeat(n) + 'x',
    () => 'await '.repeat(n) + 'x',
    () => 'x' + '[0]'.repeat(n),
    () => 'x' + '()'.repeat(n),
    () => (py ? 'a if b else '.repeat(n) + 'c' : 'a ? b : '.repeat(n) + 'c'),
  ];
  if (!py) {
    variants.push(
      () => '`${'.repeat(n) + 'x' + close('}`'.repeat(n)),
      () => 'if (a) {'.repeat(n) + close('}'.repeat(n)),
      () => 'function f() {'.repeat(n) + close('}'.repeat(n)),
      () => 'Array<'.repeat(n) + 'T' + close('>'.repeat(n)),
      () => '<a>'.repeat(n) + close('</a>'.repeat(n)),
      () => '/*'.repeat(n),
      () => 'a = '.repeat(n) + '1',
      () => 'execSync(' + 'dir + '.repeat(n) + 'dir)',
      () => 'execSync(`ls ' + '${dir}'.repeat(n) + '`)',
    );
  } else {
    variants.push(
      () => 'f"{' .repeat(Math.min(n, 200)) + 'x' + close('}"'.repeat(Math.min(n, 200))),
      () => 'a = '.repeat(n) + '1',
      () => 'os.system(' + 'cmd + '.repeat(n) + 'cmd)',
      () => 'subprocess.run(f"ls ' + '{cmd}'.repeat(n) + '", shell=True)',
      () => 'x' + ', x'.repeat(n),
    );
  }
  return p.one(variants)().slice(0, budget);
}

/** Many nested indentation levels (Python blocks, JS blocks), as many as fit in `budget`. */
function deepIndentation(lang, p, budget, indentUnit) {
  const py = lang === 'python';
  const unit = indentUnit ?? p.one([' ', '\t', '  ', '    ']);
  const lines = [];
  let size = 0;
  for (let depth = 0; ; depth++) {
    const line = unit.repeat(depth) + (py ? p.one(['if x:', 'for a in b:', 'while y:', 'with c as d:', 'try:', 'def f(cmd):', 'class C:']) : p.one(['if (x) {', 'for (const a of b) {', 'while (y) {', 'function f(cmd) {', '{']));
    if (size + line.length + 1 > budget || depth > 5000) break;
    lines.push(line);
    size += line.length + 1;
  }
  const depth = lines.length;
  lines.push(unit.repeat(depth) + (py ? 'os.system(cmd)' : 'execSync(cmd);'));
  if (!py && p.chance(0.7)) for (let d = depth - 1; d >= 0; d--) lines.push(unit.repeat(d) + '}');
  return lines.join('\n') + '\n';
}

function longLine(lang, p, budget) {
  const n = Math.max(1, Math.min(p.int(2_000, 40_000), budget - 20));
  const py = lang === 'python';
  const variants = [
    () => `x = "${'a'.repeat(n)}"`,
    () => (py ? '# ' : '// ') + 'c'.repeat(n),
    () => 'v' + 'x'.repeat(n) + ' = 1',
    () => 'x = [' + '1,'.repeat(n >> 1) + ']',
    () => ' '.repeat(n) + 'x = 1',
    () => 'x = "' + '\u{1f600}'.repeat(n >> 1) + '"',
    () => 'x = "' + '\\'.repeat(n) + '"',
    () => 'x = ' + 'a+'.repeat(n >> 1) + 'a',
    () => (py ? 'x = """' : 'x = `') + 'y\\n'.repeat(n / 3) + (py ? '"""' : '`'),
    () => Array.from({ length: n >> 3 }, () => randomCodePointLine(p)).join(''),
  ];
  return p.one(variants)().slice(0, budget);
}

function randomCodePointLine(p) {
  let s = '';
  for (let i = 0; i < 8; i++) {
    const c = randomCodePoint(p);
    s += c === '\n' || c === '\r' ? ' ' : c;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Mutations of a whole text. Each returns the new text; `ctx` has the language and the budget.

export const MUTATIONS = [
  {
    name: 'truncate',
    weight: 10,
    fn: (t, p) => (p.chance(0.8) ? t.slice(0, p.int(0, t.length)) : t.slice(p.int(0, t.length))),
  },
  {
    name: 'insert-chars',
    weight: 10,
    fn: (t, p) => {
      for (let k = p.skewed(1, 40); k > 0; k--) t = insertAt(t, p.int(0, t.length), randomChunk(p));
      return t;
    },
  },
  {
    name: 'delete-chars',
    weight: 8,
    fn: (t, p) => {
      for (let k = p.skewed(1, 40); k > 0 && t.length > 0; k--) {
        const at = p.int(0, t.length - 1);
        t = t.slice(0, at) + t.slice(at + p.skewed(1, 80));
      }
      return t;
    },
  },
  {
    name: 'replace-chars',
    weight: 6,
    fn: (t, p) => {
      const chars = t.split('');
      for (let k = p.skewed(1, 60); k > 0 && chars.length > 0; k--) chars[p.int(0, chars.length - 1)] = randomCodePoint(p);
      return chars.join('');
    },
  },
  {
    name: 'duplicate-lines',
    weight: 6,
    fn: (t, p) => {
      const lines = t.split('\n');
      const a = p.int(0, lines.length - 1);
      const b = Math.min(lines.length, a + p.skewed(1, 30));
      lines.splice(p.chance(0.5) ? b : p.int(0, lines.length), 0, ...lines.slice(a, b));
      return lines.join('\n');
    },
  },
  {
    name: 'swap-lines',
    weight: 6,
    fn: (t, p) => {
      const lines = t.split('\n');
      for (let k = p.skewed(1, 20); k > 0; k--) {
        const i = p.int(0, lines.length - 1);
        const j = p.chance(0.5) ? Math.min(lines.length - 1, i + 1) : p.int(0, lines.length - 1);
        [lines[i], lines[j]] = [lines[j], lines[i]];
      }
      return lines.join('\n');
    },
  },
  {
    name: 'delete-lines',
    weight: 4,
    fn: (t, p) => {
      const lines = t.split('\n');
      for (let k = p.skewed(1, 20); k > 0 && lines.length > 1; k--) lines.splice(p.int(0, lines.length - 1), p.skewed(1, 10));
      return lines.join('\n');
    },
  },
  {
    name: 'unbalanced',
    weight: 8,
    fn: (t, p) => {
      const pieces = ['(', ')', '[', ']', '{', '}', '"', "'", '`', '"""', "'''", '/*', '*/', '${', '<', '>', '</', '\\', 'f"{', '#', '//', ':', ',', '=>'];
      for (let k = p.skewed(1, 30); k > 0; k--) {
        const piece = p.one(pieces);
        t = insertAt(t, p.int(0, t.length), p.chance(0.2) ? piece.repeat(p.int(2, 50)) : piece);
      }
      return t;
    },
  },
  {
    name: 'deep-nesting',
    weight: 8,
    fn: (t, p, ctx) => {
      const budget = Math.max(200, ctx.budget - t.length);
      if (p.chance(0.25)) {
        const at = p.chance(0.5) ? t.length : p.one(lineStarts(t));
        return insertAt(t, at, deepIndentation(ctx.lang, p, Math.min(budget, p.int(2_000, 45_000))));
      }
      const s = deepConstruct(ctx.lang, p, budget - 100);
      if (p.chance(0.5)) return insertAt(t, p.int(0, t.length), s);
      const at = bodyLineStart(t, p);
      return insertAt(t, at, indentAt(t, at) + (ctx.lang === 'python' ? '' : 'const v = ') + s + '\n');
    },
  },
  {
    name: 'long-line',
    weight: 6,
    fn: (t, p, ctx) => {
      const s = longLine(ctx.lang, p, Math.max(200, ctx.budget - t.length - 100));
      const at = bodyLineStart(t, p);
      return p.chance(0.7) ? insertAt(t, at, indentAt(t, at) + s + '\n') : insertAt(t, p.int(0, t.length), s);
    },
  },
  {
    name: 'lone-surrogates',
    weight: 5,
    fn: (t, p) => {
      for (let k = p.skewed(1, 20); k > 0; k--) {
        const at = p.int(0, t.length);
        t = p.chance(0.3) && t.length > 0 ? t.slice(0, at) + loneSurrogate(p) + t.slice(at + 1) : insertAt(t, at, loneSurrogate(p));
      }
      return t;
    },
  },
  {
    name: 'random-unicode',
    weight: 6,
    fn: (t, p) => {
      for (let k = p.skewed(1, 60); k > 0; k--) {
        let s = '';
        for (let j = p.skewed(1, 20); j > 0; j--) s += randomCodePoint(p);
        t = insertAt(t, p.int(0, t.length), s);
      }
      return t;
    },
  },
  {
    name: 'unicode-identifiers',
    weight: 3,
    fn: (t, p) => {
      const names = ['ñame', 'π', '𝑥', 'ｆｕｌｌ', 'x\u200dy', 'é', 'a\u0301', '变量', 'ǅ', 'ℌ'];
      return t.replace(/\b[a-z][A-Za-z0-9_]{2,}\b/g, (m) => (p.chance(0.08) ? p.one(names) : m));
    },
  },
  {
    name: 'crlf',
    weight: 4,
    fn: (t) => t.replace(/\r?\n/g, '\r\n'),
  },
  {
    name: 'mixed-line-endings',
    weight: 5,
    fn: (t, p) => t.replace(/\n/g, () => p.one(['\n', '\r\n', '\r', '\n\r', '\u2028', '\u2029', '\u0085', '\r\r\n'])),
  },
  {
    name: 'bom',
    weight: 4,
    fn: (t, p) => (p.chance(0.8) ? '\ufeff' + t : insertAt(t, p.int(0, t.length), '\ufeff'.repeat(p.int(1, 3)))),
  },
  {
    name: 'tabs-and-spaces',
    weight: 3,
    fn: (t, p) => t.replace(/^( +)/gm, (m) => (p.chance(0.3) ? m.replace(/ {1,4}/g, () => p.one(['\t', ' ', '\f', '\t '])) : m)),
  },
  {
    name: 'splice-other-seed',
    weight: 5,
    fn: (t, p, ctx) => {
      const other = p.one(ctx.seeds).text;
      const a = p.int(0, other.length);
      const chunk = other.slice(a, a + p.skewed(1, 4000));
      return insertAt(t, p.chance(0.5) ? p.one(lineStarts(t)) : p.int(0, t.length), chunk);
    },
  },
  {
    name: 'tiny',
    weight: 1,
    fn: (t, p) => p.one(['', ' ', '\n', '\r\n', '\ufeff', '(', '"', '`', '"""', '#', '/', '\\', '\u{1f600}', '\ud800', 'def', 'x =', '@', ' '.repeat(p.int(1, 3000))]),
  },
];

/**
 * Input `index` of the run seeded with `runSeed`: a seed file, mutated one to three times, at
 * most MAX_CHARS long. `host` reads the input's sibling files (sometimes mutated too), so
 * cross-file analysis is fuzzed as well.
 */
export function makeInput(seeds, runSeed, index) {
  const inputSeed = derive(runSeed, index);
  const p = picker(prng(inputSeed));
  const seed = p.one(seeds);
  let lang = seed.lang;
  // Sometimes analyse the text as another language: the extension decides, not the content.
  if (p.chance(0.04)) lang = p.one(['typescript', 'tsx', 'javascript', 'python']);
  const ops = [];
  const ctx = { lang, seeds, budget: MAX_CHARS };
  let text = seed.text;
  const count = p.weighted([{ n: 1, weight: 6 }, { n: 2, weight: 3 }, { n: 3, weight: 1 }]).n;
  for (let k = 0; k < count; k++) {
    const m = p.weighted(MUTATIONS);
    ops.push(m.name);
    text = m.fn(text, p, ctx);
    if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
  }
  const file = lang === seed.lang ? seed.file : seed.file.replace(/\.[a-z]+$/, EXT_BY_LANG[lang]);
  const siblings = new Map();
  for (const s of seeds) {
    if (s.project !== seed.project || s.file === seed.file) continue;
    siblings.set(s.file, p.chance(0.15) ? p.weighted(MUTATIONS.filter((m) => m.name !== 'deep-nesting' && m.name !== 'long-line')).fn(s.text, p, { ...ctx, lang: s.lang }).slice(0, 20_000) : s.text);
  }
  const host = { readFile: (abs) => siblings.get(abs) };
  return { index, inputSeed, seedName: seed.name, file, lang, text, ops, host };
}

/**
 * Input `index` of a targeted run: mutation `index % MUTATIONS.length` alone, on a seed of
 * language `index / MUTATIONS.length % 4` (TypeScript, JavaScript, Python, TSX): every kind of
 * damage in every language, whatever the random draws.
 */
export function makeTargetedInput(seeds, runSeed, index) {
  const inputSeed = derive(runSeed ^ 0x2545f491, index);
  const p = picker(prng(inputSeed));
  const m = MUTATIONS[index % MUTATIONS.length];
  const want = ['typescript', 'javascript', 'python', 'tsx'][Math.floor(index / MUTATIONS.length) % 4];
  const pool = seeds.filter((s) => s.lang === (want === 'tsx' ? 'typescript' : want));
  const seed = p.one(pool.length ? pool : seeds);
  const lang = want;
  const text = m.fn(seed.text, p, { lang, seeds, budget: MAX_CHARS }).slice(0, MAX_CHARS);
  const file = seed.file.replace(/\.[a-z]+$/, EXT_BY_LANG[lang]);
  return { index, inputSeed, seedName: seed.name, file, lang, text, ops: [m.name], host: { readFile: () => undefined } };
}

/**
 * Deeply nested constructs at a fixed depth, for the deterministic matrix of the short test: each
 * is inserted as a statement inside a tool handler of a seed in each language it applies to.
 * `n` is the nesting depth (thousands), `budget` the characters left.
 */
export const DEEP_CONSTRUCTS = [
  { name: 'parentheses', langs: 'jtp', build: (n) => '('.repeat(n) + 'x' + ')'.repeat(n) },
  { name: 'brackets', langs: 'jtp', build: (n) => '['.repeat(n) + ']'.repeat(n) },
  { name: 'object literals', langs: 'jt', build: (n) => 'v = ' + '{a:'.repeat(n) + '1' + '}'.repeat(n) },
  { name: 'dicts', langs: 'p', build: (n) => 'v = ' + '{1:'.repeat(n) + '1' + '}'.repeat(n) },
  { name: 'blocks', langs: 'jt', build: (n) => '{'.repeat(n) + '}'.repeat(n) },
  { name: 'calls', langs: 'jtp', build: (n) => 'f('.repeat(n) + 'x' + ')'.repeat(n) },
  { name: 'member chain', langs: 'jtp', build: (n) => 'a' + '.b'.repeat(n) },
  { name: 'call chain', langs: 'jtp', build: (n) => 'a' + '.b()'.repeat(n) },
  { name: 'subscripts', langs: 'jtp', build: (n) => 'a' + '[0]'.repeat(n) },
  { name: 'binary chain', langs: 'jtp', build: (n) => 'v = a' + ' + a'.repeat(n) },
  { name: 'logical chain', langs: 'jt', build: (n) => 'v = a' + ' || a'.repeat(n) },
  { name: 'boolean chain', langs: 'p', build: (n) => 'v = a' + ' or a'.repeat(n) },
  { name: 'unary', langs: 'jt', build: (n) => 'v = ' + '!'.repeat(n) + 'x' },
  { name: 'not', langs: 'p', build: (n) => 'v = ' + 'not '.repeat(n) + 'x' },
  { name: 'arrows', langs: 'jt', build: (n) => 'v = ' + 'x => '.repeat(n) + 'x' },
  { name: 'lambdas', langs: 'p', build: (n) => 'v = ' + 'lambda: '.repeat(n) + 'x' },
  { name: 'conditionals', langs: 'jt', build: (n) => 'v = ' + 'a ? b : '.repeat(n) + 'c' },
  { name: 'conditional expressions', langs: 'p', build: (n) => 'v = ' + 'a if b else '.repeat(n) + 'c' },
  { name: 'template literals', langs: 'jt', build: (n) => 'v = ' + '`${'.repeat(n) + 'x' + '}`'.repeat(n) },
  { name: 'if blocks', langs: 'jt', build: (n) => 'if (a) {'.repeat(n) + '}'.repeat(n) },
  { name: 'type arguments after an identifier', langs: 't', build: (n) => 'f' + '<T>'.repeat(n) },
  { name: 'generic types', langs: 't', build: (n) => 'let v: ' + 'Array<'.repeat(n) + 'T' + '>'.repeat(n) + ';' },
  { name: 'JSX elements', langs: 'x', build: (n) => 'v = ' + '<a>'.repeat(n) + '</a>'.repeat(n) },
  { name: 'tainted concatenation in a sink', langs: 'jt', build: (n) => 'execSync(' + 'dir + '.repeat(n) + 'dir);' },
  { name: 'tainted concatenation in a sink', langs: 'p', build: (n) => 'os.system(' + 'cmd + '.repeat(n) + 'cmd)' },
  { name: 'tainted template in a sink', langs: 'jt', build: (n) => 'execSync(`ls ' + '${dir}'.repeat(n) + '`);' },
  { name: 'tainted f-string in a sink', langs: 'p', build: (n) => 'os.system(f"ls ' + '{cmd}'.repeat(n) + '")' },
  { name: 'unclosed parentheses', langs: 'jtp', build: (n) => '('.repeat(n) },
  { name: 'unclosed brackets', langs: 'jtp', build: (n) => '['.repeat(n) },
  { name: 'unclosed braces', langs: 'jtp', build: (n) => '{'.repeat(n) },
  { name: 'unclosed templates', langs: 'jt', build: (n) => '`${'.repeat(n) },
  { name: 'unclosed comments', langs: 'jt', build: (n) => '/*'.repeat(n) },
  { name: 'nested blocks, indented', langs: 'jtp', indent: true },
];

const LANG_CODES = { j: 'javascript', t: 'typescript', p: 'python', x: 'tsx' };

/**
 * The deep-nesting matrix: one input per (construct, language, depth). Depth 1,000 still fits the
 * analyser's stack, so work that grows faster than the nesting shows; 3,000 goes past it.
 */
export function deepInputs(seeds, depths = [1000, 3000]) {
  const out = [];
  for (const depth of depths) for (const c of DEEP_CONSTRUCTS) {
    if (c.indent && depth !== depths[depths.length - 1]) continue; // as many levels as fit, once
    for (const code of c.langs) {
      const lang = LANG_CODES[code];
      // The smallest seed of the language: the construct dominates the input.
      const pool = seeds.filter((s) => s.lang === (lang === 'tsx' ? 'typescript' : lang) && /@mcp\.tool|\.tool\(|registerTool|setRequestHandler/.test(s.text)).sort((a, b) => a.text.length - b.text.length);
      const seed = pool[0];
      const p = picker(prng(out.length + 1));
      const at = bodyLineStart(seed.text, p);
      const indent = indentAt(seed.text, at);
      const construct = c.indent ? deepIndentation(lang, p, MAX_CHARS - seed.text.length - 100, ' ') : indent + c.build(depth) + '\n';
      const text = insertAt(seed.text, at, construct).slice(0, MAX_CHARS);
      out.push({ index: out.length, inputSeed: 0, seedName: seed.name, file: seed.file.replace(/\.[a-z]+$/, EXT_BY_LANG[lang]), lang, text, ops: [`deep: ${c.name}${c.indent ? '' : ` x${depth}`}`], host: { readFile: () => undefined } });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edit sequences (incremental parsing and analysis, and the language server)

/** Applies one edit given as offsets into `text`. */
export function applyEdit(text, e) {
  return text.slice(0, e.start) + e.insert + text.slice(e.end);
}

/** The edit that undoes `e` once it has been applied to `before`. */
export function inverseEdit(before, e) {
  return { start: e.start, end: e.start + e.insert.length, insert: before.slice(e.start, e.end), kind: `undo ${e.kind}` };
}

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/g;

/**
 * One random edit of `text` as { start, end, insert, kind }: renaming an identifier, duplicating,
 * moving or deleting a line, typing inside a string literal (these usually keep a file valid) and,
 * with `allowBreaking`, typing or deleting characters, cutting or pasting spans, random chunks
 * and newlines. Offsets may split surrogate pairs and CR LF; see snapEdit.
 */
export function randomEdit(text, p, { allowBreaking = true } = {}) {
  const len = text.length;
  const pos = () => p.int(0, len);
  const kinds = [
    { kind: 'rename', weight: 6 },
    { kind: 'duplicate-line', weight: 4 },
    { kind: 'delete-line', weight: 3 },
    { kind: 'move-line', weight: 2 },
    { kind: 'type-in-string', weight: 4 },
  ];
  if (allowBreaking) {
    kinds.push(
      { kind: 'type-char', weight: 6 },
      { kind: 'delete-char', weight: 5 },
      { kind: 'delete-span', weight: 3 },
      { kind: 'paste-span', weight: 3 },
      { kind: 'random-chunk', weight: 3 },
      { kind: 'newline', weight: 2 },
    );
  }
  const kind = p.weighted(kinds).kind;
  const starts = lineStarts(text);
  const lineEnd = (s) => {
    const nl = text.indexOf('\n', s);
    return nl === -1 ? len : nl + 1;
  };
  switch (kind) {
    case 'rename': {
      const ids = [...text.matchAll(IDENT)];
      if (ids.length < 2) return { start: 0, end: 0, insert: 'x', kind: 'type-char' };
      const a = p.one(ids);
      const b = p.one(ids);
      return { start: a.index, end: a.index + a[0].length, insert: b[0], kind };
    }
    case 'duplicate-line': {
      const s = p.one(starts);
      return { start: s, end: s, insert: text.slice(s, lineEnd(s)) + (lineEnd(s) === len && !text.endsWith('\n') ? '\n' : ''), kind };
    }
    case 'delete-line': {
      const s = p.one(starts);
      return { start: s, end: lineEnd(s), insert: '', kind };
    }
    case 'move-line': {
      // Cut here, paste there, as one replacement of the span between them.
      const s1 = p.one(starts);
      const e1 = lineEnd(s1);
      const line = text.slice(s1, e1);
      if (!line.endsWith('\n')) return { start: s1, end: s1, insert: '', kind };
      const s2 = p.one(starts);
      if (s2 >= s1 && s2 <= e1) return { start: s1, end: s1, insert: '', kind };
      if (s2 < s1) return { start: s2, end: e1, insert: line + text.slice(s2, s1), kind };
      return { start: s1, end: s2, insert: text.slice(e1, s2) + line, kind };
    }
    case 'type-in-string': {
      const quotes = [];
      for (const m of text.matchAll(/(['"`])[^'"`\n\\$]{1,60}\1/g)) quotes.push(m.index + 1 + p.int(0, m[0].length - 2));
      if (quotes.length === 0) return { start: 0, end: 0, insert: '', kind };
      const at = p.one(quotes);
      return p.chance(0.7) ? { start: at, end: at, insert: p.one(['a', 'Z', ' ', '-', '0', 'é', '\u{1f600}', 'ls ']), kind } : { start: at, end: Math.min(at + 1, len), insert: '', kind };
    }
    case 'type-char': {
      const at = pos();
      return { start: at, end: at, insert: p.chance(0.8) ? p.one([...SYNTAX_CHARS, 'a', 'e', 'x', '0']) : randomCodePoint(p), kind };
    }
    case 'delete-char': {
      const at = p.int(0, Math.max(0, len - 1));
      return { start: at, end: Math.min(len, at + 1), insert: '', kind };
    }
    case 'delete-span': {
      const at = pos();
      return { start: at, end: Math.min(len, at + p.skewed(1, 400)), insert: '', kind };
    }
    case 'paste-span': {
      const a = pos();
      const b = Math.min(len, a + p.skewed(1, 400));
      const at = pos();
      return { start: at, end: at, insert: text.slice(a, b), kind };
    }
    case 'random-chunk': {
      const at = pos();
      return { start: at, end: Math.min(len, at + p.int(0, 3)), insert: randomChunk(p), kind };
    }
    default: {
      const at = pos();
      return { start: at, end: at, insert: p.one(['\n', '\r\n', '\n    ', '\n\t']), kind };
    }
  }
}

/**
 * Moves offsets that would split a surrogate pair or a CR LF pair to the pair's start (editors
 * never send such edits; the LSP position of an offset inside CR LF is not defined).
 */
export function snapEdit(text, e) {
  const snap = (o) => {
    if (o <= 0 || o >= text.length) return o;
    const a = text.charCodeAt(o - 1);
    const b = text.charCodeAt(o);
    return (isHigh(a) && isLow(b)) || (a === 13 && b === 10) ? o - 1 : o;
  };
  const start = snap(e.start);
  const end = Math.max(start, snap(e.end));
  return { ...e, start, end };
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** Offsets where LSP lines start: after CR LF, LF or a lone CR (as the LSP specification says). */
export function lspLineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** The LSP position (line, UTF-16 character) of `offset`, given `lspLineStarts(text)`. */
export function lspPosition(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
