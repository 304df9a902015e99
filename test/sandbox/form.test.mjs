// Schema → form model, and argument validation with errors keyed by field path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { core } from './helpers.mjs';

const { formFromSchema, initialValue, validateArgs } = core;

const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 10, pattern: '^[a-z]+$', description: 'A lowercase name' },
    mode: { type: 'string', enum: ['fast', 'slow'], default: 'fast' },
    count: { type: 'integer', minimum: 1, maximum: 5 },
    ratio: { type: 'number', exclusiveMaximum: 1 },
    verbose: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
    target: {
      type: 'object',
      properties: { host: { type: 'string' }, port: { type: 'integer' } },
      required: ['host'],
    },
    source: { oneOf: [{ type: 'object', title: 'URL', properties: { url: { type: 'string', format: 'uri' } }, required: ['url'] }, { type: 'object', title: 'Path', properties: { path: { type: 'string' } }, required: ['path'] }] },
    maybe: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    ref: { $ref: '#/$defs/Point' },
    api_token: { type: 'string' },
  },
  required: ['name', 'count', 'target'],
  $defs: { Point: { type: 'object', properties: { x: { type: 'number' }, y: { type: 'number' } }, required: ['x', 'y'] } },
};

describe('form model', () => {
  const { root, notes } = formFromSchema(SCHEMA);
  const by = (k) => root.properties.find((p) => p.key === k);

  it('models every kind with its constraints and required marks', () => {
    assert.equal(root.kind, 'object');
    assert.deepEqual(notes, []);
    assert.deepEqual({ ...by('name') }, { key: 'name', label: 'name', description: 'A lowercase name', required: true, kind: 'string', minLength: 2, maxLength: 10, pattern: '^[a-z]+$' });
    assert.equal(by('mode').kind, 'enum');
    assert.deepEqual(by('mode').enumValues, ['fast', 'slow']);
    assert.equal(by('mode').default, 'fast');
    assert.equal(by('count').kind, 'integer');
    assert.equal(by('count').minimum, 1);
    assert.equal(by('count').maximum, 5);
    assert.equal(by('ratio').exclusiveMaximum, 1);
    assert.equal(by('verbose').kind, 'boolean');
    assert.equal(by('tags').kind, 'array');
    assert.equal(by('tags').items.kind, 'string');
    assert.equal(by('tags').maxItems, 3);
    assert.equal(by('target').kind, 'object');
    assert.deepEqual(by('target').properties.map((p) => [p.key, p.kind, p.required]), [['host', 'string', true], ['port', 'integer', false]]);
    assert.equal(by('source').kind, 'union');
    assert.deepEqual(by('source').variants.map((v) => v.title), ['URL', 'Path']);
    assert.equal(by('source').variants[0].field.properties[0].format, 'uri');
    assert.equal(by('maybe').kind, 'string');
    assert.equal(by('maybe').nullable, true);
    assert.equal(by('ref').kind, 'object');
    assert.deepEqual(by('ref').properties.map((p) => p.key), ['x', 'y']);
    assert.equal(by('api_token').secret, true);
    assert.equal(by('name').secret, undefined);
  });

  it('starts from defaults with required objects filled in', () => {
    assert.deepEqual(initialValue(root), { mode: 'fast', target: {} });
  });

  it('falls back to JSON fields for what a form cannot express, and says so', () => {
    const rec = { type: 'object', properties: { node: { $ref: '#' } } };
    const m = formFromSchema(rec);
    assert.ok(m.notes.some((n) => /recursive/.test(n)), m.notes.join('|'));
    const multi = formFromSchema({ type: 'object', properties: { v: { type: ['string', 'number'] } } });
    assert.equal(multi.root.properties[0].kind, 'json');
    assert.doesNotThrow(() => formFromSchema(null));
    assert.doesNotThrow(() => formFromSchema({ type: 'object', properties: { a: 5, b: { allOf: [{ $ref: '#/nope' }] } } }));
  });

  it('survives a deeply nested schema', () => {
    let s = { type: 'string' };
    for (let i = 0; i < 200; i++) s = { type: 'object', properties: { n: s } };
    const m = formFromSchema(s);
    assert.ok(m.notes.some((n) => /too deeply/.test(n)));
  });
});

describe('validation', () => {
  it('accepts valid arguments', () => {
    const v = validateArgs(SCHEMA, { name: 'abc', count: 2, target: { host: 'h' }, source: { url: 'https://x.test/' }, maybe: null, ref: { x: 1, y: 2 } });
    assert.deepEqual(v, { ok: true, errors: [] });
  });

  it('reports each error at its field path', () => {
    const v = validateArgs(SCHEMA, { name: 'A', count: 9, ratio: 1, tags: ['a', 'b', 'c', 'd'], target: {}, mode: 'medium', source: { path: 1 } });
    assert.equal(v.ok, false);
    const paths = new Map(v.errors.map((e) => [e.path, e.message]));
    assert.match(paths.get('/name'), /fewer than 2|pattern/);
    assert.match(paths.get('/count'), /<= 5/);
    assert.match(paths.get('/ratio'), /< 1/);
    assert.match(paths.get('/tags'), /more than 3/);
    assert.equal(paths.get('/target/host'), 'is required');
    assert.match(paths.get('/mode'), /one of \["fast","slow"\]/);
    assert.ok(v.errors.some((e) => e.path.startsWith('/source')));
  });

  it('reports missing required top-level fields', () => {
    const v = validateArgs(SCHEMA, {});
    assert.deepEqual(v.errors.filter((e) => e.message === 'is required').map((e) => e.path).sort(), ['/count', '/name', '/target']);
  });

  it('does not run patterns that could hang the extension host, and says so', () => {
    const evil = { type: 'object', properties: { s: { type: 'string', pattern: '^(a+)+$' }, t: { type: 'string', pattern: '^[a-z]+$' } } };
    const t0 = Date.now();
    const v = validateArgs(evil, { s: 'a'.repeat(40) + '!', t: 'B' });
    assert.ok(Date.now() - t0 < 500, 'validation took too long');
    assert.deepEqual(v.errors.map((e) => e.path), ['/t'], 'the safe pattern is still checked');
    assert.match(v.schemaProblem, /\^\(a\+\)\+\$.*not checked/);
    for (const p of ['(a*)*', '(x+x+)+y', '(a|aa)+$'.replace('|', '+|'), '(\\d+)\\1', 'x'.repeat(1001)]) assert.ok(core.riskyPattern(p), p);
    for (const p of ['^[a-z0-9-]{1,40}$', '^(foo|bar)$', '^\\d{4}-\\d{2}$', '(ab)+', '^https?://']) assert.ok(!core.riskyPattern(p), p);
  });

  it('handles draft-07 schemas and unusable ones', () => {
    const d7 = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
    assert.equal(validateArgs(d7, { a: 1 }).ok, true);
    assert.equal(validateArgs(d7, { a: 'x' }).errors[0].path, '/a');
    const broken = validateArgs({ type: 'object', properties: { a: { $ref: '#/missing' } } }, {});
    assert.equal(broken.ok, true);
    assert.match(broken.schemaProblem, /could not be compiled/);
  });
});

describe('mcp.json', () => {
  const text = `{
    // comments and trailing commas are fine
    "inputs": [
      { "type": "promptString", "id": "api-key", "description": "API key", "password": true },
      { "type": "promptString", "id": "region", "description": "Region", "default": "eu" },
    ],
    "servers": {
      "local": { "type": "stdio", "command": "node", "args": ["\${workspaceFolder}/server.js", "--region", "\${input:region}"], "env": { "API_KEY": "\${input:api-key}", "MODE": "dev" } },
      "remote": { "type": "http", "url": "http://127.0.0.1:3000/mcp", "headers": { "Authorization": "Bearer \${input:api-key}" } },
      "weird": { "foo": 1 },
    },
  }`;

  it('lists servers and inputs', () => {
    const f = core.parseMcpJson(text);
    assert.deepEqual(f.servers.map((s) => [s.name, s.type]), [['local', 'stdio'], ['remote', 'http'], ['weird', 'unknown']]);
    assert.deepEqual(f.inputs.map((i) => [i.id, i.password]), [['api-key', true], ['region', false]]);
  });

  it('resolves ${workspaceFolder} and ${input:…}, asking each input once, password values as secrets', async () => {
    const f = core.parseMcpJson(text);
    const asked = [];
    const ctx = { workspaceFolder: '/ws', askInput: async (i) => (asked.push(i.id), i.id === 'api-key' ? 'sk-live-123456' : 'us') };
    const r = await core.resolveServer(f, 'local', ctx);
    assert.deepEqual(r.config, { kind: 'stdio', name: 'local', command: 'node', args: ['/ws/server.js', '--region', 'us'], env: { MODE: 'dev' }, cwd: '/ws' });
    assert.deepEqual(r.secrets, { env: { API_KEY: 'sk-live-123456' } });
    assert.deepEqual(r.secretValues, ['sk-live-123456']);
    assert.deepEqual(asked.sort(), ['api-key', 'region']);
    const h = await core.resolveServer(f, 'remote', ctx);
    assert.deepEqual(h.config, { kind: 'http', name: 'remote', url: 'http://127.0.0.1:3000/mcp' });
    assert.deepEqual(h.secrets, { headers: { Authorization: 'Bearer sk-live-123456' } });
  });

  it('stops when an input is cancelled', async () => {
    const f = core.parseMcpJson(text);
    await assert.rejects(core.resolveServer(f, 'local', { askInput: async () => undefined }), core.ResolveCancelled);
  });

  it('tolerates broken files', () => {
    for (const t of ['', '[]', '{"servers": 5}', '{"servers": {"a": null}}', '{{{']) assert.doesNotThrow(() => core.parseMcpJson(t));
  });
});

describe('environment and redaction helpers', () => {
  it('scrubs to the allow-list plus configured names', () => {
    const env = core.scrubEnv({ PATH: '/bin', HOME: '/h', SECRET: 'x', EXTRA: 'e' }, { MINE: '1', 'bad name': '2' }, ['EXTRA']);
    assert.deepEqual(env, { PATH: '/bin', HOME: '/h', EXTRA: 'e', MINE: '1' });
  });

  it('redacts secrets and bearer credentials in text and JSON', () => {
    const r = new core.Redactor().add('s3cr3t-value', 'abc');
    assert.equal(r.text('x s3cr3t-value y abc'), 'x «redacted» y abc');
    assert.equal(r.text('Authorization: Bearer eyJhbGciOi.xyz'), 'Authorization: Bearer «redacted»');
    assert.deepEqual(r.json({ a: ['s3cr3t-value'], Authorization: 'anything', 's3cr3t-value': 1 }), { a: ['«redacted»'], Authorization: '«redacted»', '«redacted»': 1 });
  });

  it('parses header and env lines', () => {
    assert.deepEqual(core.parseHeaderLines('X-Api-Key: k1\n\nX-Other:  v 2 '), { headers: { 'X-Api-Key': 'k1', 'X-Other': 'v 2' }, bad: [] });
    assert.deepEqual(core.parseHeaderLines('no colon').bad, [1]);
    assert.deepEqual(core.parseEnvLines('A=1\n# c\nB=x=y\n=z'), { env: { A: '1', B: 'x=y' }, bad: [4] });
  });
});
