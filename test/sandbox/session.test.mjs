// The sandbox session against real servers: @modelcontextprotocol/server-everything over stdio
// and Streamable HTTP, the example secure server (bearer token), and a misbehaving server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { core, everythingStdio, MISBEHAVING, ROOT, startEverythingHttp, startEverythingSse, startProcess, startSecure } from './helpers.mjs';

const { SandboxSession, resultView } = core;

describe('server-everything over stdio', () => {
  let s;
  before(async () => {
    s = new SandboxSession({
      config: everythingStdio({ env: { MY_SETTING: 'configured-value' } }),
      secrets: { env: { MY_SECRET_ENV: 'secret-env-value-123' } },
      allowStdio: true,
      parentEnv: { ...process.env, AWS_SECRET_ACCESS_KEY: 'should-not-leak', GITHUB_TOKEN: 'ghp_shouldnotleak' },
    });
    await s.connect();
  });
  after(() => s.disconnect());

  it('connects and reports the server name, version and capabilities', () => {
    assert.equal(s.state, 'connected');
    assert.match(s.info.name, /everything/i);
    assert.ok(s.info.version.length > 0);
    assert.equal(s.info.capabilities.tools, true);
    assert.equal(s.info.capabilities.resources, true);
    assert.equal(s.info.capabilities.prompts, true);
  });

  it('lists tools, resources and prompts', async () => {
    const l = await s.list();
    const names = l.tools.map((t) => t.name);
    for (const n of ['echo', 'get-sum', 'get-tiny-image', 'get-structured-content', 'get-resource-links', 'get-env']) assert.ok(names.includes(n), `${n} missing from ${names}`);
    assert.ok(l.resources.length > 0);
    assert.ok(l.prompts.length > 0);
    const sum = l.tools.find((t) => t.name === 'get-sum');
    assert.equal(sum.annotations.readOnlyHint, true);
    assert.deepEqual(Object.keys(sum.inputSchema.properties).sort(), ['a', 'b']);
  });

  it('calls a tool and renders its text', async () => {
    const o = await s.callTool('get-sum', { a: 2, b: 3 });
    assert.equal(o.error, undefined);
    const v = resultView('get-sum', o);
    assert.equal(v.status, 'ok');
    assert.deepEqual(v.items, [{ kind: 'text', text: 'The sum of 2 and 3 is 5.' }]);
    assert.ok(v.durationMs >= 0);
  });

  it('renders an image as a checked data: URI', async () => {
    const v = resultView('get-tiny-image', await s.callTool('get-tiny-image', {}));
    const img = v.items.find((i) => i.kind === 'image');
    assert.ok(img, JSON.stringify(v.items.map((i) => i.kind)));
    assert.match(img.dataUri, /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/);
    assert.ok(img.bytes > 50);
  });

  it('renders resource links and embedded resources', async () => {
    const v = resultView('get-resource-links', await s.callTool('get-resource-links', { count: 2 }));
    const links = v.items.filter((i) => i.kind === 'resource_link');
    assert.equal(links.length, 2);
    assert.ok(links.every((l) => l.uri.length > 0));
  });

  it('checks structuredContent against the outputSchema', async () => {
    const tools = (await s.list()).tools;
    const tool = tools.find((t) => t.name === 'get-structured-content');
    assert.ok(tool.outputSchema);
    const o = await s.callTool('get-structured-content', { location: 'New York' });
    const v = resultView(tool.name, o, tool);
    assert.equal(v.structured.valid, true, JSON.stringify(v.structured));
    assert.match(v.structured.json, /temperature/);
    // The same result against a schema it does not match is shown as a mismatch, not dropped.
    const bad = resultView(tool.name, o, { outputSchema: { type: 'object', properties: { temperature: { type: 'string' } }, required: ['temperature', 'missing'] } });
    assert.equal(bad.structured.valid, false);
    assert.ok(bad.structured.errors.some((e) => e.path === '/missing'));
    assert.ok(bad.structured.errors.some((e) => e.path === '/temperature'));
  });

  it('starts the server with a scrubbed environment plus the configured and secret env', async () => {
    const o = await s.callTool('get-env', {});
    const env = JSON.parse(o.result.content[0].text);
    assert.equal(env.PATH, process.env.PATH);
    assert.equal(env.MY_SETTING, 'configured-value');
    assert.equal(env.MY_SECRET_ENV, 'secret-env-value-123');
    assert.equal(env.AWS_SECRET_ACCESS_KEY, undefined);
    assert.equal(env.GITHUB_TOKEN, undefined);
    for (const k of Object.keys(env)) assert.ok(core.DEFAULT_ENV_ALLOW_LIST.includes(k) || ['MY_SETTING', 'MY_SECRET_ENV'].includes(k), `${k} leaked into the server's environment`);
  });

  it('redacts secret env values from the JSON-RPC log', () => {
    const text = s.logEntries.map((e) => e.text).join('\n');
    assert.ok(text.includes('«redacted»'), 'the get-env answer carried the secret; it should show as redacted');
    assert.ok(!text.includes('secret-env-value-123'));
    assert.ok(s.logEntries.some((e) => e.dir === 'out' && e.label.startsWith('tools/call')));
    assert.ok(s.logEntries.some((e) => e.dir === 'in' && e.label.startsWith('response')));
  });

  it('reports a tool error result (isError) distinctly, and a protocol error as failed', async () => {
    const v = resultView('get-sum', await s.callTool('get-sum', { a: 'not a number', b: 1 }));
    assert.ok(v.status === 'isError' || v.status === 'failed', v.status);
    const unknown = resultView('nope', await s.callTool('no-such-tool', {}));
    assert.ok(unknown.status === 'isError' || unknown.status === 'failed');
  });

  it('times out a slow call, cancels it, and stays usable', async () => {
    const o = await s.callTool('trigger-long-running-operation', { duration: 5, steps: 5 }, { timeoutMs: 300 });
    assert.equal(o.error?.kind, 'timeout', JSON.stringify(o.error));
    assert.ok(o.durationMs < 3_000);
    assert.ok(s.logEntries.some((e) => e.dir === 'out' && e.label === 'notifications/cancelled'), 'no notifications/cancelled sent');
    const again = await s.callTool('get-sum', { a: 1, b: 1 });
    assert.equal(again.result.content[0].text, 'The sum of 1 and 1 is 2.');
  });

  it('reports progress and cancels a running call', async () => {
    const ac = new AbortController();
    const seen = [];
    const o = await s.callTool('trigger-long-running-operation', { duration: 3, steps: 6 }, {
      signal: ac.signal,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 1) ac.abort();
      },
    });
    assert.ok(seen.length >= 1);
    assert.equal(seen[0].total, 6);
    assert.equal(o.error?.kind, 'cancelled');
    assert.ok(o.durationMs < 2_500, `cancel took ${o.durationMs} ms`);
  });
});

describe('stdio needs a trusted workspace', () => {
  it('refuses to start a stdio server when not allowed', async () => {
    const s = new SandboxSession({ config: everythingStdio(), allowStdio: false });
    await assert.rejects(s.connect(), (e) => e.kind === 'untrusted');
    assert.equal(s.state, 'failed');
    assert.equal(s.pid, undefined);
  });
});

describe('server-everything over Streamable HTTP', () => {
  let srv;
  let s;
  before(async () => {
    srv = await startEverythingHttp();
    s = new SandboxSession({ config: { kind: 'http', url: srv.url }, allowStdio: false });
    await s.connect();
  });
  after(async () => {
    await s?.disconnect();
    await srv?.stop();
  });

  it('lists and calls tools', async () => {
    const l = await s.list();
    assert.ok(l.tools.some((t) => t.name === 'echo'));
    const o = await s.callTool('echo', { message: 'hello over http' });
    assert.equal(o.result.content[0].text, 'Echo: hello over http');
  });

  it('streams progress over SSE', async () => {
    const seen = [];
    const o = await s.callTool('trigger-long-running-operation', { duration: 0.4, steps: 2 }, { onProgress: (p) => seen.push(p) });
    assert.equal(o.error, undefined);
    assert.equal(seen.length, 2);
  });

  it('reports an unreachable server as a connection error', async () => {
    const dead = new SandboxSession({ config: { kind: 'http', url: 'http://127.0.0.1:9/mcp' }, allowStdio: false, limits: { connectTimeoutMs: 3_000 } });
    await assert.rejects(dead.connect(), (e) => e.kind === 'connect' && !/\n\s+at /.test(e.message));
  });
});

describe('server-everything over legacy SSE', () => {
  let srv;
  after(() => srv?.stop());

  it('connects, lists and calls', async () => {
    srv = await startEverythingSse();
    const s = new SandboxSession({ config: { kind: 'sse', url: srv.url }, allowStdio: false });
    await s.connect();
    assert.match(s.info.name, /everything/i);
    assert.ok((await s.list()).tools.some((t) => t.name === 'get-sum'));
    const o = await s.callTool('get-sum', { a: 3, b: 4 });
    assert.equal(o.result.content[0].text, 'The sum of 3 and 4 is 7.');
    const pr = await s.getPrompt('simple-prompt', {});
    assert.ok(pr.messages.length > 0);
    assert.equal(pr.messages[0].content.type, 'text');
    await s.disconnect();
  });
});

describe('the example secure server (bearer token)', () => {
  const TOKEN = 'tok_' + 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
  let srv;
  before(async () => {
    srv = await startSecure(TOKEN);
  });
  after(() => srv?.stop());

  it('answers 401 without a token: "authentication required", not a stack trace', async () => {
    const res = await fetch(srv.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{}' });
    assert.equal(res.status, 401);
    const s = new SandboxSession({ config: { kind: 'http', url: srv.url }, allowStdio: false });
    await assert.rejects(s.connect(), (e) => {
      assert.equal(e.kind, 'auth');
      assert.match(e.message, /^Authentication required/);
      assert.doesNotMatch(e.message, /\n\s+at /);
      return true;
    });
    assert.equal(s.state, 'failed');
  });

  it('answers a wrong token with "authentication failed"', async () => {
    const s = new SandboxSession({ config: { kind: 'http', url: srv.url }, secrets: { bearerToken: 'wrong-token-value' }, allowStdio: false });
    await assert.rejects(s.connect(), (e) => e.kind === 'auth' && /^Authentication failed/.test(e.message));
  });

  it('works with the token: lists, calls, structured content valid', async () => {
    const s = new SandboxSession({ config: { kind: 'http', url: srv.url }, secrets: { bearerToken: TOKEN }, allowStdio: false });
    await s.connect();
    assert.equal(s.info.name, 'secure-example');
    const l = await s.list();
    assert.deepEqual(l.tools.map((t) => t.name).sort(), ['add', 'delete_note', 'format_text', 'save_note']);
    const add = l.tools.find((t) => t.name === 'add');
    const v = resultView('add', await s.callTool('add', { a: 40, b: 2 }), add);
    assert.equal(v.status, 'ok');
    assert.equal(v.items[0].text, '40 + 2 = 42');
    assert.equal(v.structured.valid, true);
    assert.ok(!s.logEntries.some((e) => e.text.includes(TOKEN) || e.label.includes(TOKEN)));
    await s.disconnect();
  });

  it('does not follow redirects (the token stays with the configured URL)', async () => {
    const { createServer } = await import('node:http');
    const seen = [];
    const evil = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(307, { location: srv.url });
      res.end();
    });
    await new Promise((r) => evil.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${evil.address().port}/mcp`;
    const s = new SandboxSession({ config: { kind: 'http', url }, secrets: { bearerToken: TOKEN }, allowStdio: false });
    await assert.rejects(s.connect(), (e) => e.kind === 'connect' && /redirect/.test(e.message));
    evil.close();
    assert.equal(seen.length, 1);
  });
});

describe('a misbehaving stdio server', () => {
  const config = { kind: 'stdio', command: process.execPath, args: [MISBEHAVING], env: {} };

  it('skips malformed lines (not JSON, not JSON-RPC) and logs them; the call still succeeds', async () => {
    const s = new SandboxSession({ config, allowStdio: true });
    await s.connect();
    const o = await s.callTool('garbage_then_ok', {});
    assert.equal(o.result?.content[0].text, 'still here', JSON.stringify(o.error));
    const malformed = s.logEntries.filter((e) => e.label.startsWith('malformed message'));
    assert.equal(malformed.length, 3, malformed.map((e) => e.label).join(', '));
    assert.ok(malformed.some((e) => e.label.includes('not a JSON-RPC')));
    await s.disconnect();
  });

  it('discards a 10 MB answer over a 5 MB cap, and stays usable', async () => {
    const s = new SandboxSession({ config, allowStdio: true, limits: { outputCapBytes: 5 * 1024 * 1024 } });
    await s.connect();
    const rss0 = process.memoryUsage().rss;
    const o = await s.callTool('big', { mb: 10 });
    assert.equal(o.error?.kind, 'oversize', JSON.stringify(o.error));
    assert.match(o.error.message, /10\.0 MB, over the 5\.0 MB output cap/);
    assert.ok(process.memoryUsage().rss - rss0 < 60 * 1024 * 1024, 'the oversized message seems to have been buffered');
    const ok = await s.callTool('garbage_then_ok', {});
    assert.equal(ok.result?.content[0].text, 'still here');
    await s.disconnect();
  });

  it('accepts a 10 MB answer under a larger cap and shows a truncated view', async () => {
    const s = new SandboxSession({ config, allowStdio: true, limits: { outputCapBytes: 16 * 1024 * 1024 } });
    await s.connect();
    const o = await s.callTool('big', { mb: 10 });
    assert.equal(o.error, undefined);
    const v = resultView('big', o);
    assert.equal(v.items[0].text.length, core.TEXT_VIEW_LIMIT);
    assert.equal(v.items[0].truncated, 10 * 1024 * 1024 - core.TEXT_VIEW_LIMIT);
    assert.ok(s.logEntries.every((e) => e.text.length < 30_000), 'log entries are capped');
    await s.disconnect();
  });

  it('reports a crash with its exit code and stderr, and can reconnect', async () => {
    const s = new SandboxSession({ config, allowStdio: true });
    await s.connect();
    const states = [];
    s.onState((st) => states.push(st));
    const o = await s.callTool('crash', {});
    assert.equal(o.error?.kind, 'crashed', JSON.stringify(o.error));
    assert.match(o.error.message, /exited with code 3/);
    assert.match(o.error.message, /simulated crash/);
    assert.equal(s.state, 'crashed');
    assert.deepEqual(states, ['crashed']);
    const after = await s.callTool('garbage_then_ok', {});
    assert.equal(after.error?.kind, 'crashed');
    await s.connect();
    assert.equal(s.state, 'connected');
    assert.equal((await s.callTool('garbage_then_ok', {})).result?.content[0].text, 'still here');
    await s.disconnect();
  });

  it('times out a hung call', async () => {
    const s = new SandboxSession({ config, allowStdio: true, limits: { timeoutMs: 400 } });
    await s.connect();
    const o = await s.callTool('hang', {});
    assert.equal(o.error?.kind, 'timeout');
    assert.match(o.error.message, /No answer within/);
    await s.disconnect();
  });

  it('reports a server that exits before initialize', async () => {
    const s = new SandboxSession({ config: { kind: 'stdio', command: process.execPath, args: ['-e', 'console.error("boom"); process.exit(7)'], env: {} }, allowStdio: true });
    await assert.rejects(s.connect(), (e) => e.kind === 'crashed' && /7/.test(e.message) && /boom/.test(e.message));
  });

  it('reports a command that does not exist', async () => {
    const s = new SandboxSession({ config: { kind: 'stdio', command: '/nonexistent/mcp-server', args: [], env: {} }, allowStdio: true });
    await assert.rejects(s.connect(), (e) => /could not start|ENOENT/.test(e.message));
    assert.equal(s.state, 'failed');
  });
});

describe('output cap over Streamable HTTP', () => {
  for (const json of [false, true]) {
    it(`discards a 10 MB ${json ? 'JSON' : 'SSE'} answer over a 5 MB cap, and stays usable`, async () => {
      const srv = await startProcess([join(ROOT, 'test', 'sandbox', 'fixtures', 'big-http-server.mjs')], { ENABLE_JSON: json ? '1' : '0' }, /listening on (\S+)/);
      try {
        const s = new SandboxSession({ config: { kind: 'http', url: srv.match[1] }, allowStdio: false, limits: { outputCapBytes: 5 * 1024 * 1024 } });
        await s.connect();
        const o = await s.callTool('big', { mb: 10 });
        assert.equal(o.error?.kind, 'oversize', JSON.stringify(o.error));
        assert.match(o.error.message, /over the 5\.0 MB output cap/);
        const ok = await s.callTool('big', { mb: 1 });
        assert.equal(ok.error, undefined, JSON.stringify(ok.error));
        assert.equal(ok.result.content[0].text.length, 1024 * 1024);
        await s.disconnect();
      } finally {
        await srv.stop();
      }
    });
  }
});
