// The panel's logic through its message protocol, with a fake webview and fake VS Code parts
// (secret store, dialogs, trust), against real servers.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { core, EVERYTHING, everythingStdio, fakePanel, last, MISBEHAVING, startSecure, tmp, until } from './helpers.mjs';

describe('panel controller with server-everything (stdio)', () => {
  let p;
  before(async () => {
    p = fakePanel();
    await p.controller.handle({ type: 'ready' });
    p.controller.selectTool('get-sum'); // the CodeLens before connecting: a pending selection
    await p.controller.handle({ type: 'connect', config: everythingStdio() });
  });
  after(() => p.controller.dispose());

  it('kept the CodeLens selection pending, then opened its form once connected', () => {
    const sel = p.posted.find((m) => m.type === 'select');
    assert.deepEqual(sel, { type: 'select', tool: 'get-sum', pending: true });
    const form = last(p.posted, 'form');
    assert.equal(form.tool, 'get-sum');
    assert.deepEqual(form.root.properties.map((f) => [f.key, f.kind, f.required]), [['a', 'number', true], ['b', 'number', true]]);
  });

  it('shows the connection state, server info and the listing', () => {
    const st = last(p.posted, 'status');
    assert.equal(st.state, 'connected');
    assert.match(st.info.name, /everything/i);
    assert.equal(st.hasAuth, false);
    const l = last(p.posted, 'listing');
    assert.ok(l.tools.length >= 10);
    assert.ok(l.prompts.length > 0 && l.resources.length > 0);
    assert.ok(l.tools.find((t) => t.name === 'get-sum').annotations.readOnlyHint);
    assert.ok(core.ToWebviewSchema.safeParse(l).success);
  });

  it('validates before sending and keys errors by field', async () => {
    await p.controller.handle({ type: 'validate', tool: 'get-sum', args: { a: 'x' } });
    const v = last(p.posted, 'validation');
    assert.equal(v.ok, false);
    assert.deepEqual(v.errors.map((e) => e.path).sort(), ['/a', '/b']);
    const before = p.posted.length;
    await p.controller.handle({ type: 'call', tool: 'get-sum', args: { a: 1 } });
    assert.ok(!p.posted.slice(before).some((m) => m.type === 'callStarted'), 'an invalid call was sent');
  });

  it('calls, renders, records history and replays', async () => {
    await p.controller.handle({ type: 'call', tool: 'get-sum', args: { a: 20, b: 22 } });
    const r = last(p.posted, 'result');
    assert.equal(r.view.status, 'ok');
    assert.equal(r.view.items[0].text, 'The sum of 20 and 22 is 42.');
    const h = last(p.posted, 'history');
    assert.equal(h.entries.length, 1);
    assert.deepEqual(h.entries[0].args, { a: 20, b: 22 });
    await p.controller.handle({ type: 'replay', id: h.entries[0].id });
    assert.equal(last(p.posted, 'history').entries.length, 2);
    assert.deepEqual(last(p.posted, 'setArgs'), { type: 'setArgs', tool: 'get-sum', args: { a: 20, b: 22 } });
    const files = readdirSync(p.historyDir);
    assert.equal(files.length, 1);
    assert.equal(JSON.parse(readFileSync(join(p.historyDir, files[0]), 'utf8')).length, 2);
  });

  it('cancels a running call and reports progress', async () => {
    const call = p.controller.handle({ type: 'call', tool: 'trigger-long-running-operation', args: { duration: 5, steps: 10 } });
    await until(() => p.posted.some((m) => m.type === 'progress'), 'progress');
    await p.controller.handle({ type: 'cancel' });
    await call;
    const r = last(p.posted, 'result');
    assert.equal(r.view.status, 'failed');
    assert.equal(r.view.error.kind, 'cancelled');
  });

  it('gets a prompt with arguments and reads a resource', async () => {
    await p.controller.handle({ type: 'getPrompt', name: 'args-prompt', args: { city: 'Paris' } });
    assert.match(last(p.posted, 'promptResult').text, /What's weather in Paris\?/);
    const uri = last(p.posted, 'listing').resources[0].uri;
    await p.controller.handle({ type: 'readResource', uri });
    const r = last(p.posted, 'resourceContent');
    assert.equal(r.uri, uri);
    assert.equal(r.error, undefined);
    assert.equal(r.items[0].kind, 'resource');
    assert.equal(r.items[0].uri, uri);
  });

  it('drops messages that do not match the protocol', async () => {
    for (const bad of [null, 'connect', { type: 'bogus' }, { type: 'call' }, { type: 'connect', config: { kind: 'stdio' } }, { type: 'validate', tool: 'x'.repeat(1000), args: {} }]) {
      const n = p.posted.length;
      await p.controller.handle(bad);
      const m = p.posted.slice(n);
      assert.equal(m.length, 1, JSON.stringify(bad));
      assert.equal(m[0].type, 'notice');
      assert.match(m[0].text, /malformed message/);
    }
  });

  it('only sends messages that match the protocol', () => {
    for (const m of p.posted) assert.ok(core.ToWebviewSchema.safeParse(m).success, `${m.type}: ${JSON.stringify(core.ToWebviewSchema.safeParse(m).error?.issues?.slice(0, 2))}`);
  });
});

describe('panel controller: trust, confirmation, crash', () => {
  it('refuses stdio in an untrusted workspace', async () => {
    const p = fakePanel({ trusted: false });
    await p.controller.handle({ type: 'connect', config: everythingStdio() });
    const st = last(p.posted, 'status');
    assert.equal(st.state, 'failed');
    assert.equal(st.error.kind, 'untrusted');
    assert.equal(st.trusted, false);
    await p.controller.dispose();
  });

  it('asks before calling a destructive tool, and does not call when declined', async () => {
    const p = fakePanel({ confirm: false });
    await p.controller.handle({ type: 'connect', config: { kind: 'stdio', command: process.execPath, args: [MISBEHAVING], env: {} } });
    await p.controller.handle({ type: 'selectTool', name: 'wipe' });
    assert.match(last(p.posted, 'form').confirm, /destructive/);
    await p.controller.handle({ type: 'call', tool: 'wipe', args: {} });
    assert.equal(p.confirms.length, 1);
    assert.ok(!p.posted.some((m) => m.type === 'callStarted'));
    assert.match(last(p.posted, 'notice').text, /not sent/);
    await p.controller.handle({ type: 'call', tool: 'garbage_then_ok', args: {} });
    assert.equal(p.confirms.length, 1, 'a harmless tool needed confirmation');
    await p.controller.dispose();
  });

  it('asks when the analyzer reports a shell sink in the handler', async () => {
    const p = fakePanel({ confirm: true, lookupTool: async (name) => (name === 'echo' ? { definition: { file: 'src/x.ts', line: 3 }, findings: [{ rule: 'tool-input-to-shell', message: 'Tool input `message` of `echo` reaches a shell' }] } : undefined) });
    await p.controller.handle({ type: 'connect', config: everythingStdio() });
    const echo = last(p.posted, 'listing').tools.find((t) => t.name === 'echo');
    assert.deepEqual(echo.definition, { file: 'src/x.ts', line: 3 });
    await p.controller.handle({ type: 'call', tool: 'echo', args: { message: 'hi' } });
    assert.equal(p.confirms.length, 1);
    assert.match(p.confirms[0], /tool-input-to-shell/);
    assert.equal(last(p.posted, 'result').view.items[0].text, 'Echo: hi');
    await p.controller.dispose();
  });

  it('reports a crash and stays usable (reconnect)', async () => {
    const p = fakePanel();
    await p.controller.handle({ type: 'connect', config: { kind: 'stdio', command: process.execPath, args: [MISBEHAVING], env: {} } });
    await p.controller.handle({ type: 'call', tool: 'crash', args: {} });
    assert.equal(last(p.posted, 'result').view.error.kind, 'crashed');
    await until(() => last(p.posted, 'status')?.state === 'crashed', 'crashed status');
    await p.controller.handle({ type: 'reconnect' });
    assert.equal(last(p.posted, 'status').state, 'connected');
    await p.controller.handle({ type: 'call', tool: 'garbage_then_ok', args: {} });
    assert.equal(last(p.posted, 'result').view.items[0].text, 'still here');
    await p.controller.dispose();
  });
});

describe('panel controller: a server from .vscode/mcp.json', () => {
  it('resolves ${workspaceFolder} and a password ${input:…}, connects, and treats the input as a secret', async () => {
    const SECRET = 'pw_MCPJSON_' + '5d41402abc4b2a76b9719d911017c592';
    const text = JSON.stringify({
      inputs: [{ type: 'promptString', id: 'key', description: 'API key', password: true }],
      servers: {
        everything: { type: 'stdio', command: process.execPath, args: [EVERYTHING, 'stdio'], env: { API_KEY: '${input:key}', WS: '${workspaceFolder}' } },
        remote: { type: 'http', url: 'http://127.0.0.1:1/mcp' },
      },
    });
    const asked = [];
    const ws = tmp('sandbox-ws-');
    const p = fakePanel({ mcpJson: { text, ctx: { workspaceFolder: ws, askInput: async (i) => (asked.push(i), SECRET) } } });
    await p.controller.handle({ type: 'ready' });
    assert.deepEqual(last(p.posted, 'status').mcpJsonServers, ['everything', 'remote']);
    await p.controller.handle({ type: 'connectMcpJson', name: 'everything' });
    assert.equal(asked.length, 1);
    assert.equal(asked[0].password, true);
    const st = last(p.posted, 'status');
    assert.equal(st.state, 'connected');
    assert.equal(st.server, 'everything');
    assert.equal(st.config, undefined, 'an mcp.json server is shown by name, its resolved config stays in the host');
    assert.deepEqual(last(p.posted, 'persist').state, { mcpJsonName: 'everything' });
    await p.controller.handle({ type: 'call', tool: 'get-env', args: {} });
    const text2 = last(p.posted, 'result').view.items[0].text;
    assert.match(text2, /"API_KEY": "«redacted»"/);
    assert.equal(JSON.parse(text2).WS, ws);
    assert.ok(!JSON.stringify(p.posted).includes(SECRET));
    assert.ok(!JSON.stringify(p.controller.currentSession.logEntries).includes(SECRET));
    await p.controller.dispose();
  });

  it('says so when an input prompt is cancelled', async () => {
    const text = JSON.stringify({ servers: { s: { command: 'node', args: ['${input:x}'] } } });
    const p = fakePanel({ mcpJson: { text, ctx: { askInput: async () => undefined } } });
    await p.controller.handle({ type: 'connectMcpJson', name: 's' });
    assert.equal(last(p.posted, 'notice').text, 'Connection cancelled.');
    assert.ok(!p.posted.some((m) => m.type === 'status' && m.state === 'connecting'));
  });
});

describe('secrets never leave SecretStorage', () => {
  const TOKEN = 'tok_LEAKCANARY_' + '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
  const HEADER_SECRET = 'hdr_LEAKCANARY_0123456789abcdef';
  let srv;
  let p;
  before(async () => {
    srv = await startSecure(TOKEN);
    p = fakePanel({ auth: { bearerToken: TOKEN, headerLines: `X-Extra: ${HEADER_SECRET}` } });
    await p.controller.handle({ type: 'ready' });
    const config = { kind: 'http', url: srv.url };
    await p.controller.handle({ type: 'connect', config }); // no auth yet: 401
    await p.controller.handle({ type: 'setAuth' });
    await p.controller.handle({ type: 'reconnect' });
    await p.controller.handle({ type: 'selectTool', name: 'save_note' });
    // The user pastes the token into an argument; the server stores it and hands it back in a resource.
    await p.controller.handle({ type: 'call', tool: 'save_note', args: { name: 'pasted', text: `my token is ${TOKEN}` } });
    await p.controller.handle({ type: 'readResource', uri: 'notes://all' });
    await p.controller.handle({ type: 'call', tool: 'add', args: { a: 1, b: 2 } });
  });
  after(async () => {
    await p?.controller.dispose();
    await srv?.stop();
  });

  it('first showed "authentication required", then worked with the stored token', () => {
    const statuses = p.posted.filter((m) => m.type === 'status');
    assert.ok(statuses.some((s) => s.state === 'failed' && s.error?.kind === 'auth' && /^Authentication required/.test(s.error.message)));
    assert.equal(last(p.posted, 'status').state, 'connected');
    assert.equal(last(p.posted, 'status').hasAuth, true);
    assert.equal(last(p.posted, 'result').view.items[0].text, '1 + 2 = 3');
    // The secret store (VS Code SecretStorage in the product) does hold them: the greps below are meaningful.
    assert.match(JSON.stringify([...p.secrets.values()]), new RegExp(TOKEN));
    assert.match(JSON.stringify([...p.secrets.values()]), new RegExp(HEADER_SECRET));
    // The token really went through the panel: the resource came back with it, redacted.
    const res = last(p.posted, 'resourceContent');
    assert.match(res.items[0].text, /my token is «redacted»/);
  });

  it('appears in no webview message, webview state, log, or history file', () => {
    const hay = {
      'webview messages': JSON.stringify(p.posted),
      'webview state': JSON.stringify(p.posted.filter((m) => m.type === 'persist').map((m) => m.state)) + JSON.stringify(p.controller.state),
      'JSON-RPC log': JSON.stringify(p.controller.currentSession.logEntries),
      'history files': readdirSync(p.historyDir).map((f) => readFileSync(join(p.historyDir, f), 'utf8')).join('\n'),
    };
    assert.ok(hay['history files'].includes('«redacted»'), 'the pasted token should show as redacted in history');
    assert.ok(hay['webview state'].includes(srv.url), 'the webview state holds the (non-secret) config');
    for (const [where, text] of Object.entries(hay)) {
      for (const secret of [TOKEN, HEADER_SECRET, TOKEN.slice(4)]) assert.ok(!text.includes(secret), `a secret leaked into the ${where}`);
    }
  });
});

describe('webview security', () => {
  it('builds HTML with CSP default-src none and a fresh nonce per load', () => {
    const a = core.sandboxHtml({ cspSource: 'vscode-resource:', nonce: core.newNonce(), media: (f) => `vscode-resource:/media/${f}` });
    const b = core.sandboxHtml({ cspSource: 'vscode-resource:', nonce: core.newNonce(), media: (f) => `vscode-resource:/media/${f}` });
    const csp = /content="([^"]+)"/.exec(a)[1];
    assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9]{32}'; style-src vscode-resource: 'nonce-/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const n1 = /nonce-([A-Za-z0-9]+)/.exec(a)[1];
    const n2 = /nonce-([A-Za-z0-9]+)/.exec(b)[1];
    assert.notEqual(n1, n2);
    assert.equal(a.match(/<script/g).length, 1);
    assert.match(a, new RegExp(`<script nonce="${n1}" src="vscode-resource:/media/sandbox.js"></script>`));
    assert.throws(() => core.sandboxHtml({ cspSource: 'x', nonce: "a' 'unsafe-inline", media: (f) => f }));
  });

  it('never uses innerHTML in the webview source, and validates every message on arrival', () => {
    const src = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'src', 'sandbox', 'webview', 'main.ts'), 'utf8');
    assert.doesNotMatch(src.replace(/\/\/.*$/gm, ''), /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    assert.match(src, /parseMessage\(ToWebviewSchema, ev\.data\)/);
    const panel = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'src', 'sandbox', 'panel.ts'), 'utf8');
    assert.match(panel, /localResourceRoots: \[vscode\.Uri\.joinPath\(context\.extensionUri, 'dist', 'media'\)\]/);
    assert.match(panel, /enableCommandUris: false/);
  });

  it('ships the built webview assets', () => {
    const dist = join(import.meta.dirname, '..', '..', 'dist', 'media');
    assert.deepEqual(readdirSync(dist).sort(), ['codicon.css', 'codicon.ttf', 'sandbox.css', 'sandbox.js']);
    const ignore = readFileSync(join(import.meta.dirname, '..', '..', '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!dist\/media\/\*\*$/m);
  });

  it('contributes the command and settings the code reads, with matching defaults', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.commands.some((c) => c.command === 'mcpWarden.openSandbox'));
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['mcpWarden.sandbox.timeoutSeconds'].default * 1000, core.DEFAULT_LIMITS.timeoutMs);
    assert.equal(props['mcpWarden.sandbox.outputCapMB'].default * 1024 * 1024, core.DEFAULT_LIMITS.outputCapBytes);
    assert.deepEqual(props['mcpWarden.sandbox.envAllowList'].default, []);
    const panel = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'src', 'sandbox', 'panel.ts'), 'utf8');
    const read = [...panel.matchAll(/num\('(\w+)'|c\.get<unknown>\('(\w+)'\)/g)].map((m) => `mcpWarden.sandbox.${m[1] ?? m[2]}`).sort();
    assert.deepEqual(read, Object.keys(props).filter((k) => k.startsWith('mcpWarden.sandbox.')).sort());
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:mcpWarden.sandbox'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  });
});
