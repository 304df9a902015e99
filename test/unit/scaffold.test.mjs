// "New Secure MCP Server" projects (client/src/scaffold): generated into a temp folder, they pass
// `mcp-warden check` with zero findings, the TypeScript one type-checks, builds and passes its own
// test (starting the server over stdio and calling its tool), the Python one compiles.
// Run after `npm run build`:  node --test test/unit/scaffold.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import engineMod from '../../dist/engine.js';

const { Engine } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function loadTs(rel) {
  const out = await esbuild.build({ entryPoints: [join(root, rel)], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { scaffold, validateProjectName, mainFile } = await loadTs('client/src/scaffold/index.ts');

let tmp;
let engine;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-scaffold-'));
  engine = await Engine.create(join(root, 'dist'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function write(dir, files) {
  for (const f of files) {
    const target = join(dir, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** `mcp-warden check <dir> --format json`: zero findings, and the server file was analysed. */
function assertCliClean(dir) {
  const r = run(process.execPath, [join(root, 'dist', 'cli.js'), 'check', dir, '--format', 'json', '--fail-on', 'warning']);
  let report;
  try {
    report = JSON.parse(r.out.slice(r.out.indexOf('{')));
  } catch {
    assert.fail(`the CLI did not print JSON (exit ${r.status}):\n${r.out}`);
  }
  assert.deepEqual(report.findings.map((f) => `${f.ruleId ?? f.rule}@${f.path}:${f.range?.start?.line}`), [], `findings in the generated project:\n${JSON.stringify(report.findings, null, 2)}`);
  assert.ok(report.summary.files >= 1, `the CLI analysed ${report.summary.files} files`);
  assert.equal(report.summary.incomplete, 0, 'analysis complete');
  assert.equal(r.status, 0, `exit code with --fail-on warning:\n${r.out}`);
}

/** The engine sees the generated server as MCP code with its tool. */
function assertToolDiscovered(file) {
  const a = engine.analyzeText(file, readFileSync(file, 'utf8'));
  assert.equal(a.hasSyntaxErrors, false, `${file} has syntax errors`);
  assert.deepEqual(a.definitions.map((d) => `${d.kind}:${d.name}`), ['tool:read_note']);
  assert.deepEqual(a.findings, []);
}

describe('scaffold()', () => {
  it('accepts npm/PyPI-safe names and rejects the rest', () => {
    for (const ok of ['notes', 'my-mcp-server', 'a1']) assert.equal(validateProjectName(ok), undefined, ok);
    for (const bad of ['', 'My', '1abc', 'a_b', 'a b', '../x', 'a/b', 'x-', 'a--b', 'a'.repeat(51)]) {
      assert.ok(validateProjectName(bad), `${JSON.stringify(bad)} should be rejected`);
      assert.throws(() => scaffold('typescript', bad), /invalid project name/);
    }
  });

  it('is a pure function of language and name', () => {
    assert.deepEqual(scaffold('typescript', 'notes-a'), scaffold('typescript', 'notes-a'));
    const py = scaffold('python', 'notes-a');
    assert.ok(py.some((f) => f.path === 'src/notes_a/server.py'), py.map((f) => f.path).join(', '));
    assert.ok(py.every((f) => !f.path.includes('__') || f.path.endsWith('__init__.py')), 'placeholders filled in paths');
    for (const f of [...py, ...scaffold('typescript', 'notes-a')]) {
      assert.ok(!f.content.includes('__NAME__') && !f.content.includes('__PKG__'), `${f.path}: unfilled placeholder`);
      assert.ok(!f.path.startsWith('/') && !f.path.split('/').includes('..'), `${f.path}: relative, inside the project`);
    }
  });
});

describe('TypeScript project', () => {
  let dir;
  before(() => {
    dir = join(tmp, 'notes-ts');
    write(dir, scaffold('typescript', 'notes-ts'));
  });

  it('has a server, a test, a README, package.json and tsconfig.json', () => {
    for (const f of ['src/server.ts', 'test/server.test.mjs', 'README.md', 'package.json', 'tsconfig.json', '.gitignore']) assert.ok(existsSync(join(dir, f)), f);
    assert.equal(mainFile('typescript', 'notes-ts'), 'src/server.ts');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'notes-ts');
    assert.ok(pkg.dependencies['@modelcontextprotocol/sdk'] && pkg.dependencies.zod);
  });

  it('passes mcp-warden check with zero findings', () => {
    assertCliClean(dir);
    assertToolDiscovered(join(dir, 'src', 'server.ts'));
  });

  it('type-checks, builds and passes its own test (server started over stdio)', () => {
    // The project's dependencies are this repository's (same SDK, zod, TypeScript, @types/node).
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsc = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir]);
    assert.equal(tsc.status, 0, `tsc failed:\n${tsc.out}`);
    assert.ok(existsSync(join(dir, 'dist', 'server.js')), 'built dist/server.js');
    // A fresh test runner (not a subtest of this one): without node:test's context variable.
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const t = run(process.execPath, ['--test', join(dir, 'test', 'server.test.mjs')], { cwd: dir, env });
    assert.equal(t.status, 0, `the generated project's test failed:\n${t.out}`);
    assert.match(t.out, /# pass 1/);
  });
});

describe('Python project', () => {
  let dir;
  before(() => {
    dir = join(tmp, 'notes-py');
    write(dir, scaffold('python', 'notes-py'));
  });

  it('has a server, tests, a README and pyproject.toml', () => {
    for (const f of ['src/notes_py/server.py', 'src/notes_py/__init__.py', 'tests/test_server.py', 'README.md', 'pyproject.toml', '.gitignore']) assert.ok(existsSync(join(dir, f)), f);
    assert.equal(mainFile('python', 'notes-py'), 'src/notes_py/server.py');
    const toml = readFileSync(join(dir, 'pyproject.toml'), 'utf8');
    assert.match(toml, /^name = "notes-py"$/m);
    assert.match(toml, /^notes-py = "notes_py\.server:main"$/m);
  });

  it('passes mcp-warden check with zero findings', () => {
    assertCliClean(dir);
    assertToolDiscovered(join(dir, 'src', 'notes_py', 'server.py'));
  });

  it('compiles (python3 -m py_compile)', (t) => {
    if (run('python3', ['--version']).status !== 0) return t.skip('python3 is not installed');
    const files = ['src/notes_py/server.py', 'src/notes_py/__init__.py', 'tests/test_server.py'].map((f) => join(dir, f));
    const r = run('python3', ['-m', 'py_compile', ...files], { env: { ...process.env, PYTHONPYCACHEPREFIX: join(tmp, 'pycache') } });
    assert.equal(r.status, 0, `py_compile failed:\n${r.out}`);
  });
});
