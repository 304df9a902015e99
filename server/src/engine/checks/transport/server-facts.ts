// What a file says about how its MCP server is exposed over HTTP: where an HTTP/SSE transport is
// created or served, which authentication it has, and which Host/Origin validation. Computed once
// per analysis (the four transport rules share it) from text matches checked on the tree.
import type { Node } from 'web-tree-sitter';
import { stringValue } from '../../context';
import type { CheckContext } from '../context';
import { fromProject, resolveRef } from '../text/project';
import { ancestor, argsOf, callAtCallee, calleeOf, eachMatch, has, hostValue, isLoopback, kwarg, objectProp, positional, stringItems, unwrap } from './util';

export type SiteKind =
  | 'v1-streamable' // new StreamableHTTPServerTransport(...) / WebStandardStreamableHTTPServerTransport
  | 'v1-sse' // new SSEServerTransport(endpoint, res, options?)
  | 'v2-app' // createMcpExpressApp(...) / createMcpHonoApp(...)
  | 'fastmcp-ts' // server.start({ transportType: "httpStream" })
  | 'hono' // new StreamableHTTPTransport() from @hono/mcp (its Host/Origin defaults are not modelled)
  | 'py-run' // mcp.run(transport="streamable-http" | "sse" | "http")
  | 'py-app' // mcp.streamable_http_app() / sse_app() / http_app(), run_*_async()
  | 'py-lowlevel'; // StreamableHTTPSessionManager(...) / SseServerTransport(...)

export interface HttpSite {
  kind: SiteKind;
  /** The call / constructor expression. */
  call: Node;
  /** Where to report (the callee name, or the transport argument). */
  at: Node;
  /** Short words for messages. */
  what: string;
  /** The transport was chosen by a variable (py-run with a non-literal transport). */
  dynamic?: boolean;
}

export interface ServerFacts {
  sites: HttpSite[];
  /** What authentication was recognised (for messages / debugging), undefined if none. */
  auth?: string;
  /** File-level Host/Origin validation middleware recognised, undefined if none. */
  rebindingGuard?: string;
  /** A `createMcp*App` of this file validates Host (loopback host or allowedHosts). */
  appGuard?: string;
  /**
   * Python: the authentication found is a FastAPI route dependency (`Depends(…)`, `Security(…)`,
   * `HTTPBearer()`…), which guards path operations only, not ASGI apps mounted with `.mount()`.
   */
  routeDependencyAuth?: boolean;
}

const cache = new WeakMap<CheckContext, ServerFacts>();

export function serverFacts(ctx: CheckContext): ServerFacts {
  let f = cache.get(ctx);
  if (!f) {
    f = ctx.lang === 'py' ? pyFacts(ctx) : tsFacts(ctx);
    cache.set(ctx, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// TypeScript / JavaScript

const TS_SITES = /\b(?:StreamableHTTPServerTransport|StreamableHTTPTransport|WebStandardStreamableHTTPServerTransport|SSEServerTransport|createMcp(?:Express|Hono|Fastify|Koa|Node|Http|Web)?App)\s*\(|\btransportType\s*:\s*["'`](?:httpStream|sse|http-stream)["'`]/g;

/** Authentication middleware / options that protect an MCP route. */
const TS_AUTH = /\brequireBearerAuth\b|\bauthenticate\s*[:(]|\bexpress[jJ]wt\s*\(|\bpassport\.authenticate\b|\bcheckJwt\b|\bjwtCheck\b|\bbearerAuth\s*\(|\bclerkMiddleware\b|\bauth\s*\(\s*\{\s*(?:audience|issuerBaseURL|issuer)\b/;
/** `app.use(authMiddleware)`, `app.post("/mcp", requireAuth, handler)`: the middleware's name. */
const TS_MIDDLEWARE = /\.(?:use|post|get|all|delete|put|route)\(\s*(?:["'`][\w\/.:*{}-]{0,80}["'`]\s*,\s*)?(?:\[\s*)?([\w$.]+)/g;
const AUTH_NAME = /auth|jwt|bearer|api_?key|verify_?token|require_?token|check_?token|token_?guard|current_?user/i;
/** A handler that reads the Authorization header and answers 401/403 checks credentials itself. */
const TS_AUTH_HEADER = /headers\s*\.\s*authorization\b|headers\s*\[\s*["'`]authorization["'`]\s*\]|\.(?:get|header)\(\s*["'`]authorization["'`]\s*\)/i;
const STATUS_DENY = /\b40[13]\b/;
/** Host / Origin validation middleware. */
const TS_REBIND_GUARD = /\bhostHeaderValidation\s*\(|\blocalhostHostValidation\s*\(/;
const TS_ORIGIN_READ = /headers\s*\.\s*origin\b|headers\s*\[\s*["'`]origin["'`]\s*\]|\.(?:get|header)\(\s*["'`]origin["'`]\s*\)/i;
const STATUS_FORBIDDEN = /\b403\b/;

function tsFacts(ctx: CheckContext): ServerFacts {
  const sites: HttpSite[] = [];
  const text = ctx.text;
  if (!has(text, 'Transport(', 'Transport (', 'createMcp', 'transportType')) return { sites };
  eachMatch(text, TS_SITES, (i, m) => {
    if (m[0].startsWith('transportType')) {
      const n = ctx.root.descendantForIndex(i);
      if (!n || n.type === 'comment') return;
      let pair: Node | null = n;
      for (let k = 0; pair && k < 3 && pair.type !== 'pair'; k++) pair = pair.parent;
      if (!pair || pair.type !== 'pair') return;
      const obj = pair.parent;
      const call = obj?.parent?.type === 'arguments' ? obj.parent.parent : null;
      if (!call || call.type !== 'call_expression') return;
      sites.push({ kind: 'fastmcp-ts', call, at: pair, what: `fastmcp \`${stringValue(pair.childForFieldName('value')) ?? 'HTTP'}\` transport` });
      return;
    }
    const call = callAtCallee(ctx, i);
    if (!call) return;
    const name = calleeOf(call)?.text.replace(/^.*\./, '') ?? '';
    const at = calleeOf(call) ?? call;
    if (name.startsWith('createMcp')) sites.push({ kind: 'v2-app', call, at, what: `\`${name}()\`` });
    else if (call.type !== 'new_expression') return;
    else if (name === 'StreamableHTTPTransport') sites.push({ kind: 'hono', call, at, what: '`StreamableHTTPTransport` (@hono/mcp)' });
    else if (name === 'SSEServerTransport') sites.push({ kind: 'v1-sse', call, at, what: '`SSEServerTransport`' });
    else sites.push({ kind: 'v1-streamable', call, at, what: `\`${name}\`` });
  });
  if (sites.length === 0) return { sites };

  let auth: string | undefined;
  const a = has(text, 'requireBearerAuth', 'authenticate', 'jwt', 'Jwt', 'passport', 'bearerAuth', 'clerkMiddleware', 'auth(') ? TS_AUTH.exec(text) : null;
  if (a) auth = a[0];
  else if ((auth = middlewareNamed(text, TS_MIDDLEWARE))) {
    // an authentication middleware by name
  } else if (has(text, 'uthorization') && TS_AUTH_HEADER.test(text) && STATUS_DENY.test(text)) auth = 'Authorization header checked with a 401/403 answer';

  let rebindingGuard: string | undefined;
  const g = has(text, 'HostValidation') ? TS_REBIND_GUARD.exec(text) : null;
  if (g && !hasWildcardArg(ctx, text.indexOf(g[0]))) rebindingGuard = g[0];
  else if (has(text, 'rigin') && TS_ORIGIN_READ.test(text) && STATUS_FORBIDDEN.test(text)) rebindingGuard = 'Origin header checked with a 403 answer';
  else if (has(text, 'rigin') && originValidated(ctx, 0, text.length)) rebindingGuard = 'Origin header checked against an allow-list';
  else rebindingGuard = importedOriginGuard(ctx);
  let appGuard: string | undefined;
  for (const s of sites) {
    if (s.kind === 'v2-app' && v2AppProtects(ctx, s.call)) {
      appGuard = `${s.what} with a loopback host`;
      break;
    }
  }
  return { sites, auth, rebindingGuard, appGuard };
}

function hasWildcardArg(ctx: CheckContext, index: number): boolean {
  const call = callAtCallee(ctx, index);
  if (!call) return false;
  return stringItems(positional(call)[0] ?? null).some((s) => s.value.includes('*'));
}

/**
 * SDK `createMcpExpressApp(options)` (and the v2 `createMcp*App` helpers) add Host validation
 * themselves: with `allowedHosts`, or when `host` is loopback (the default, 127.0.0.1).
 */
export function v2AppProtects(ctx: CheckContext, call: Node): boolean {
  const opts = unwrap(positional(call)[0] ?? null);
  if (!opts) return true;
  if (opts.type !== 'object') return true; // options built elsewhere: unknown, assume the default
  const hosts = objectProp(opts, 'allowedHosts');
  if (hosts) return !stringItems(hosts.value).some((s) => s.value.includes('*'));
  const host = objectProp(opts, 'host');
  if (!host) return true;
  const v = hostValue(ctx, host.value);
  return v.kind === 'unknown' || isLoopback(v.value);
}

// ---------------------------------------------------------------------------------------------
// Python

const PY_SITES = /\.run(?:_async)?\s*\(|\b(?:streamable_http_app|sse_app|http_app|run_streamable_http_async|run_sse_async|run_http_async)\s*\(|\b(?:StreamableHTTPSessionManager|SseServerTransport)\s*\(/g;
const PY_HTTP_TRANSPORTS = new Set(['streamable-http', 'streamable_http', 'sse', 'http', 'streamable-http-json']);

const PY_AUTH = /\bAuthenticationMiddleware\b|\bBearerAuthBackend\b|\bRequireAuthMiddleware\b|\bHTTPBearer\s*\(|\bOAuth2PasswordBearer\s*\(|\bAPIKeyHeader\s*\(/;
/** `Depends(verify_token)`, `app.add_middleware(ApiKeyAuthMiddleware)`, `Middleware(AuthMiddleware)`. */
const PY_MIDDLEWARE = /\b(?:add_middleware|Middleware|Depends|Security)\(\s*([\w.]+)/g;
const PY_AUTH_HEADER = /headers(?:\.get\(\s*|\[\s*)["']authorization["']/i;
const PY_REBIND_GUARD = /\bTrustedHostMiddleware\b/;
const PY_ORIGIN_READ = /headers(?:\.get\(\s*|\[\s*)["']origin["']/i;
const FASTMCP_CTOR = /\bFastMCP\s*\(/g;

function pyFacts(ctx: CheckContext): ServerFacts {
  const sites: HttpSite[] = [];
  const text = ctx.text;
  if (!has(text, '.run', '_app(', '_app (', 'run_', 'SessionManager', 'SseServerTransport')) return { sites };
  eachMatch(text, PY_SITES, (i, m) => {
    // `subprocess.run([...])`, `asyncio.run(main())`: rule out by text before touching the tree.
    if (m[0].startsWith('.') && !runMayBeHttp(text, i, m[0].length)) return;
    const call = callAtCallee(ctx, m[0].startsWith('.') ? i + 1 : i);
    if (!call || call.type !== 'call') return;
    const callee = calleeOf(call);
    if (!callee) return;
    const name = callee.text.replace(/^.*\./, '');
    if (name === 'run' || name === 'run_async') {
      const recv = callee.text.slice(0, callee.text.length - name.length - 1);
      if (/^(?:uvicorn|asyncio|anyio|trio|subprocess|web)$/.test(recv)) return;
      const t = kwarg(call, 'transport') ?? positional(call)[0] ?? null;
      if (!t) return;
      const v = stringValue(t);
      if (v === undefined) {
        if (t.type === 'identifier' || t.type === 'attribute' || t.type === 'subscript' || t.type === 'call') {
          sites.push({ kind: 'py-run', call, at: t, what: 'a transport chosen at run time', dynamic: true });
        }
        return;
      }
      if (!PY_HTTP_TRANSPORTS.has(v)) return;
      sites.push({ kind: 'py-run', call, at: t, what: `\`${v}\` transport` });
    } else if (name === 'StreamableHTTPSessionManager' || name === 'SseServerTransport') {
      sites.push({ kind: 'py-lowlevel', call, at: callee, what: `\`${name}\`` });
    } else {
      sites.push({ kind: 'py-app', call, at: callee, what: `\`${name}()\`` });
    }
  });
  if (sites.length === 0) return { sites };

  let auth: string | undefined;
  eachMatch(text, FASTMCP_CTOR, (i) => {
    if (auth) return;
    const call = callAtCallee(ctx, i);
    if (!call) return;
    for (const k of ['auth', 'token_verifier', 'auth_server_provider', 'auth_provider']) {
      const v = kwarg(call, k);
      if (v && v.type !== 'none') {
        auth = `FastMCP(${k}=…)`;
        return;
      }
    }
  });
  let routeDependencyAuth = false;
  if (!auth) {
    const a = has(text, 'Auth', 'Bearer', 'APIKey') ? PY_AUTH.exec(text) : null;
    if (a) {
      auth = a[0];
      routeDependencyAuth = /^(?:HTTPBearer|OAuth2PasswordBearer|APIKeyHeader)\b/.test(auth);
    } else if ((auth = middlewareNamed(text, PY_MIDDLEWARE))) {
      // an authentication middleware / dependency by name
      routeDependencyAuth = /^(?:Depends|Security)\(/.test(auth);
    } else if (has(text, 'uthorization') && PY_AUTH_HEADER.test(text) && STATUS_DENY.test(text)) auth = 'Authorization header checked with a 401/403 answer';
  }
  let rebindingGuard: string | undefined;
  const g = has(text, 'TrustedHost') ? PY_REBIND_GUARD.exec(text) : null;
  if (g) rebindingGuard = g[0];
  else if (has(text, 'rigin') && PY_ORIGIN_READ.test(text) && STATUS_FORBIDDEN.test(text)) rebindingGuard = 'Origin header checked with a 403 answer';
  else if (has(text, 'rigin') && originValidated(ctx, 0, text.length)) rebindingGuard = 'Origin header checked against an allow-list';
  return { sites, auth, rebindingGuard, routeDependencyAuth };
}

/**
 * Whether the app a Python site makes is mounted into another ASGI app: passed to `.mount(…)` /
 * `Mount(…)` directly, or through a variable that is (`mcp_app = mcp.sse_app(); app.mount("/", mcp_app)`).
 */
export function mountedApp(ctx: CheckContext, call: Node): boolean {
  let top: Node = call;
  for (let k = 0; top.parent && k < 3 && (top.parent.type === 'parenthesized_expression' || top.parent.type === 'keyword_argument'); k++) top = top.parent;
  const args = top.parent;
  if (args?.type === 'argument_list') {
    const name = calleeOf(args.parent!)?.text ?? '';
    return /(?:^|\.)(?:mount|Mount)$/.test(name);
  }
  const asg = top.parent?.type === 'assignment' && top.parent.childForFieldName('right')?.id === top.id ? top.parent : null;
  const v = asg?.childForFieldName('left');
  if (v?.type !== 'identifier') return false;
  const text = ctx.text;
  for (let i = text.indexOf('ount(', asg!.endIndex), k = 0; i >= 0 && k < 20; i = text.indexOf('ount(', i + 5), k++) {
    const m = callAtCallee(ctx, i - 1);
    if (!m || m.type !== 'call' || !/(?:^|\.)(?:mount|Mount)$/.test(calleeOf(m)?.text ?? '')) continue;
    if ((m.childForFieldName('arguments')?.namedChildren ?? []).some((a) => (a?.type === 'keyword_argument' ? a.childForFieldName('value') : a)?.text === v.text)) return true;
  }
  return false;
}

const NOT_MCP_RUN = new Set(['subprocess', 'asyncio', 'anyio', 'trio', 'uvicorn', 'loop', 'web', 'sh', 'ray']);

/** Could `<recv>.run(` at index i be an MCP server run with a transport argument? */
function runMayBeHttp(text: string, i: number, len: number): boolean {
  let s = i;
  while (s > 0 && s > i - 40 && /\w/.test(text[s - 1])) s--;
  if (NOT_MCP_RUN.has(text.slice(s, i))) return false;
  const after = text.slice(i + len, i + len + 160);
  const first = after.trimStart()[0];
  return first === '"' || first === "'" || after.includes('transport');
}

// ---------------------------------------------------------------------------------------------
// Origin validation written by hand

const TS_ORIGIN_READS = /headers\s*\.\s*origin\b|headers\s*\[\s*["'`]origin["'`]\s*\]|\.(?:get|header)\(\s*["'`]origin["'`]\s*\)/gi;
const PY_ORIGIN_READS = /headers(?:\.get\(\s*|\[\s*)["']origin["']/gi;
/** A condition that is true for an unexpected Origin: a negation or an inequality. */
const NEGATED = /!|\bnot\b/;
/** A branch that turns the request away (not one that merely skips CORS headers with `next()`). */
const DENIES = /\breturn\b|\bthrow\b|\braise\b|\b4\d\d\b/;
const PASSES_ON = /\bnext\(\s*\)|\bcall_next\(/;
const VALUE_WRAPPERS = new Set(['member_expression', 'subscript_expression', 'subscript', 'attribute', 'call_expression', 'call', 'binary_expression', 'boolean_operator', 'parenthesized_expression', 'as_expression', 'non_null_expression', 'await_expression', 'await', 'ternary_expression', 'conditional_expression']);

/**
 * Whether text[from, to) of a module reads the Origin header and turns requests away when it is
 * not an expected one: `if (origin && !ALLOWED.has(origin)) return false` / `res.status(401)…`,
 * `if origin not in ALLOWED: return JSONResponse(…, 403)`, the read written inline in the
 * condition or kept in a variable first. The answer's status is not required (a guard may answer
 * 400/401 or make the caller do so); a branch that only calls `next()` (a CORS allow-list that
 * skips its headers) does not count.
 */
export function originValidated(view: CheckContext, from: number, to: number): boolean {
  const text = view.text;
  const re = view.lang === 'py' ? PY_ORIGIN_READS : TS_ORIGIN_READS;
  let ok = false;
  let k = 0;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && !ok && k < 20; m = re.exec(text), k++) {
    const end = m.index + m[0].length;
    let read = ancestor(view.root.descendantForIndex(m.index), (x) => x.endIndex >= end, 6);
    if (!read || read.type === 'comment' || read.type === 'string_fragment' || read.type === 'string_content') continue;
    for (let i = 0; i < 6 && read.parent && VALUE_WRAPPERS.has(read.parent.type); i++) read = read.parent;
    if (denyingIf(read)) ok = true;
    else {
      const p = read.parent;
      const name = p?.type === 'variable_declarator' && p.childForFieldName('value')?.id === read.id ? p.childForFieldName('name')
        : p?.type === 'assignment' && p.childForFieldName('right')?.id === read.id ? p.childForFieldName('left') : null;
      if (name?.type === 'identifier') ok = usedInDenyingIf(view, name.text, p!.endIndex, enclosingScopeEnd(p!));
    }
  }
  re.lastIndex = 0;
  return ok;
}

function enclosingScopeEnd(n: Node): number {
  const fn = ancestor(n.parent, (x) => /function|arrow|method_definition|lambda/.test(x.type), 20);
  return fn ? fn.endIndex : n.tree.rootNode.endIndex;
}

function usedInDenyingIf(view: CheckContext, name: string, from: number, to: number): boolean {
  const text = view.text;
  for (let i = text.indexOf(name, from), k = 0; i >= 0 && i < to && k < 20; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '') || /[\w$]/.test(text[i + name.length] ?? '')) continue;
    const id = view.root.descendantForIndex(i);
    if (id && id.type === 'identifier' && denyingIf(id)) return true;
  }
  return false;
}

/** The expression sits in the condition of an `if` that is true for a bad Origin and denies. */
function denyingIf(expr: Node): boolean {
  const cond = ancestor(expr, (x) => x.parent?.type === 'if_statement' && x.parent.childForFieldName('condition')?.id === x.id, 8);
  if (!cond) return false;
  const body = cond.parent!.childForFieldName('consequence');
  if (!body || !NEGATED.test(cond.text)) return false;
  return DENIES.test(body.text) && !PASSES_ON.test(body.text);
}

/**
 * An Origin-checking middleware imported from a project module: `app.use(originGuard)`,
 * `app.post("/mcp", checkOrigin, handler)`, `app.use(allowOrigins(LIST))`.
 */
function importedOriginGuard(ctx: CheckContext): string | undefined {
  if (!has(ctx.text, '.use(', '.post(', '.all(', '.get(')) return undefined;
  let found: string | undefined;
  let n = 0;
  eachMatch(ctx.text, /\.(?:use|post|get|all)\(/g, (i) => {
    if (found || ++n > 20) return;
    const call = callAtCallee(ctx, i + 1);
    if (!call) return;
    for (let a of argsOf(call)) {
      if (a.type === 'array') a = a.namedChildren[0] ?? a;
      const f = a.type === 'call_expression' ? a.childForFieldName('function') : a;
      if (f?.type !== 'identifier' || !fromProject(ctx, f.text)) continue;
      const callee = resolveRef(ctx, ctx, f);
      if (callee && callee.view !== ctx && originValidated(callee.view, callee.fn.startIndex, callee.fn.endIndex)) {
        found = `Origin checked by \`${f.text}\``;
        return;
      }
    }
  });
  return found;
}

function middlewareNamed(text: string, re: RegExp): string | undefined {
  if (!has(text, '.use(', '.post(', '.get(', '.all(', '.delete(', '.put(', '.route(', 'iddleware(', 'Depends(', 'Security(')) return undefined;
  let found: string | undefined;
  eachMatch(text, re, (_i, m) => {
    if (!found && m[1] && AUTH_NAME.test(m[1]) && !/cors/i.test(m[1])) found = m[0];
  });
  return found;
}

/** FastMCP(...) constructor calls of the file. */
export function fastMcpCalls(ctx: CheckContext): Node[] {
  const out: Node[] = [];
  eachMatch(ctx.text, FASTMCP_CTOR, (i) => {
    const call = callAtCallee(ctx, i);
    if (call && call.type === 'call') out.push(call);
  });
  return out;
}

export { argsOf };
