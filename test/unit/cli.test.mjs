// CLI tests: run the bundled dist/cli.js as a child process on temporary trees and check exit
// codes, the directory walk, and the text/JSON/SARIF output. Tests about findings compare with
// what dist/engine.js returns for the same files, so they hold whatever the engine finds; the
// formatters are also run on synthetic findings (bundled from source with esbuild) so codeFlows,
// regions and the text layout are covered even while the engine reports little.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, symlinkSync, rmSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import engineMod from '../../dist/engine.js';

const { Engine, RULES, langFromPath } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const cli = join(dist, 'cli.js');
const examples = join(root, 'examples');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const engine = await Engine.create(dist);
const HELP_BASE = 'https://github.com/mcp-warden/mcp-warden/blob/main/';

const tmpRoot = mkdtempSync(join(tmpdir(), 'mcp-warden-cli-'));
process.on('exit', () => rmSync(tmpRoot, { recursive: true, force: true }));
let tmpCount = 0;

/** Creates a temp dir holding `files` (path → string | Buffer). */
function tree(files) {
  const dir = join(tmpRoot, `t${tmpCount++}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

function run(args, { cwd = root, env = {} } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    timeout: 60_000,
  });
  assert.equal(r.error, undefined, `spawn failed: ${r.error}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runJson(args, opts) {
  const r = run([...args, '--format', 'json'], opts);
  assert.notEqual(r.code, 2, `exit 2: ${r.stderr}`);
  return { ...r, json: JSON.parse(r.stdout) };
}

const decoder = new TextDecoder('utf-8');
const host = {
  readFile(p) {
    try {
      return decoder.decode(readFileSync(p));
    } catch {
      return undefined;
    }
  },
};

/** What the engine itself reports for every analysable file under `dir` (sorted, cwd-relative). */
function engineFindings(cwd, files, rules) {
  const out = [];
  for (const rel of files) {
    const abs = join(cwd, rel);
    const a = engine.analyzeText(abs, host.readFile(abs), { host, rules, budgetMs: 5000 });
    for (const f of a.findings) out.push({ ruleId: f.ruleId, severity: f.severity, path: rel, line: f.range.start.line + 1, column: f.range.start.character + 1 });
  }
  return out;
}

const cwdRelative = (cwd, abs) => relative(cwd, abs).split(sep).join('/');

// A small MCP server with a shell flaw, used where a realistic input file is needed.
const TS_SERVER = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { exec } from 'node:child_process';
import { z } from 'zod';
const server = new McpServer({ name: 'demo', version: '1.0.0' });
server.tool('list', 'Lists a directory', { dir: z.string() }, async ({ dir }) => {
  exec(\`ls \${dir}\`);
  return { content: [{ type: 'text', text: 'ok' }] };
});
`;
const PY_SERVER = `from mcp.server.fastmcp import FastMCP
import subprocess
mcp = FastMCP("demo")

@mcp.tool()
def du(path: str) -> str:
    return subprocess.run(f"du -sh {path}", shell=True, capture_output=True, text=True).stdout
`;

// ---------------------------------------------------------------------------------------------
// Usage, help, version

test('--help prints usage and exits 0; --version prints the package version', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: mcp-warden check/);
  for (const r of RULES) assert.ok(help.stdout.includes(r.meta.id), `help lists ${r.meta.id}`);
  const version = run(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), pkg.version);
  assert.equal(run(['check', '--help']).code, 0);
  assert.equal(run(['-V']).stdout.trim(), pkg.version);
});

test('usage errors exit 2 with a short usage line', () => {
  const cases = [
    [],
    ['scan'],
    ['check', '--format', 'xml'],
    ['check', '--format'],
    ['check', '--fail-on', 'sometimes'],
    ['check', '--rule', 'no-such-rule=error'],
    ['check', '--rule', 'tool-input-to-shell=loud'],
    ['check', '--rule', 'tool-input-to-shell'],
    ['check', '--output'],
    ['check', '--exclude'],
    ['check', '--frobnicate'],
    ['check', '--format=yaml', '.'],
  ];
  for (const args of cases) {
    const r = run(args);
    assert.equal(r.code, 2, `${JSON.stringify(args)} → ${r.code}: ${r.stderr}`);
    assert.match(r.stderr, /^usage: mcp-warden check/m, `usage line for ${JSON.stringify(args)}`);
    assert.equal(r.stdout, '', `nothing on stdout for ${JSON.stringify(args)}`);
    assert.ok(r.stderr.split('\n').length <= 5, 'short message');
  }
  assert.match(run(['check', '--rule', 'no-such-rule=error']).stderr, /no-such-rule/);
});

test('a missing path exits 2 and names the path on stderr, even next to a good one', () => {
  const dir = tree({ 'a.ts': 'export const a = 1;\n' });
  const r = run(['check', 'a.ts', 'does/not/exist.ts'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /does\/not\/exist\.ts/);
  assert.match(r.stderr, /no such file or directory/);
  assert.equal(r.stdout, '');
  const r2 = run(['check', join(dir, 'nope')]);
  assert.equal(r2.code, 2);
  assert.ok(r2.stderr.includes(join(dir, 'nope')));
});

// ---------------------------------------------------------------------------------------------
// Walking

test('the directory walk skips dependency and build folders, declaration files and symlink loops', () => {
  const dir = tree({
    'src/index.ts': TS_SERVER,
    'src/util.mjs': 'export const x = 1;\n',
    'src/lib/helper.cjs': 'module.exports = {};\n',
    'src/view.tsx': 'export const V = () => null;\n',
    'src/types.d.ts': 'export type T = string;\n',
    'src/types.d.mts': 'export type T = string;\n',
    'server.py': PY_SERVER,
    'stubs/x.pyi': 'def f() -> None: ...\n',
    'README.md': '# readme\n',
    'data.json': '{}\n',
    'node_modules/dep/index.js': 'module.exports = 1;\n',
    'src/node_modules/nested/index.js': 'module.exports = 1;\n',
    '.venv/lib/python3.12/site-packages/pkg/mod.py': 'x = 1\n',
    'venv/lib/mod.py': 'x = 1\n',
    'env/mod.py': 'x = 1\n',
    '.git/hooks/pre-commit.py': 'x = 1\n',
    'dist/bundle.js': 'x = 1\n',
    'build/out.js': 'x = 1\n',
    'out/out.js': 'x = 1\n',
    'coverage/lcov.js': 'x = 1\n',
    '.next/server.js': 'x = 1\n',
    '__pycache__/m.py': 'x = 1\n',
    '.tox/py312/m.py': 'x = 1\n',
    'lib/site-packages/m.py': 'x = 1\n',
  });
  symlinkSync('..', join(dir, 'src', 'lib', 'loop')); // src/lib/loop → src (a cycle)
  symlinkSync(join(dir, 'missing-target'), join(dir, 'src', 'dangling.ts'));
  const { json, code } = runJson(['check', '--fail-on', 'never'], { cwd: dir });
  assert.equal(code, 0);
  assert.deepEqual(
    json.files.map((f) => f.path),
    ['server.py', 'src/index.ts', 'src/lib/helper.cjs', 'src/util.mjs', 'src/view.tsx', 'stubs/x.pyi'],
  );
  assert.equal(json.summary.files, 6);
  assert.deepEqual(
    json.files.map((f) => f.language),
    ['python', 'typescript', 'javascript', 'javascript', 'tsx', 'python'],
  );
});

test('--exclude globs prune files and folders; explicitly named files are analysed even in skipped folders', () => {
  const dir = tree({
    'src/a.ts': 'export const a = 1;\n',
    'src/a.test.ts': 'export const t = 1;\n',
    'src/gen/big.ts': 'export const g = 1;\n',
    'tools/gen/other.py': 'x = 1\n',
    'node_modules/dep/index.js': 'module.exports = 1;\n',
    'notes.txt': 'hello\n',
  });
  const r1 = runJson(['check', '--exclude', '*.test.ts', '--exclude', 'src/gen/**'], { cwd: dir });
  assert.deepEqual(r1.json.files.map((f) => f.path), ['src/a.ts', 'tools/gen/other.py']);
  const r2 = runJson(['check', '--exclude=gen'], { cwd: dir });
  assert.deepEqual(r2.json.files.map((f) => f.path), ['src/a.test.ts', 'src/a.ts']);
  const r3 = runJson(['check', 'node_modules/dep/index.js', 'src/a.ts', 'src/a.ts', './src'], { cwd: dir });
  assert.deepEqual(r3.json.files.map((f) => f.path), ['node_modules/dep/index.js', 'src/a.test.ts', 'src/a.ts', 'src/gen/big.ts']);
  const r4 = run(['check', 'notes.txt'], { cwd: dir });
  assert.equal(r4.code, 0);
  assert.match(r4.stderr, /notes\.txt: not a TypeScript, JavaScript or Python source file/);
});

test('paths are reported relative to the working directory', () => {
  const dir = tree({ 'pkg/src/server.ts': TS_SERVER });
  const { json } = runJson(['check', join(dir, 'pkg')], { cwd: join(dir, 'pkg', 'src') });
  assert.deepEqual(json.files.map((f) => f.path), ['server.ts']);
  for (const f of json.findings) assert.equal(f.path, 'server.ts');
});

// ---------------------------------------------------------------------------------------------
// JSON

test('JSON output parses, has the documented shape and matches the engine', () => {
  const dir = tree({ 'src/index.ts': TS_SERVER, 'server.py': PY_SERVER, 'src/empty.js': '' });
  const { json, code } = runJson(['check', '--fail-on', 'never'], { cwd: dir });
  assert.equal(code, 0);
  assert.equal(json.version, 1);
  assert.deepEqual(json.tool, { name: 'mcp-warden', version: pkg.version });
  assert.ok(Array.isArray(json.files) && Array.isArray(json.findings));
  for (const f of json.files) {
    assert.equal(typeof f.path, 'string');
    assert.equal(typeof f.language, 'string');
    assert.ok(Array.isArray(f.definitions));
    assert.equal(typeof f.syntaxErrors, 'boolean');
  }
  const expected = engineFindings(dir, json.files.map((f) => f.path));
  assert.deepEqual(
    json.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, line: f.range.startLine, column: f.range.startColumn })),
    expected,
  );
  for (const f of json.findings) {
    assert.equal(typeof f.message, 'string');
    assert.ok(Array.isArray(f.flow));
    assert.ok(Array.isArray(f.cwe));
    assert.match(f.fingerprint, /^[0-9a-f]{32}$/);
    assert.ok(f.docs.startsWith(HELP_BASE));
  }
  const s = json.summary;
  assert.equal(s.files, 3);
  assert.equal(s.findings, json.findings.length);
  assert.equal(s.error + s.warning + s.information + s.hint, s.findings);
  assert.equal(typeof s.incomplete, 'number');
});

test('--rule settings reach the engine: severities change and "off" removes findings', () => {
  const dir = tree({ 'src/index.ts': TS_SERVER, 'server.py': PY_SERVER });
  const files = ['server.py', 'src/index.ts'];
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, 'hint']));
  rules['tool-input-to-shell'] = 'off';
  const args = RULES.map((r) => `--rule=${r.meta.id}=${rules[r.meta.id]}`);
  const { json, code } = runJson(['check', ...args], { cwd: dir });
  assert.equal(code, 0, 'only hints (and nothing from the rule turned off): exit 0');
  assert.ok(json.findings.every((f) => f.severity === 'hint' && f.ruleId !== 'tool-input-to-shell'));
  assert.equal(json.findings.length, engineFindings(dir, files, rules).length);
  const sarif = JSON.parse(run(['check', '--format', 'sarif', '--rule', 'tool-input-to-shell=off'], { cwd: dir }).stdout);
  const overrides = sarif.runs[0].invocations[0].ruleConfigurationOverrides;
  assert.deepEqual(overrides, [{ descriptor: { id: 'tool-input-to-shell', index: RULES.findIndex((r) => r.meta.id === 'tool-input-to-shell') }, configuration: { enabled: false } }]);
});

test('output is deterministic and --output writes the report to a file', () => {
  const dir = tree({ 'b/server.ts': TS_SERVER, 'a/server.py': PY_SERVER, 'c.js': 'const x = 1;\n' });
  for (const format of ['text', 'json', 'sarif']) {
    const first = run(['check', '--format', format, '--fail-on', 'never'], { cwd: dir });
    const second = run(['check', '--format', format, '--fail-on', 'never'], { cwd: dir });
    assert.equal(first.code, 0);
    assert.equal(first.stdout, second.stdout, `${format} output is stable`);
    const out = run(['check', '--format', format, '--fail-on', 'never', '--output', 'reports/out.txt'], { cwd: dir });
    assert.equal(out.code, 0);
    assert.equal(out.stdout, '');
    assert.equal(readFileSync(join(dir, 'reports', 'out.txt'), 'utf8'), first.stdout);
  }
});

// ---------------------------------------------------------------------------------------------
// SARIF

function checkSarifStructure(log, expectedResults) {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run0 = log.runs[0];
  const driver = run0.tool.driver;
  assert.equal(driver.name, 'mcp-warden');
  assert.equal(driver.version, pkg.version);
  assert.match(driver.informationUri, /^https:\/\//);
  assert.deepEqual(driver.rules.map((r) => r.id), RULES.map((r) => r.meta.id), 'every rule, in RULES order');
  for (const [i, rule] of driver.rules.entries()) {
    const meta = RULES[i].meta;
    assert.equal(rule.helpUri, HELP_BASE + meta.docs);
    assert.match(rule.helpUri, /^https:\/\/github\.com\/mcp-warden\/mcp-warden\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
    assert.ok(rule.name && /^[A-Za-z0-9]+$/.test(rule.name));
    assert.equal(rule.shortDescription.text, meta.title);
    assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    const tags = rule.properties.tags;
    assert.ok(tags.includes('security'));
    for (const cwe of meta.cwe) assert.ok(tags.includes(`external/cwe/cwe-${cwe}`), `${meta.id} tagged CWE-${cwe}`);
    assert.ok(meta.cwe.length > 0 && tags.some((t) => /^external\/cwe\/cwe-\d+$/.test(t)));
    const sev = Number(rule.properties['security-severity']);
    assert.ok(sev > 0 && sev <= 10, `${meta.id} security-severity ${sev}`);
  }
  assert.ok(run0.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'));
  assert.ok(run0.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'));
  assert.equal(run0.invocations.length, 1);
  assert.equal(typeof run0.invocations[0].executionSuccessful, 'boolean');
  assert.ok(Array.isArray(run0.results));
  assert.equal(run0.results.length, expectedResults);
  for (const res of run0.results) checkResult(res, driver.rules);
}

function checkRegion(region) {
  for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[k]) && region[k] >= 1, `${k} is a 1-based integer`);
  assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
}

function checkResult(res, rules) {
  assert.equal(rules[res.ruleIndex].id, res.ruleId);
  assert.ok(['none', 'note', 'warning', 'error'].includes(res.level));
  assert.equal(typeof res.message.text, 'string');
  assert.equal(res.locations.length, 1);
  const loc = res.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.ok(!loc.artifactLocation.uri.startsWith('/') && !loc.artifactLocation.uri.includes('\\'));
  checkRegion(loc.region);
  assert.equal(typeof Object.values(res.partialFingerprints)[0], 'string');
  if (res.codeFlows) {
    assert.equal(res.codeFlows.length, 1);
    const locs = res.codeFlows[0].threadFlows[0].locations;
    assert.ok(locs.length > 0);
    for (const l of locs) {
      checkRegion(l.location.physicalLocation.region);
      assert.equal(typeof l.location.message.text, 'string');
    }
  }
}

test('SARIF: one run, every rule with helpUri, CWE tags and security-severity; results match the engine', () => {
  const dir = tree({ 'src/index.ts': TS_SERVER, 'server.py': PY_SERVER, 'lib/util.js': 'export const x = 1;\n' });
  const r = run(['check', '--format', 'sarif', '--fail-on', 'never'], { cwd: dir });
  assert.equal(r.code, 0);
  const log = JSON.parse(r.stdout);
  const expected = engineFindings(dir, ['lib/util.js', 'server.py', 'src/index.ts']);
  checkSarifStructure(log, expected.length);
  assert.deepEqual(
    log.runs[0].results.map((res) => ({
      ruleId: res.ruleId,
      path: res.locations[0].physicalLocation.artifactLocation.uri,
      line: res.locations[0].physicalLocation.region.startLine,
    })),
    expected.map((f) => ({ ruleId: f.ruleId, path: f.path, line: f.line })),
  );
  assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir).href + '/');
});

test('SARIF for the examples folder is structurally valid', () => {
  const r = run(['check', 'examples', '--format', 'sarif', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  const files = ['examples/vulnerable-python-server/server.py', 'examples/vulnerable-ts-server/src/helpers.ts', 'examples/vulnerable-ts-server/src/index.ts'];
  checkSarifStructure(log, engineFindings(root, files).length);
});

// ---------------------------------------------------------------------------------------------
// Exit codes

test('exit code follows --fail-on: 1 only for findings at or above the level, never → 0', () => {
  const dir = tree({ 'src/index.ts': TS_SERVER, 'server.py': PY_SERVER });
  const found = engineFindings(dir, ['server.py', 'src/index.ts']);
  const expect = (levels) => (found.some((f) => levels.includes(f.severity)) ? 1 : 0);
  assert.equal(run(['check'], { cwd: dir }).code, expect(['error']));
  assert.equal(run(['check', '--fail-on', 'error'], { cwd: dir }).code, expect(['error']));
  assert.equal(run(['check', '--fail-on', 'warning'], { cwd: dir }).code, expect(['error', 'warning']));
  assert.equal(run(['check', '--fail-on', 'never'], { cwd: dir }).code, 0);
  assert.equal(run(['check', 'examples', '--fail-on', 'never']).code, 0);
  const clean = tree({ 'a.ts': 'export const a = 1;\n' });
  const r = run(['check'], { cwd: clean });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'No findings; 1 file scanned.\n');
});

// ---------------------------------------------------------------------------------------------
// Robustness

test('binary garbage, invalid UTF-8, NUL bytes and odd files do not crash the CLI', () => {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const garbage = Buffer.from(Array.from({ length: 64 * 1024 }, rand));
  const noNul = Buffer.from(Array.from({ length: 16 * 1024 }, () => rand() | 1));
  const dir = tree({
    'garbage.ts': garbage,
    'high-bytes.js': noNul,
    'latin1.py': Buffer.concat([Buffer.from('name = "'), Buffer.from([0xe9, 0xff, 0xfe, 0xc0, 0x80]), Buffer.from('"\n')]),
    'truncated-utf8.ts': Buffer.concat([Buffer.from("const s = '"), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from("';\n")]),
    'bom.ts': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TS_SERVER)]),
    'empty.py': '',
    'crlf.py': PY_SERVER.replace(/\n/g, '\r\n'),
    'unterminated.ts': 'server.tool("x", {}, async ({ a }) => { exec(`ls ${a}',
    'deep.js': '['.repeat(50_000),
    'minified.js': ('var a=1;'.repeat(5000) + '\n').repeat(3),
    'name with spaces & #hash.ts': TS_SERVER,
  });
  for (const format of ['text', 'json', 'sarif']) {
    const r = run(['check', '--format', format, '--fail-on', 'never'], { cwd: dir });
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /internal error|TypeError|RangeError/);
    if (format === 'json') {
      const json = JSON.parse(r.stdout);
      assert.equal(json.summary.files, 11);
      const garbageFile = json.files.find((f) => f.path === 'garbage.ts');
      assert.match(garbageFile.incomplete ?? '', /binary/, 'NUL bytes: reported as skipped');
      assert.equal(json.summary.incomplete, json.files.filter((f) => f.incomplete).length);
    }
    if (format === 'text') assert.match(r.stderr, /note: garbage\.ts: .*binary/);
    if (format === 'sarif') {
      const log = JSON.parse(r.stdout);
      const notes = log.runs[0].invocations[0].toolExecutionNotifications;
      assert.ok(notes.some((n) => n.locations[0].physicalLocation.artifactLocation.uri === 'garbage.ts' && /binary/.test(n.message.text)));
      for (const res of log.runs[0].results) checkResult(res, log.runs[0].tool.driver.rules);
      const uris = log.runs[0].results.map((res) => res.locations[0].physicalLocation.artifactLocation.uri);
      for (const u of uris) assert.doesNotMatch(u, / |#/, 'URIs are percent-encoded');
    }
  }
});

test('a report that cannot be written exits 2 and names the file', () => {
  const dir = tree({ 'a.ts': 'export const a = 1;\n', 'taken/.keep': '' });
  const r = run(['check', '--output', 'taken'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot write 'taken'/);
});

// Permissions are not enforced for root: drop to `nobody` with setpriv when running as root.
const isRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
const unprivileged = !isRoot ? [] : setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;

test('unreadable folders and files found in the walk are named on stderr and exit 2', { skip: unprivileged ? false : 'running as root without setpriv' }, () => {
  const dir = tree({ 'ok.ts': 'export const a = 1;\n', 'secret/x.ts': 'export const b = 1;\n', 'locked.py': 'x = 1\n' });
  chmodSync(tmpRoot, 0o755);
  chmodSync(dir, 0o755);
  chmodSync(join(dir, 'secret'), 0o000);
  chmodSync(join(dir, 'locked.py'), 0o000);
  try {
    const runAs = (args) => {
      const argv = [...unprivileged, process.execPath, cli, ...args];
      return spawnSync(argv[0], argv.slice(1), { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    };
    const r = runAs(['check', '--format', 'json']);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot read 'secret': permission denied/);
    assert.match(r.stderr, /cannot read 'locked\.py': permission denied/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f) => f.path), ['ok.ts'], 'the readable part is still reported');
    const r2 = runAs(['check', 'secret', '--fail-on', 'never']);
    assert.equal(r2.status, 2);
    assert.match(r2.stderr, /cannot read 'secret'/);
    assert.equal(r2.stdout, '');
  } finally {
    chmodSync(join(dir, 'secret'), 0o755);
    chmodSync(join(dir, 'locked.py'), 0o644);
  }
});

// ---------------------------------------------------------------------------------------------
// Formatters on synthetic findings (bundled from source, independent of what the engine finds)

const formatters = await (async () => {
  const outfile = join(tmpRoot, 'formatters.cjs');
  await esbuild.build({
    stdin: {
      contents: "export * from './server/src/cli/format'; export * from './server/src/cli/sarif'; export * from './server/src/cli/report';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
  });
  return createRequire(import.meta.url)(outfile);
})();

function syntheticReport(cwd) {
  const file = join(cwd, 'src', 'my server.ts');
  const helper = join(cwd, 'src', 'helpers.ts');
  const r = (l1, c1, l2, c2) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
  const lines = ['import x', 'server.tool("ls", { dir: z.string() }, async ({ dir }) => {', '  exec(`ls ${dir}`);', '  run(dir);', '});'];
  const findings = [
    {
      ruleId: 'tool-input-to-shell',
      message: 'Tool input `dir` reaches a shell command.',
      severity: 'error',
      file,
      range: r(2, 2, 2, 18),
      definition: 'ls',
      flow: [
        { file, range: r(1, 48, 1, 51), message: 'tool parameter `dir`' },
        { file, range: r(2, 2, 2, 18), message: 'exec(`ls ${dir}`)' },
      ],
    },
    {
      ruleId: 'tool-input-to-path',
      message: 'Tool input `dir` reaches a file path.\nSecond line \u001b[31m',
      severity: 'warning',
      file,
      range: r(3, 2, 3, 10),
      flow: [
        { file, range: r(1, 48, 1, 51), message: 'tool parameter `dir`' },
        { file: helper, range: r(9, 4, 9, 20), message: 'fs.readFileSync(p)' },
      ],
    },
    { ruleId: 'weak-input-schema', message: 'Unbounded string.', severity: 'hint', file, range: r(1, 27, 1, 37), flow: [] },
  ];
  const prints = formatters.fingerprints(findings, 'src/my server.ts', lines);
  const analysis = { file, lang: 'typescript', definitions: [{ kind: 'tool', name: 'ls', range: r(1, 0, 4, 2) }], findings, hasSyntaxErrors: false, incomplete: 'analysis stopped at the per-file time budget', timings: { parseMs: 1, analyzeMs: 1 } };
  return {
    toolVersion: pkg.version,
    cwd,
    files: [{ abs: file, path: 'src/my server.ts', lang: 'typescript', analysis }],
    findings: findings.map((f, i) => ({ ...f, path: 'src/my server.ts', fingerprint: prints[i] })),
    incomplete: [{ path: 'src/my server.ts', reason: analysis.incomplete }],
  };
}

test('text format: file:line:col  severity  rule  message, flow steps, summary; colour only on request', () => {
  const cwd = join(tmpRoot, 'proj');
  const report = syntheticReport(cwd);
  const text = formatters.formatText(report, false);
  assert.equal(
    text,
    [
      'src/my server.ts:3:3  error  tool-input-to-shell  Tool input `dir` reaches a shell command.',
      '  ↳ src/my server.ts:2:49  tool parameter `dir`',
      '  ↳ src/my server.ts:3:3  exec(`ls ${dir}`)',
      'src/my server.ts:4:3  warning  tool-input-to-path  Tool input `dir` reaches a file path. Second line \uFFFD[31m',
      '  ↳ src/my server.ts:2:49  tool parameter `dir`',
      '  ↳ src/helpers.ts:10:5  fs.readFileSync(p)',
      'src/my server.ts:2:28  hint  weak-input-schema  Unbounded string.',
      '',
      '3 findings (1 error, 1 warning, 0 information, 1 hint); 1 file scanned, 1 incomplete.',
      '',
    ].join('\n'),
  );
  const coloured = formatters.formatText(report, true);
  assert.match(coloured, /\u001b\[31merror\u001b\[39m/);
  assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), text);
});

test('text format groups findings per file with a blank line between files', () => {
  const cwd = join(tmpRoot, 'proj');
  const report = syntheticReport(cwd);
  const second = { ...report.findings[2], file: join(cwd, 'b.py'), path: 'b.py', flow: [] };
  const text = formatters.formatText({ ...report, findings: [...report.findings, second] }, false);
  assert.match(text, /Unbounded string\.\n\nb\.py:2:28  hint/);
});

test('SARIF on synthetic findings: codeFlows from the flow, 1-based regions, notifications, encoded URIs', () => {
  const cwd = join(tmpRoot, 'proj');
  const log = formatters.toSarif(syntheticReport(cwd), { rules: {} });
  const run0 = log.runs[0];
  assert.equal(run0.results.length, 3);
  for (const res of run0.results) checkResult(res, run0.tool.driver.rules);
  const [shell, pathRes, weak] = run0.results;
  assert.equal(shell.level, 'error');
  assert.equal(pathRes.level, 'warning');
  assert.equal(weak.level, 'note');
  assert.deepEqual(shell.locations[0].physicalLocation, {
    artifactLocation: { uri: 'src/my%20server.ts', uriBaseId: '%SRCROOT%' },
    region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 19 },
  });
  const steps = shell.codeFlows[0].threadFlows[0].locations;
  assert.deepEqual(steps.map((s) => s.location.message.text), ['tool parameter `dir`', 'exec(`ls ${dir}`)']);
  assert.deepEqual(steps[0].location.physicalLocation.region, { startLine: 2, startColumn: 49, endLine: 2, endColumn: 52 });
  assert.deepEqual(steps.map((s) => s.kinds[0]), ['source', 'sink']);
  assert.equal(pathRes.codeFlows[0].threadFlows[0].locations[1].location.physicalLocation.artifactLocation.uri, 'src/helpers.ts');
  assert.equal(weak.codeFlows, undefined, 'no codeFlows for an empty flow');
  assert.deepEqual(shell.properties, { mcpDefinition: 'ls' });
  const notes = run0.invocations[0].toolExecutionNotifications;
  assert.equal(notes.length, 1);
  assert.match(notes[0].message.text, /time budget/);
  // Fingerprints ignore line numbers: the same findings one line lower keep their fingerprints.
  const lines = ['import x', 'server.tool("ls", { dir: z.string() }, async ({ dir }) => {', '  exec(`ls ${dir}`);', '  run(dir);', '});'];
  const report = syntheticReport(cwd);
  const moved = report.findings.map((f) => ({ ...f, range: { start: { ...f.range.start, line: f.range.start.line + 1 }, end: f.range.end } }));
  assert.deepEqual(formatters.fingerprints(moved, 'src/my server.ts', ['// new first line', ...lines]), report.findings.map((f) => f.fingerprint));
  assert.equal(new Set(report.findings.map((f) => f.fingerprint)).size, 3);
});

test('SARIF uses a file URI for files outside the working directory', () => {
  const cwd = join(tmpRoot, 'proj');
  const report = syntheticReport(cwd);
  const outside = join(tmpRoot, 'elsewhere', 'x.ts');
  report.findings[0] = { ...report.findings[0], file: outside, path: '../elsewhere/x.ts' };
  const res = formatters.toSarif(report, { rules: {} }).runs[0].results[0];
  assert.deepEqual(res.locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(outside).href });
});

test('JSON on synthetic findings: 1-based ranges, flow paths relative to cwd, CWE and docs', () => {
  const cwd = join(tmpRoot, 'proj');
  const json = formatters.toJson(syntheticReport(cwd));
  const f = json.findings[1];
  assert.deepEqual(f.range, { startLine: 4, startColumn: 3, endLine: 4, endColumn: 11 });
  assert.deepEqual(f.flow.map((s) => s.path), ['src/my server.ts', 'src/helpers.ts']);
  assert.deepEqual(f.cwe, [22]);
  assert.equal(f.docs, HELP_BASE + 'docs/rules/tool-input-to-path.md');
  assert.equal(json.findings[0].definition, 'ls');
  assert.deepEqual(json.files[0].definitions, [{ kind: 'tool', name: 'ls', line: 2 }]);
  assert.equal(json.files[0].incomplete, 'analysis stopped at the per-file time budget');
  assert.deepEqual(json.summary, { files: 1, findings: 3, error: 1, warning: 1, information: 0, hint: 1, incomplete: 1 });
});

// ---------------------------------------------------------------------------------------------
// The examples: what the engine must find (see examples/README.md)

/** `FLAW <rule-id>` / `OK <rule-id>` markers in the examples: [{file, line (1-based), kind, rule}]. */
function exampleMarkers() {
  const out = [];
  const files = [
    'examples/vulnerable-ts-server/src/index.ts',
    'examples/vulnerable-ts-server/src/helpers.ts',
    'examples/vulnerable-python-server/server.py',
  ];
  for (const rel of files) {
    const lines = readFileSync(join(root, rel), 'utf8').split('\n');
    lines.forEach((l, i) => {
      const m = /(?:\/\/|#) (FLAW|OK) ([a-z]+(?:-[a-z]+)+) —/.exec(l);
      if (m) out.push({ file: rel, line: i + 1, kind: m[1], rule: m[2] });
    });
  }
  return out;
}

/** Does a finding point at `file:line`, as its primary location or as a step of its flow (a sink in a helper)? */
function hits(findings, file, line) {
  return findings.filter(
    (f) => (f.path === file && f.range.startLine === line) || f.flow.slice(1).some((s) => s.path === file && s.range.startLine === line),
  );
}

test('examples carry markers for every rule family', () => {
  const markers = exampleMarkers();
  const flawRules = new Set(markers.filter((m) => m.kind === 'FLAW').map((m) => m.rule));
  for (const id of ['tool-input-to-shell', 'tool-input-to-path', 'tool-input-to-url', 'tool-input-to-sql', 'tool-input-to-eval', 'unsafe-deserialization', 'weak-input-schema']) {
    assert.ok(flawRules.has(id), `a FLAW marker for ${id}`);
    assert.ok(RULES.some((r) => r.meta.id === id));
  }
  assert.ok(markers.filter((m) => m.kind === 'OK').length >= 8);
  assert.ok(existsSync(join(examples, 'README.md')));
});

const shellFinding = (() => {
  const r = run(['check', 'examples', '--format', 'json']);
  const json = JSON.parse(r.stdout);
  return { code: r.code, found: json.findings.some((f) => f.ruleId === 'tool-input-to-shell' && f.path.startsWith('examples/vulnerable-ts-server/')) };
})();

test(
  'examples: exec(`… ${dir}`) in a server.tool handler is flagged tool-input-to-shell and the CLI exits 1',
  shellFinding.found && shellFinding.code === 1 ? {} : { todo: 'engine in progress' },
  () => {
    assert.ok(shellFinding.found, 'a tool-input-to-shell finding in examples/vulnerable-ts-server');
    assert.equal(shellFinding.code, 1);
  },
);

const markerCheck = (() => {
  const { json } = { json: JSON.parse(run(['check', 'examples', '--format', 'json', '--fail-on', 'never']).stdout) };
  const problems = [];
  for (const m of exampleMarkers()) {
    const found = hits(json.findings, m.file, m.line).filter((f) => f.ruleId === m.rule);
    if (m.kind === 'FLAW' && found.length === 0) problems.push(`missed ${m.rule} at ${m.file}:${m.line}`);
    if (m.kind === 'OK' && found.length > 0) problems.push(`false positive ${m.rule} at ${m.file}:${m.line}`);
  }
  return problems;
})();

test(
  'examples: every FLAW marker is reported and every guarded OK look-alike stays quiet',
  markerCheck.length === 0 ? {} : { todo: `engine in progress (${markerCheck.length} marker(s) not met)` },
  () => {
    assert.deepEqual(markerCheck, []);
  },
);

// Files that `langFromPath` accepts are exactly the ones the walker keeps (minus declarations).
test('the walker and langFromPath agree on what is analysable', () => {
  const names = ['a.ts', 'a.mts', 'a.cts', 'a.tsx', 'a.js', 'a.mjs', 'a.cjs', 'a.jsx', 'a.py', 'a.pyi', 'a.d.ts', 'a.json', 'a.md', 'a.rb'];
  const dir = tree(Object.fromEntries(names.map((n) => [n, '\n'])));
  const { json } = runJson(['check'], { cwd: dir });
  const expected = names.filter((n) => langFromPath(n) && !/\.d\.[cm]?ts$/.test(n)).sort();
  assert.deepEqual(json.files.map((f) => f.path), expected);
  assert.ok(cwdRelative(dir, join(dir, 'a.ts')) === 'a.ts');
});
