// http-transport-without-auth: a bearer-token check in front of the MCP endpoint. The token is
// the MCP_AUTH_TOKEN environment variable, compared in constant time; a request without it (or
// any request while the variable is unset) is answered 401 with `WWW-Authenticate: Bearer`.
// A helper is added once per file after the imports:
//   TS/JS: function requireBearerToken(req, res, next?) — express middleware, or a check that
//          answers 401 and returns false;
//   Python: def require_bearer_token(app) — an ASGI wrapper.
// Where it goes:
//   express (app = express() / express.Router() / createMcpExpressApp()): before the handler of
//     every route of that app that serves MCP (its handler creates a transport or calls
//     handleRequest / handlePostMessage): app.post('/mcp', requireBearerToken, handler); an app
//     with no such route gets app.use(requireBearerToken) after its declaration;
//   node:http createServer((req, res) => …) whose handler calls handleRequest: a check at the top
//     of the handler: if (!requireBearerToken(req, res)) return;
//   Python: mcp.streamable_http_app() / sse_app() / http_app() → require_bearer_token(mcp.streamable_http_app());
//     Python SDK mcp.run(transport="streamable-http" | "sse") → the same app served by uvicorn
//     with the settings run() would use.
// Nothing for fastmcp (TS), Hono, the low-level Python transports and standalone fastmcp's run():
// their authentication hooks take other shapes. Never preferred: every client must now send the
// token, and a server with no MCP_AUTH_TOKEN set refuses everything.
import type { Node } from 'web-tree-sitter';
import { calleeOf, kwarg, positional, unwrap } from '../checks/transport/util';
import { stringValue } from '../context';
import type { Fix, FixContext, TextEdit } from './types';
import {
  afterImports,
  fileHasIdentifier,
  importBindings,
  insertAfterImports,
  insertAt,
  isEsm,
  jsQuote,
  lineIndent,
  named,
  nodeEnd,
  nodeStart,
  once,
  pyImportsModule,
  pyImportsName,
  replaceNode,
  topLevel,
} from './util';

const TITLE = 'Require a bearer token (MCP_AUTH_TOKEN) before the MCP endpoint';
const TS_HELPER = 'requireBearerToken';
const PY_HELPER = 'require_bearer_token';
const ENV = 'MCP_AUTH_TOKEN';
// The node:http transports (the web-standard one answers fetch Requests, not express / node requests).
const V1_TRANSPORTS = new Set(['StreamableHTTPServerTransport', 'SSEServerTransport']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'all']);
const FUNCTIONS = new Set(['arrow_function', 'function_expression', 'function']);

export function authFixes(fc: FixContext): Fix | undefined {
  const edits = fc.family === 'py' ? pyFix(fc, fc.node) : tsFix(fc, fc.node);
  return edits && edits.length > 0 ? { title: TITLE, preferred: false, edits } : undefined;
}

function lastName(n: Node | null): string {
  const t = n?.text ?? '';
  return t.slice(t.lastIndexOf('.') + 1);
}

/** Serves MCP: creates a transport or hands the request to one. */
function servesMcp(fn: Node): boolean {
  const t = fn.text;
  return t.includes('handleRequest(') || t.includes('handlePostMessage(') || t.includes('ServerTransport(');
}

// ------------------------------------------------------------------------------- TypeScript

interface Route {
  app: string;
  call: Node;
  handler: Node;
  /** The argument the middleware goes in front of (the first after the path). */
  before: Node;
}

interface TsPlan {
  /** Express apps / routers declared at the top level: name → declaration statement. */
  apps: Map<string, Node>;
  routes: Route[];
  /** createServer((req, res) => …) handlers that serve MCP. */
  handlers: Node[];
}

function tsPlan(fc: FixContext): TsPlan {
  return once(fc, 'auth:plan', () => {
    const apps = new Map<string, Node>();
    const routes: Route[] = [];
    for (const st of topLevel(fc)) {
      const decl = st.type === 'export_statement' ? named(st).find((c) => c.type === 'lexical_declaration' || c.type === 'variable_declaration') : st;
      if (decl && (decl.type === 'lexical_declaration' || decl.type === 'variable_declaration')) {
        for (const d of named(decl)) {
          const name = d.type === 'variable_declarator' ? d.childForFieldName('name') : null;
          const v = unwrap(d.childForFieldName('value'));
          if (name?.type !== 'identifier' || v?.type !== 'call_expression') continue;
          const callee = v.childForFieldName('function')?.text;
          if (callee === 'express' || callee === 'express.Router' || callee === 'Router' || callee === 'createMcpExpressApp') apps.set(name.text, st);
        }
      }
    }
    for (const st of topLevel(fc)) {
      const call = st.type === 'expression_statement' ? unwrap(named(st)[0] ?? null) : null;
      const fn = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
      if (!call || fn?.type !== 'member_expression') continue;
      const app = fn.childForFieldName('object');
      const method = fn.childForFieldName('property')?.text ?? '';
      if (app?.type !== 'identifier' || !apps.has(app.text) || !ROUTE_METHODS.has(method)) continue;
      const args = named(call.childForFieldName('arguments'));
      const handler = args[args.length - 1];
      if (args.length < 2 || stringValue(args[0]) === undefined || !FUNCTIONS.has(handler.type) || !servesMcp(handler)) continue;
      routes.push({ app: app.text, call, handler, before: args[1] });
    }
    const handlers: Node[] = [];
    let k = 0;
    for (let i = fc.text.indexOf('createServer('); i !== -1 && k < 20; i = fc.text.indexOf('createServer(', i + 1), k++) {
      const id = fc.root.descendantForIndex(i);
      const callee = id?.parent?.type === 'member_expression' ? id.parent : id;
      const call = callee?.parent;
      if (!callee || call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id) continue;
      const fn = unwrap(named(call.childForFieldName('arguments'))[0] ?? null);
      if (fn && FUNCTIONS.has(fn.type) && servesMcp(fn)) handlers.push(fn);
    }
    return { apps, routes, handlers };
  });
}

function within(n: Node, outer: Node): boolean {
  return n.startIndex >= outer.startIndex && n.endIndex <= outer.endIndex;
}

function tsFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  const call = n.parent;
  if (!call || (call.type !== 'new_expression' && call.type !== 'call_expression') || calleeOf(call)?.id !== n.id) return undefined;
  const name = lastName(n);
  const plan = tsPlan(fc);
  let app: string | undefined;
  let handlers: Node[] = [];
  if (name === 'createMcpExpressApp') {
    const d = call.parent?.type === 'variable_declarator' ? call.parent.childForFieldName('name') : null;
    if (!d || !plan.apps.has(d.text)) return undefined;
    app = d.text;
  } else if (V1_TRANSPORTS.has(name)) {
    const route = plan.routes.find((r) => within(call, r.handler));
    if (route) app = route.app;
    else if (plan.handlers.some((h) => within(call, h))) handlers = plan.handlers;
    else if (plan.apps.size === 1 && plan.handlers.length === 0) app = [...plan.apps.keys()][0];
    else if (plan.apps.size === 0 && plan.handlers.length > 0) handlers = plan.handlers;
    else return undefined;
  } else return undefined;

  const helper = tsHelper(fc);
  if (!helper) return undefined;
  const edits: TextEdit[] = [...helper];
  if (app !== undefined) {
    const routes = plan.routes.filter((r) => r.app === app);
    if (routes.length > 0) {
      for (const r of routes) edits.push(insertAt(nodeStart(r.before), `${TS_HELPER}, `));
    } else {
      const decl = plan.apps.get(app)!;
      edits.push(insertAt(nodeEnd(decl), `${fc.eol}${lineIndent(fc.text, decl.startPosition.row)}${app}.use(${TS_HELPER});`));
    }
  } else {
    for (const h of handlers) {
      const e = handlerCheck(fc, h);
      if (!e) return undefined;
      edits.push(e);
    }
  }
  return edits;
}

/** `if (!requireBearerToken(req, res)) return;` as the handler's first statement. */
function handlerCheck(fc: FixContext, fn: Node): TextEdit | undefined {
  const params = named(fn.childForFieldName('parameters'));
  const [req, res] = params.map((p) => (p.type === 'required_parameter' || p.type === 'optional_parameter' ? p.childForFieldName('pattern') : p));
  if (req?.type !== 'identifier' || res?.type !== 'identifier') return undefined;
  const check = `if (!${TS_HELPER}(${req.text}, ${res.text})) return;`;
  const body = fn.childForFieldName('body');
  if (!body) return undefined;
  if (body.type === 'statement_block') {
    const first = named(body)[0];
    const open = body.child(0);
    if (!open) return undefined;
    if (!first || first.startPosition.row === body.startPosition.row) return insertAt(nodeEnd(open), ` ${check}`);
    return insertAt(nodeEnd(open), `${fc.eol}${lineIndent(fc.text, first.startPosition.row)}${check}`);
  }
  // (req, res) => transport.handleRequest(req, res)
  return replaceNode(body, `{ ${check} return ${body.text}; }`);
}

/** The helper (and the imports it needs) after the imports; undefined when a name it uses is taken. */
function tsHelper(fc: FixContext): TextEdit[] | undefined {
  return once(fc, 'auth:tsHelper', () => {
    if (fileHasIdentifier(fc, TS_HELPER)) return undefined;
    const typed = fc.lang === 'typescript' || fc.lang === 'tsx';
    const q = jsQuote(fc);
    const binds = importBindings(fc);
    const from = (local: string, mods: string[]) => binds.some((b) => b.local === local && b.imported === local && mods.includes(b.module));
    const lines: string[] = [];
    const crypto = ['crypto', 'node:crypto'];
    if (!from('timingSafeEqual', crypto)) {
      if (fileHasIdentifier(fc, 'timingSafeEqual')) return undefined;
      lines.push(isEsm(fc) ? `import { timingSafeEqual } from ${q}node:crypto${q};` : `const { timingSafeEqual } = require(${q}node:crypto${q});`);
    }
    if (typed) {
      const missing = ['IncomingMessage', 'ServerResponse'].filter((t) => !from(t, ['http', 'node:http']));
      if (missing.some((t) => fileHasIdentifier(fc, t))) return undefined;
      if (missing.length > 0) lines.push(`import type { ${missing.join(', ')} } from ${q}node:http${q};`);
    }
    const sig = typed
      ? `function ${TS_HELPER}(req: IncomingMessage, res: ServerResponse, next?: () => void): boolean {`
      : `function ${TS_HELPER}(req, res, next) {`;
    lines.push(
      '',
      `/** Lets a request through only with \`Authorization: Bearer <${ENV}>\`; otherwise answers 401 (added by MCP Warden). */`,
      sig,
      `  const token = process.env.${ENV} ?? ${q}${q};`,
      '  const expected = Buffer.from(`Bearer ${token}`);',
      `  const got = Buffer.from(req.headers.authorization ?? ${q}${q});`,
      `  if (token === ${q}${q} || got.length !== expected.length || !timingSafeEqual(got, expected)) {`,
      '    res.statusCode = 401;',
      `    res.setHeader(${q}WWW-Authenticate${q}, ${q}Bearer${q});`,
      '    res.end();',
      '    return false;',
      '  }',
      '  next?.();',
      '  return true;',
      '}',
    );
    return [insertAfterImports(fc, lines.join('\n'))];
  });
}

// ------------------------------------------------------------------------------- Python

const PY_APPS = new Set(['streamable_http_app', 'sse_app', 'http_app']);

function pyFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  // mcp.streamable_http_app() reported at the callee
  const call = n.parent;
  if (call?.type === 'call' && call.childForFieldName('function')?.id === n.id && PY_APPS.has(lastName(n))) {
    if (!wrappable(fc, call)) return undefined;
    const helper = pyHelper(fc, call);
    return helper && [...helper, replaceNode(call, `${PY_HELPER}(${call.text})`)];
  }
  // mcp.run(\n  transport="sse", …) over several lines, reported at the callee
  if (call?.type === 'call' && call.childForFieldName('function')?.id === n.id && (lastName(n) === 'run' || lastName(n) === 'run_async')) {
    const t = kwarg(call, 'transport') ?? positional(call)[0];
    return t?.type === 'string' ? pyRun(fc, call, t) : undefined;
  }
  // mcp.run(transport="streamable-http") reported at the transport string
  const kw = n.parent?.type === 'keyword_argument' ? n.parent : null;
  const run = (kw ?? n).parent?.parent;
  if (run?.type === 'call' && n.type === 'string') return pyRun(fc, run, n);
  return undefined;
}

/** The app's value is used as it is (an argument, returned, or a name not used with `.`): wrapping keeps it working. */
function wrappable(fc: FixContext, call: Node): boolean {
  const p = call.parent;
  if (!p) return false;
  if (p.type === 'argument_list' || p.type === 'keyword_argument' || p.type === 'return_statement') return true;
  if (p.type !== 'assignment' || p.childForFieldName('right')?.id !== call.id) return false;
  const left = p.childForFieldName('left');
  if (left?.type !== 'identifier') return false;
  // `app.router`, `app.mount(...)`, `app.lifespan` would no longer reach the Starlette app.
  const name = left.text;
  for (let i = fc.text.indexOf(name + '.'); i !== -1; i = fc.text.indexOf(name + '.', i + 1)) {
    if (i === 0 || !/[\w.]/.test(fc.text[i - 1])) return false;
  }
  return true;
}

/** Python SDK `mcp.run(transport="streamable-http" | "sse")` → uvicorn serving the wrapped app as run() would. */
function pyRun(fc: FixContext, run: Node, t: Node): TextEdit[] | undefined {
  if (run.parent?.type !== 'expression_statement') return undefined;
  if (/^[ \t]*(?:from|import)[ \t]+fastmcp\b/m.test(fc.text)) return undefined; // standalone fastmcp: another run()
  const fn = run.childForFieldName('function');
  const recv = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
  if (fn?.childForFieldName('attribute')?.text !== 'run' || recv?.type !== 'identifier') return undefined;
  const transport = stringValue(t);
  const app = transport === 'streamable-http' ? 'streamable_http_app' : transport === 'sse' ? 'sse_app' : undefined;
  if (!app) return undefined;
  const args = named(run.childForFieldName('arguments'));
  const mount = kwarg(run, 'mount_path');
  const known = (a: Node) => a.id === t.id || a.childForFieldName('value')?.id === t.id || (app === 'sse_app' && a.childForFieldName('name')?.text === 'mount_path');
  if (!args.every(known) || positional(run).length > 1) return undefined;
  if (!pyImportsModule(fc, 'uvicorn') && fileHasIdentifier(fc, 'uvicorn')) return undefined;
  const helper = pyHelper(fc, run);
  if (!helper) return undefined;
  const r = recv.text;
  const edits: TextEdit[] = [];
  if (!pyImportsModule(fc, 'uvicorn')) {
    // Before the first import, so it never lands between the helper and the imports.
    const first = topLevel(fc).find((c) => c.type === 'import_statement' || c.type === 'import_from_statement');
    edits.push(first ? insertAt(nodeStart(first), `import uvicorn${fc.eol}`) : insertAfterImports(fc, 'import uvicorn'));
  }
  edits.push(...helper);
  const appCall = `${r}.${app}(${mount ? mount.text : ''})`;
  edits.push(replaceNode(run, `uvicorn.run(${PY_HELPER}(${appCall}), host=${r}.settings.host, port=${r}.settings.port, log_level=${r}.settings.log_level.lower())`));
  return edits;
}

/** The ASGI wrapper (and its imports) after the imports; undefined when a name it uses is taken or the use comes first. */
function pyHelper(fc: FixContext, site: Node): TextEdit[] | undefined {
  const at = afterImports(fc).at;
  if (site.startPosition.row < at.line || (site.startPosition.row === at.line && site.startPosition.column < at.character)) return undefined;
  return once(fc, 'auth:pyHelper', () => {
    if (fileHasIdentifier(fc, PY_HELPER)) return undefined;
    const lines: string[] = [];
    if (!pyImportsModule(fc, 'hmac')) {
      if (fileHasIdentifier(fc, 'hmac')) return undefined;
      lines.push('import hmac');
    }
    if (!pyImportsModule(fc, 'os')) {
      if (fileHasIdentifier(fc, 'os')) return undefined;
      lines.push('import os');
    }
    if (!pyImportsName(fc, 'starlette.datastructures', 'Headers')) {
      if (fileHasIdentifier(fc, 'Headers')) return undefined;
      lines.push('from starlette.datastructures import Headers');
    }
    lines.push(
      '',
      '',
      `def ${PY_HELPER}(app):`,
      `    """Wrap an ASGI app: HTTP requests need \`Authorization: Bearer <${ENV}>\`, else 401 (added by MCP Warden)."""`,
      '',
      '    async def guarded(scope, receive, send):',
      '        if scope["type"] == "http":',
      `            token = os.environ.get("${ENV}", "")`,
      '            headers = Headers(scope=scope)',
      '            got = headers.get("authorization", "").encode()',
      '            if not token or not hmac.compare_digest(got, f"Bearer {token}".encode()):',
      '                await send({"type": "http.response.start", "status": 401, "headers": [(b"www-authenticate", b"Bearer")]})',
      '                await send({"type": "http.response.body", "body": b""})',
      '                return',
      '        await app(scope, receive, send)',
      '',
      '    return guarded',
      '',
    );
    return [insertAfterImports(fc, lines.join('\n'))];
  });
}
