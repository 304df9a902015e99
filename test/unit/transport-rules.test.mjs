// Transport and auth rules beyond the fixtures: which authentication forms keep
// http-transport-without-auth quiet (one small server per form, so the file-level recognition is
// tested form by form), that the server-exposure rules stay quiet outside MCP server code, and
// that the rules can be turned off and keep their default severities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));
const ids = (file, text, opts) => engine.analyzeText(file, text, opts).findings.map((f) => f.ruleId);

const TS_HEAD = `import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
const server = new McpServer({ name: 'x', version: '1.0.0' });
const app = express();
`;
const tsRoute = (middleware) => `app.post('/mcp', ${middleware}async (req, res) => {
  const t = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ['localhost:3000'] });
  await server.connect(t);
  await t.handleRequest(req, res, req.body);
});
app.listen(3000, '127.0.0.1');
`;

test('TypeScript: each recognised authentication form keeps http-transport-without-auth quiet', () => {
  const forms = {
    'SDK requireBearerAuth as route middleware': [`import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';\n`, 'requireBearerAuth({ verifier }), '],
    'app.use(authMiddleware)': ['app.use(authMiddleware);\n', ''],
    'route-level middleware by name': ['', 'verifyJwt, '],
    'express-jwt': [`import { expressjwt } from 'express-jwt';\napp.use(expressjwt({ secret: key, algorithms: ['RS256'] }));\n`, ''],
    'passport': [`app.use(passport.authenticate('bearer', { session: false }));\n`, ''],
    'handler checks Authorization and answers 401': [`app.use((req, res, next) => (req.headers.authorization === expected ? next() : res.status(401).end()));\n`, ''],
  };
  assert.ok(ids('a.ts', TS_HEAD + tsRoute('')).includes('http-transport-without-auth'), 'the bare server is flagged');
  for (const [name, [pre, mw]] of Object.entries(forms)) {
    assert.ok(!ids('a.ts', TS_HEAD + pre + tsRoute(mw)).includes('http-transport-without-auth'), `${name} is not recognised`);
  }
  // Middleware that only looks like security does not count.
  assert.ok(ids('a.ts', TS_HEAD + 'app.use(cors());\napp.use(express.json());\n' + tsRoute('')).includes('http-transport-without-auth'));
});

test('Python: each recognised authentication form keeps http-transport-without-auth quiet', () => {
  const py = (ctor, extra = '') => `from mcp.server.fastmcp import FastMCP\n${extra}mcp = FastMCP(${ctor})\n\nif __name__ == "__main__":\n    mcp.run(transport="streamable-http")\n`;
  assert.ok(ids('s.py', py('"x"')).includes('http-transport-without-auth'));
  assert.ok(ids('s.py', py('"x", auth=None')).includes('http-transport-without-auth'), 'auth=None is no authentication');
  for (const ctor of ['"x", auth=settings', '"x", token_verifier=verifier', '"x", auth_server_provider=provider']) {
    assert.ok(!ids('s.py', py(ctor)).includes('http-transport-without-auth'), ctor);
  }
  const starlette = 'from starlette.middleware.authentication import AuthenticationMiddleware\n';
  assert.ok(!ids('s.py', py('"x"', starlette) + 'app.add_middleware(AuthenticationMiddleware, backend=backend)\n').includes('http-transport-without-auth'));
  assert.ok(!ids('s.py', py('"x"') + 'api = FastAPI(dependencies=[Depends(verify_api_key)])\n').includes('http-transport-without-auth'));
  // The transport chosen at run time is not judged; stdio never is.
  assert.ok(!ids('s.py', py('"x"').replace('transport="streamable-http"', 'transport=args.transport')).includes('http-transport-without-auth'));
  assert.ok(!ids('s.py', py('"x"').replace('streamable-http', 'stdio')).includes('http-transport-without-auth'));
});

test('server-exposure rules stay quiet outside MCP server code', () => {
  const plain = `import express from 'express';\nimport cors from 'cors';\nconst app = express();\napp.use(cors({ origin: true, credentials: true }));\napp.listen(3000);\nexport const forward = (req) => fetch('https://api.example.com', { headers: { Authorization: req.headers.authorization } });\n`;
  const found = ids('web.ts', plain);
  for (const id of ['bind-all-interfaces', 'cors-wildcard-credentials', 'token-passthrough', 'http-transport-without-auth', 'dns-rebinding-unprotected']) assert.ok(!found.includes(id), `${id} fired on a non-MCP file`);
  // The code-level rules apply anywhere: a disabled certificate check is wrong in any file.
  assert.ok(ids('tls.ts', `import https from 'node:https';\nexport const a = new https.Agent({ rejectUnauthorized: false });\n`).includes('tls-verification-disabled'));
});

test('a host read from the environment is judged by its literal default', () => {
  const head = TS_HEAD + tsRoute('requireBearerAuth({ verifier }), ').replace("app.listen(3000, '127.0.0.1');\n", '');
  const bind = (host) => ids('a.ts', `${head}app.listen(3000, ${host});\n`).includes('bind-all-interfaces');
  assert.equal(bind(`process.env.HOST ?? '0.0.0.0'`), true);
  assert.equal(bind(`process.env.HOST || '::'`), true);
  assert.equal(bind(`process.env.HOST ?? '127.0.0.1'`), false);
  assert.equal(bind('process.env.HOST'), false);
  assert.equal(bind(`'localhost'`), false);
});

test('rules can be turned off and keep their default severities', () => {
  const text = TS_HEAD + tsRoute('').replace("'127.0.0.1'", "'0.0.0.0'");
  const all = engine.analyzeText('a.ts', text).findings;
  const sev = Object.fromEntries(all.map((f) => [f.ruleId, f.severity]));
  assert.equal(sev['http-transport-without-auth'], 'warning');
  assert.equal(sev['bind-all-interfaces'], 'warning');
  const off = ids('a.ts', text, { rules: { 'http-transport-without-auth': 'off', 'bind-all-interfaces': 'error' } });
  assert.ok(!off.includes('http-transport-without-auth'));
  const raised = engine.analyzeText('a.ts', text, { rules: { 'bind-all-interfaces': 'error' } }).findings.find((f) => f.ruleId === 'bind-all-interfaces');
  assert.equal(raised.severity, 'error');
});
