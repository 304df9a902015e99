import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { ancestor, callAtCallee, calleeOf, declaredValue, eachMatch, has, isFunction, isTrue, kwarg, nodeAt, objectProp, positional, stringItems, unwrap } from '../checks/transport/util';
import { stringValue } from '../context';

const ID = 'cors-wildcard-credentials';
const WHY = 'any web site the user visits can send credentialed requests to the MCP server and read the answers';

export const corsWildcardCredentials: CheckRule = {
  meta: {
    id: ID,
    title: 'CORS allows any origin together with credentials',
    severity: 'error',
    cwe: [942],
    languages: ['ts', 'py'],
    docs: 'docs/rules/cors-wildcard-credentials.md',
  },
  check(ctx) {
    if (!ctx.isMcp || !has(ctx.text, 'cors', 'CORS', 'Access-Control', 'access-control')) return;
    if (ctx.lang === 'ts') checkTs(ctx);
    else checkPy(ctx);
  },
};

/** What an origin option accepts: 'any' (`*`, `true`, a regex for everything, a function that says yes to all), else undefined. */
function anyOrigin(ctx: CheckContext, v: Node | null): string | undefined {
  let n = unwrap(v);
  if (n?.type === 'identifier') n = unwrap(declaredValue(ctx, n) ?? null);
  if (!n) return undefined;
  if (n.text === 'true') return '`origin: true` (reflects every Origin)';
  if (stringItems(n).some((s) => s.value === '*')) return '`origin: "*"`';
  if (n.type === 'regex') {
    const p = n.childForFieldName('pattern')?.text ?? '';
    if (anyOriginRegex(p.split('\\/').join('/'))) return `\`origin: ${n.text}\``;
  }
  if (isFunction(n)) {
    const params = n.childForFieldName('parameters') ?? n.childForFieldName('parameter');
    const body = n.childForFieldName('body');
    const first = params?.type === 'identifier' ? params.text : params?.namedChildren[0]?.text.replace(/[:?].*$/s, '').trim();
    if (!body) return undefined;
    const b = body.type === 'statement_block' ? blockExpression(body.text) : body.text;
    // (origin) => origin, (origin, cb) => cb(null, true), (origin, cb) => cb(null, origin)
    if (first && b === first) return 'an origin function that returns the request Origin';
    if (/^\w+\(\s*null\s*,\s*(?:true|\w+)\s*\)$/.test(b) && !/\b(?:includes|has|indexOf|test|match|startsWith|endsWith)\b|===?|!==?/.test(b)) {
      const arg = /,\s*(\w+)\s*\)$/.exec(b)?.[1];
      if (arg === 'true' || arg === first) return 'an origin function that accepts every Origin';
    }
  }
  return undefined;
}

/** `{ return x; }` → `x` (a block holding one return). */
function blockExpression(block: string): string {
  let t = block.slice(1, -1).trim();
  if (t.startsWith('return ')) t = t.slice(7).trim();
  if (t.endsWith(';')) t = t.slice(0, -1).trim();
  return t;
}

const PY_ORIGIN_READ = /headers(?:\.get\(\s*|\[\s*)["']origin["']/i;
const ORIGIN_READ = /^(?:\w+\.)?(?:headers\s*\.\s*origin|headers\s*\[\s*["'`]origin["'`]\s*\]|(?:get|header)\(\s*["'`]origin["'`]\s*\))/i;

function checkTs(ctx: CheckContext): void {
  eachMatch(ctx.text, /\bcors\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call) return;
    const arg = unwrap(positional(call)[0] ?? null);
    const opts = arg?.type === 'identifier' ? unwrap(declaredValue(ctx, arg) ?? null) : arg;
    if (opts?.type !== 'object') return;
    const cred = objectProp(opts, 'credentials');
    if (!cred || !isTrue(cred.value)) return;
    const origin = objectProp(opts, 'origin');
    const any = origin ? anyOrigin(ctx, origin.value) : undefined;
    if (!any) return;
    ctx.report({ ruleId: ID, message: `CORS with ${any} and \`credentials: true\`: ${WHY}. Allow only the origins you trust.`, at: arg !== opts && arg ? arg : origin!.pair });
  });
  // Hand-written headers: Access-Control-Allow-Origin set from the request's Origin, with credentials.
  if (!/Access-Control-Allow-Credentials["'`]\s*[,:]\s*(?:["'`]true["'`]|true)/i.test(ctx.text)) return;
  eachMatch(ctx.text, /["'`]Access-Control-Allow-Origin["'`]/gi, (i) => {
    const n = nodeAt(ctx, i);
    const str = n?.type === 'string' ? n : n?.parent;
    if (!str || (str.type !== 'string' && str.type !== 'template_string')) return;
    const p = str.parent;
    let value: Node | null = null;
    if (p?.type === 'pair' && p.childForFieldName('key')?.startIndex === str.startIndex) value = p.childForFieldName('value');
    else if (p?.type === 'arguments') {
      const args = p.namedChildren;
      if (args[0]?.startIndex === str.startIndex) value = args[1] ?? null;
    }
    // Only a direct copy: a local name may have been checked against an allow-list first.
    const v = unwrap(value);
    if (!v) return;
    if (stringValue(v) === '*') {
      ctx.report({ ruleId: ID, message: `\`Access-Control-Allow-Origin: *\` sent together with \`Access-Control-Allow-Credentials: true\`: the server means to accept credentialed requests from every site (browsers refuse this exact pair, so the next "fix" is usually to echo the Origin, which is exploitable). List the trusted origins.`, at: p?.type === 'pair' ? p : v });
      return;
    }
    if (ORIGIN_READ.test(v.text.replace(/^(?:req|request|c\.req|ctx\.request|ctx\.req)\./, 'x.')) || (v.type === 'binary_expression' && ORIGIN_READ.test(v.childForFieldName('left')?.text.replace(/^(?:req|request)\./, 'x.') ?? ''))) {
      ctx.report({ ruleId: ID, message: `\`Access-Control-Allow-Origin\` copied from the request's Origin header while \`Access-Control-Allow-Credentials: true\` is sent: ${WHY}. Compare the Origin with an allow-list first.`, at: p?.type === 'pair' ? p : v });
    }
  });
}

/**
 * An origin regex that accepts every site: `.*`, or a scheme followed by an unconstrained host
 * (`https?://.*`, `^https://.+$`, `(http|https)://[^/]+`).
 */
function anyOriginRegex(regex: string): boolean {
  let r = regex.trim();
  if (r.startsWith('^')) r = r.slice(1);
  if (r.endsWith('$')) r = r.slice(0, -1);
  const scheme = r.indexOf('://');
  if (scheme >= 0 && /^[\w()|?\[\]]*$/.test(r.slice(0, scheme))) r = r.slice(scheme + 3);
  return ['.*', '.+', '.*?', '.+?', '[^/]+', '[^/]*', '(.*)', '(.+)'].includes(r);
}

/**
 * The items of an origins list read from the environment with a default:
 * `os.environ.get("ORIGINS", "*").split(",")` / `os.getenv("ORIGINS", "*").split()` → the default's items.
 */
function envDefaultItems(n: Node | null): string[] {
  const v = unwrap(n);
  if (v?.type !== 'call') return [];
  const f = v.childForFieldName('function');
  if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'split') return [];
  const env = unwrap(f.childForFieldName('object'));
  if (env?.type !== 'call' || !/^(?:os\.)?(?:environ\.get|getenv)$/.test(env.childForFieldName('function')?.text ?? '')) return [];
  const dflt = stringValue(positional(env)[1] ?? kwarg(env, 'default'));
  if (dflt === undefined) return [];
  const sep = stringValue(positional(v)[0]);
  return (sep ? dflt.split(sep) : dflt.split(/\s+/)).map((x) => x.trim());
}

function checkPy(ctx: CheckContext): void {
  eachMatch(ctx.text, /\bCORSMiddleware\b/g, (i) => {
    const id = nodeAt(ctx, i);
    if (!id || id.type !== 'identifier') return;
    const call = id.parent?.type === 'argument_list' ? id.parent.parent : null;
    if (!call || call.type !== 'call') return;
    if (!isTrue(kwarg(call, 'allow_credentials'))) return;
    const origins = kwarg(call, 'allow_origins');
    const regex = stringValue(kwarg(call, 'allow_origin_regex'));
    let list = origins;
    if (list?.type === 'identifier') list = declaredValue(ctx, list) ?? list;
    if (stringItems(list).some((s) => s.value === '*') || envDefaultItems(list).includes('*')) {
      ctx.report({ ruleId: ID, message: `\`CORSMiddleware(allow_origins=["*"], allow_credentials=True)\`: Starlette then echoes every request Origin with credentials allowed, so ${WHY}. List the trusted origins.`, at: origins!.parent ?? origins! });
    } else if (regex !== undefined && anyOriginRegex(regex)) {
      const kw = kwarg(call, 'allow_origin_regex')!;
      ctx.report({ ruleId: ID, message: `\`CORSMiddleware(allow_origin_regex="${regex}", allow_credentials=True)\` accepts every origin with credentials: ${WHY}.`, at: kw.parent ?? kw });
    }
  });
  // Hand-written: response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin")
  if (/Access-Control-Allow-Credentials["']\s*[\],:]\s*(?:=\s*)?["']true["']/i.test(ctx.text)) {
    eachMatch(ctx.text, /["']Access-Control-Allow-Origin["']/gi, (i) => {
      const str = ancestor(nodeAt(ctx, i), (x) => x.type === 'string', 2);
      const holder = str?.parent;
      let value: Node | null = null;
      if (holder?.type === 'subscript' && holder.parent?.type === 'assignment' && holder.parent.childForFieldName('left')?.startIndex === holder.startIndex) value = holder.parent.childForFieldName('right');
      else if (holder?.type === 'pair' && holder.childForFieldName('key')?.startIndex === str!.startIndex) value = holder.childForFieldName('value');
      // Only a direct copy: a local name may have been checked against an allow-list first.
      const v = unwrap(value);
      if (!v || !PY_ORIGIN_READ.test(v.text)) return;
      const at = holder?.type === 'pair' ? holder : holder!.parent!;
      ctx.report({ ruleId: ID, message: `\`Access-Control-Allow-Origin\` copied from the request's Origin header while \`Access-Control-Allow-Credentials: true\` is sent: ${WHY}. Compare the Origin with an allow-list first.`, at });
    });
  }
  // Flask-CORS: CORS(app, supports_credentials=True) with the default origins "*".
  eachMatch(ctx.text, /\bCORS\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call || call.type !== 'call' || !isTrue(kwarg(call, 'supports_credentials'))) return;
    const origins = kwarg(call, 'origins') ?? kwarg(call, 'resources');
    if (origins && !stringItems(origins).some((s) => s.value === '*')) return;
    if (origins && origins.type === 'dictionary') return;
    ctx.report({ ruleId: ID, message: `\`CORS(..., supports_credentials=True)\` with origins \`*\`${origins ? '' : ' (the default)'}: Flask-CORS then reflects every Origin with credentials, so ${WHY}.`, at: calleeOf(call) ?? call });
  });
}
