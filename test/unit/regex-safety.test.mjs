// Every regular expression in the engine, language server and CLI (server/src/**/*.ts) is checked
// for catastrophic backtracking with recheck: most of them run on the text of the files being
// analysed, so a super-linear one lets a crafted file stall the editor.
//
// The expressions are taken from the TypeScript syntax tree (so comments and strings are never
// mistaken for regexes): regex literals, RegExp(...) / new RegExp(...) with literal arguments, and
// string literals passed to .match / .matchAll / .search (which become regexes). A RegExp built
// from anything else cannot be checked here and fails the test until it is reviewed and listed in
// REVIEWED_DYNAMIC. As a cross-check, every regex literal of the built bundles (dist/*.js) whose
// source map points into server/src must be among the extracted ones.
//
// recheck uses its native binary (the recheck-<os>-<arch> package) when installed, otherwise a
// pure JavaScript build; both work offline. Checks that time out are 'unknown': listed, not failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { check } from 'recheck';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SRC = join(root, 'server', 'src');
// server.js and cli.js each include the engine.
const BUNDLES = ['server.js', 'cli.js'];
/** `file: expression` of RegExp constructions from non-literal patterns that were reviewed by hand. */
const REVIEWED_DYNAMIC = new Set([
  // The KNOWN_FORMATS literals (checked here as literals) again, with the g flag.
  "server/src/engine/config/secrets.ts: new RegExp(f.re.source, 'g')",
  // A Python name reduced to word characters between fixed, linear pieces.
  "server/src/engine/py/eval.ts: new RegExp(`^[ \\\\t]*${name.replace(/[^\\w]/g, '')}[ \\\\t]*(?::[^=\\\\n]*)?=(?!=)([^\\\\n]*)`, 'gm')",
]);
/** The whole file's checks should end within about this (the pure JS fallback is ~10x slower). */
const TOTAL_BUDGET_MS = 15_000;

function tsFiles(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The string value of a literal (or a + concatenation of literals), else undefined. */
function literalString(node) {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return literalString(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = literalString(node.left);
    const b = literalString(node.right);
    return a !== undefined && b !== undefined ? a + b : undefined;
  }
  return undefined;
}

function splitLiteral(text) {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Regexes of one TypeScript (or JavaScript) text: { line, source, flags, how } and dynamic ones. */
function extract(fileName, text, kind = ts.ScriptKind.TS) {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found = [];
  const dynamic = [];
  const lineOf = (n) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      found.push({ line: lineOf(n), ...splitLiteral(n.getText(sf)), how: 'literal', pos: n.getStart(sf) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && isRegExpCallee(n.expression)) {
      const source = literalString(n.arguments?.[0]);
      const flags = n.arguments?.[1] === undefined ? '' : literalString(n.arguments[1]);
      if (n.arguments?.length && ts.isRegularExpressionLiteral(n.arguments[0]) && (flags !== undefined || n.arguments.length === 1)) {
        // new RegExp(/x/, 'g'): the literal is found on its own; only its flags change.
        if (flags) found.push({ line: lineOf(n), ...splitLiteral(n.arguments[0].getText(sf)), flags, how: 'RegExp(literal)' });
      } else if (source !== undefined && flags !== undefined) found.push({ line: lineOf(n), source, flags, how: 'RegExp(string)' });
      else dynamic.push({ line: lineOf(n), expr: n.getText(sf).slice(0, 120) });
    } else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ['match', 'matchAll', 'search'].includes(n.expression.name.text)) {
      const s = literalString(n.arguments[0]);
      if (s !== undefined) found.push({ line: lineOf(n), source: s, flags: n.expression.name.text === 'matchAll' ? 'g' : '', how: `.${n.expression.name.text}(string)` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { found, dynamic, sf };
}

function isRegExpCallee(e) {
  return (ts.isIdentifier(e) && e.text === 'RegExp') || (ts.isPropertyAccessExpression(e) && e.name.text === 'RegExp' && ts.isIdentifier(e.expression) && e.expression.text === 'globalThis');
}

const files = tsFiles(SRC);
const regexes = [];
const dynamic = [];
for (const f of files) {
  const r = extract(f, readFileSync(f, 'utf8'));
  for (const x of r.found) regexes.push({ file: relative(root, f), ...x });
  for (const x of r.dynamic) dynamic.push({ file: relative(root, f), ...x });
}

/** Whether recheck will use its native binary (fast) rather than its pure JavaScript build. */
function nativeBackend() {
  const backend = process.env.RECHECK_BACKEND ?? 'auto';
  if (backend === 'pure' || backend === 'worker') return false;
  if (process.env.RECHECK_BIN) return true;
  const os = { darwin: 'macos', linux: 'linux', win32: 'windows' }[process.platform];
  try {
    createRequire(import.meta.url).resolve(`recheck-${os}-${process.arch}/package.json`);
    return true;
  } catch {
    return false;
  }
}

test('the extraction finds regexes by syntax, not by text', () => {
  const sample = [
    '// const a = /not-a-regex(a+)+/;',
    "const s = '/also (not)+ one/';",
    'const t = `/nor (this)+ ${x / 2} /`;',
    'const half = a / b / c;',
    'const re = /real(x)+/gi;',
    "const d = new RegExp('built' + '(y)+', 'm');",
    "const e = text.match('implicit');",
    'const f = new RegExp(pattern);',
    "if (x) /after-paren/.test(s);",
  ].join('\n');
  const { found, dynamic: dyn } = extract('sample.ts', sample);
  assert.deepEqual(found.map((r) => [r.line, r.source, r.flags]), [
    [5, 'real(x)+', 'gi'],
    [6, 'built(y)+', 'm'],
    [7, 'implicit', ''],
    [9, 'after-paren', ''],
  ]);
  assert.deepEqual(dyn.map((d) => d.line), [8]);
});

test('every regex of the built bundles that comes from server/src was extracted', (t) => {
  assert.ok(existsSync(join(root, 'dist', 'engine.js')), 'dist/engine.js exists (run `npm run build` first)');
  const known = new Set(regexes.filter((r) => r.how === 'literal').map((r) => `${r.file}:${r.line}:/${r.source}/${r.flags}`));
  let mapped = 0;
  let withMaps = 0;
  const missing = [];
  for (const b of BUNDLES) {
    const js = join(root, 'dist', b);
    const code = existsSync(js) ? readFileSync(js, 'utf8') : '';
    // A production build has no source map (a .map file beside it would be a stale one).
    if (!code.trimEnd().endsWith(`//# sourceMappingURL=${b}.map`) || !existsSync(js + '.map')) continue;
    withMaps++;
    const map = new SourceMap(JSON.parse(readFileSync(js + '.map', 'utf8')));
    const { found, sf } = extract(js, code, ts.ScriptKind.JS);
    for (const r of found.filter((x) => x.how === 'literal')) {
      const { line, character } = sf.getLineAndCharacterOfPosition(r.pos);
      const entry = map.findEntry(line, character);
      const src = entry?.originalSource ? resolve(dirname(js), entry.originalSource.replace(/^file:\/\//, '')) : '';
      if (!src.startsWith(SRC)) continue;
      mapped++;
      const key = `${relative(root, src)}:${entry.originalLine + 1}:/${r.source}/${r.flags}`;
      if (!known.has(key)) missing.push(key);
    }
  }
  if (withMaps === 0) {
    t.skip('dist/ holds a production build (no source maps); `npm run build` makes one with maps');
    return;
  }
  assert.deepEqual(missing, [], 'bundle regexes that the source extraction missed');
  assert.ok(mapped > 0, 'the bundles contain regexes from server/src');
});

test('no regular expression in server/src can backtrack catastrophically', { timeout: 300_000 }, async () => {
  const native = nativeBackend();
  assert.ok(regexes.length > 0, 'found regexes to check');
  // One check per distinct pattern; all its places are reported.
  const unique = new Map();
  for (const r of regexes) {
    const key = `/${r.source}/${r.flags}`;
    if (!unique.has(key)) unique.set(key, { source: r.source, flags: r.flags, places: [] });
    unique.get(key).places.push(`${r.file}:${r.line}`);
  }
  const t0 = performance.now();
  const items = [...unique.values()];
  // recheck's 'auto' checker decides by NFA size: the automaton checker (exact) for small ones,
  // the fuzzing checker for large ones. The size limit is lowered from 35,000 so that the long
  // word alternations (discovery and guard names) are fuzzed, which takes a fraction of a second
  // instead of several. A check that still times out is retried with the fuzzing checker.
  const params = { maxNFASize: 3_000, timeout: native ? 3_000 : 1_500 };
  // One check first: concurrent first calls would each start a recheck agent.
  items[0].result = await checkWithin(items[0], params);
  await pool(items.slice(1), 2, async (it) => {
    it.result = await checkWithin(it, params);
  });
  for (const it of items.filter((x) => x.result.status === 'unknown')) {
    const left = TOTAL_BUDGET_MS - (performance.now() - t0);
    if (left < 500) break;
    const retry = await checkWithin(it, { timeout: Math.min(5_000, left), checker: 'fuzz' });
    if (retry.status !== 'unknown') it.result = retry;
  }
  // The fuzzing checker can call a linear pattern polynomial (its step counts are a sample); the
  // automaton checker is exact. A fuzzing verdict of 'vulnerable' stands unless the automaton
  // checker, given room, proves the pattern safe.
  // When the automaton cannot decide in time, V8 runs the attack string recheck built: a pattern
  // that really backtracks takes seconds on it (the ones this test has caught took 2–5 s); one the
  // fuzzer misjudged takes milliseconds, and is kept as 'safe (attack ran in N ms)'.
  for (const it of items.filter((x) => x.result.status === 'vulnerable' && x.result.checker === 'fuzz')) {
    const exact = await checkWithin(it, { checker: 'automaton', maxNFASize: 100_000, timeout: 10_000 });
    if (exact.status === 'safe') {
      it.result = exact;
      continue;
    }
    const attack = it.result.attack?.string;
    if (typeof attack !== 'string') continue;
    const re = new RegExp(it.source, it.flags);
    const t = performance.now();
    re.lastIndex = 0;
    re.exec(attack);
    const ms = performance.now() - t;
    if (ms < 250) it.result = { ...it.result, status: 'safe', note: `fuzz attack ran in ${ms.toFixed(0)} ms` };
  }
  const by = (s) => items.filter((x) => x.result.status === s);
  const show = (it) => `  ${it.places.join(', ')}  /${it.source}/${it.flags}`;
  const summary = `checked ${regexes.length} regular expressions (${items.length} distinct) in ${files.length} files with recheck (${native ? 'native' : 'pure JS'}; ${items.filter((x) => x.result.checker === 'automaton').length} by automaton, ${items.filter((x) => x.result.checker === 'fuzz').length} by fuzzing) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${by('safe').length} safe, ${by('unknown').length} unknown, ${by('vulnerable').length} vulnerable`;
  console.log(summary);
  for (const it of by('unknown')) console.log(`unknown (${it.result.error?.kind ?? 'no answer'}):\n${show(it)}`);
  const vulnerable = by('vulnerable').map((it) => `${show(it)}\n    ${it.result.complexity?.summary ?? ''}; attack: ${it.result.attack?.pattern ?? '?'}`);
  assert.deepEqual(dynamic.filter((d) => !REVIEWED_DYNAMIC.has(`${d.file}: ${d.expr}`)).map((d) => `${d.file}:${d.line}: ${d.expr}`), [], 'RegExp built from non-literal patterns (review them, then list them in REVIEWED_DYNAMIC)');
  assert.deepEqual(vulnerable, [], `regular expressions with super-linear backtracking (${summary})`);
  // The check has to decide most patterns to mean anything.
  assert.ok(by('unknown').length <= Math.ceil(items.length * 0.1), `too many undecided: ${by('unknown').length} of ${items.length}`);
});

/** recheck's check, cancelled (status 'unknown') if it has not answered shortly after its own timeout. */
async function checkWithin(it, params) {
  const ac = new AbortController();
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => {
      ac.abort();
      resolve({ status: 'unknown', error: { kind: 'no answer from recheck' } });
    }, params.timeout + 5_000);
  });
  try {
    return await Promise.race([check(it.source, it.flags, { ...params, signal: ac.signal }), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
