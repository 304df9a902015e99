import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { step } from '../context';
import { ancestor, eachMatch, has, enclosingFunction, functionName, nodeAt, pairKey } from '../checks/transport/util';
import { fieldUses, paramFor, resolveCallee, storedField, usesOf } from '../checks/text/project';
import { stringValue } from '../context';
import type { FlowStep } from '../types';

const ID = 'token-passthrough';

export const tokenPassthrough: CheckRule = {
  meta: {
    id: ID,
    title: "The client's access token is forwarded to a downstream API (token passthrough)",
    severity: 'error',
    cwe: [441],
    languages: ['ts', 'py'],
    docs: 'docs/rules/token-passthrough.md',
  },
  check(ctx) {
    if (!ctx.isMcp) return;
    const seen = new Set<string>();
    if (ctx.lang === 'ts' ? has(ctx.text, 'uthorization', 'authInfo') : has(ctx.text, 'uthorization', '.token')) eachMatch(ctx.text, ctx.lang === 'ts' ? TS_SOURCE : PY_SOURCE, (i, m) => {
      const n = nodeAt(ctx, i);
      if (!n || n.type === 'comment') return;
      const read = readExpression(n, m[0].length, i);
      if (!read) return;
      follow({ ctx, read, seen, steps: [], visited: new Set() }, ctx, read, 0);
    });
    // The same reads through a local that holds the request's headers or access token:
    // `incoming = get_http_headers(); incoming["authorization"]`, `token = get_access_token(); token.token`.
    if (has(ctx.text, 'uthorization', '.token')) eachMatch(ctx.text, ctx.lang === 'ts' ? TS_ALIAS_READ : PY_ALIAS_READ, (i, m) => {
      const recv = m[1] ?? m[2];
      if (!recv || /headers$|^(?:req|request|authInfo|access_token|auth_info|token_info)$/i.test(recv)) return;
      const n = nodeAt(ctx, i);
      if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') return;
      if (!holdsRequestAuth(ctx, n, recv, m[2] !== undefined)) return;
      const read = readExpression(n, m[0].length, i);
      if (!read) return;
      follow({ ctx, read, seen, steps: [], visited: new Set() }, ctx, read, 0);
    });
    if (has(ctx.text, '.headers')) eachMatch(ctx.text, ctx.lang === 'ts' ? TS_ALL_HEADERS : PY_ALL_HEADERS, (i, m) => {
      if (ctx.lang === 'py' && !/(?:^|\.)request\.headers$/.test(m[1] ?? '')) return;
      const n = nodeAt(ctx, i);
      if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') return;
      const holder = ancestor(n, (x) => x.type === 'pair' || x.type === 'keyword_argument', 3);
      if (!holder || seen.has(`${ctx.file}:${holder.startIndex}`) || exempt(holder)) return;
      seen.add(`${ctx.file}:${holder.startIndex}`);
      ctx.report({ ruleId: ID, message: `All incoming request headers, the client's \`Authorization\` included, are forwarded to a downstream request: token passthrough. The MCP server must not pass on tokens issued for it; call the downstream API with its own credentials (or a token exchanged for that API) and copy only the headers it needs.`, at: holder });
    });
  },
};

const TS_SOURCE = /headers\s*\??\.\s*authorization\b|headers\s*\[\s*["'`]authorization["'`]\s*\]|\b(?:headers|req|request|c\.req)\s*\.\s*(?:get|header)\(\s*["'`]authorization["'`]\s*\)|\bauthInfo\s*\??\.\s*token\b|\b(?:req|request)\s*\.\s*auth\s*\??\.\s*token\b/gi;
const PY_SOURCE = /headers(?:\.get\(\s*|\[\s*)["']authorization["']|\b(?:get_access_token\(\s*\)|access_token|auth_info|token_info)\s*\.\s*token\b/gi;
// Names start only where no identifier character precedes (`\b` would let `$` restart the scan at every position).
const TS_ALIAS_READ = /(?<![\w$])([A-Za-z_$][\w$]*)\s*(?:\??\.\s*authorization\b|\[\s*["'`]authorization["'`]\s*\]|\.get\(\s*["'`]authorization["'`]\s*\))|(?<![\w$])([A-Za-z_$][\w$]*)\s*\??\.\s*token\b/gi;
const PY_ALIAS_READ = /\b([A-Za-z_]\w*)(?:\.get\(\s*|\[\s*)["']authorization["']|\b([A-Za-z_]\w*)\.token\b/gi;
/** What a local must be assigned from to hold the incoming request's headers / its access token. */
const HEADERS_VALUE = /^(?:await\s+)?(?:get_http_headers\s*\(|(?:dict\s*\(\s*)?(?:[\w?]+\.)*headers\b)/;
const TOKEN_VALUE = /^(?:await\s+)?(?:get_access_token\s*\(|(?:[\w?]+\.)*authInfo\b)/;
/** Headers of a response, not of the incoming request. */
const RESPONSE_VALUE = /^(?:await\s+)?(?:res|resp|response|r|reply)\??\./;

/**
 * Whether `recv`, in the function around `at`, is a local assigned from the request's headers
 * (`get_http_headers(…)`, `request.headers`) or, for `.token`, from the access token
 * (`get_access_token()`, `extra.authInfo`).
 */
function holdsRequestAuth(ctx: CheckContext, at: Node, recv: string, token: boolean): boolean {
  const scope = enclosingFunction(at);
  const text = scope ? scope.text : ctx.text;
  for (let i = text.indexOf(recv), k = 0; i >= 0 && k < 20; i = text.indexOf(recv, i + recv.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '')) continue;
    const rest = text.slice(i + recv.length, i + recv.length + 200);
    const eq = /^\s*(?::[^=\n]{0,80})?=(?![=>])\s*/.exec(rest);
    if (!eq) continue;
    const value = rest.slice(eq[0].length);
    if ((token ? TOKEN_VALUE : HEADERS_VALUE).test(value) && !RESPONSE_VALUE.test(value)) return true;
  }
  return false;
}

const TS_ALL_HEADERS = /headers\s*:\s*(?:\{\s*\.\.\.\s*)?(?:req|request|c\.req\.raw|ctx\.req|ctx\.request|incoming)\s*\.\s*headers\b/g;
const PY_ALL_HEADERS = /headers\s*=\s*(?:dict\(\s*|\{\s*\*\*\s*)?([\w.]+)/g;

/** The smallest expression node that spans the matched read. */
function readExpression(n: Node, len: number, start: number): Node | null {
  let cur: Node | null = n;
  for (let k = 0; cur && k < 8; k++) {
    if (cur.startIndex <= start && cur.endIndex >= start + len - 1 && cur.type !== 'property_identifier' && cur.type !== 'identifier' && cur.type !== 'string_fragment' && cur.type !== 'string_content' && cur.type !== 'string') {
      // Extend to the full call when the match ended at a `get(`/`header(` call's argument.
      if ((cur.type === 'arguments' || cur.type === 'argument_list') && cur.parent) return cur.parent;
      return cur;
    }
    cur = cur.parent;
  }
  return null;
}

const WRAPPERS = new Set([
  'member_expression', 'subscript_expression', 'call_expression', 'optional_chain', 'non_null_expression', 'parenthesized_expression',
  'as_expression', 'template_substitution', 'template_string', 'binary_expression', 'await_expression', 'ternary_expression',
  'attribute', 'subscript', 'call', 'interpolation', 'string', 'binary_operator', 'boolean_operator', 'await', 'conditional_expression',
]);

/** Walks up from a value through string building / method chains to where it is used. */
function climb(n: Node): { top: Node; child: Node } | null {
  let child = n;
  let top = n.parent;
  for (let k = 0; top && k < 12; k++) {
    // `String(token)`, `str(token)`: a conversion keeps the token; the call is the value from here on.
    if ((top.type === 'arguments' || top.type === 'argument_list') && top.namedChildren.length === 1 && top.parent && CONVERSION.test(top.parent.childForFieldName('function')?.text ?? '')) {
      child = top.parent;
      top = child.parent;
      continue;
    }
    if (!WRAPPERS.has(top.type)) break;
    // Stop at a call that takes the value as an argument (other than a string method chain).
    if ((top.type === 'call_expression' || top.type === 'call') && top.childForFieldName('function')?.startIndex !== child.startIndex) return { top, child };
    child = top;
    top = top.parent;
  }
  return top ? { top, child } : null;
}

/** Calls whose result is their argument's text. */
const CONVERSION = /^(?:String|str|encodeURIComponent|decodeURIComponent|unquote|quote)$/;

const RESPONSE = /^(?:res|response|reply|resp|ctx\.res|c\.res)\b/;

/** One token read being followed: through locals, calls into project functions and class fields. */
interface Trace {
  ctx: CheckContext;
  read: Node;
  seen: Set<string>;
  /** Steps after the read: where the token was handed on. */
  steps: FlowStep[];
  /** The argument in this file through which the token left for another module. */
  exit?: Node;
  /** Functions and fields already followed (file:offset:name). */
  visited: Set<string>;
}

const MAX_HOPS = 5;

function follow(t: Trace, view: CheckContext, cur: Node, hop: number): void {
  const up = climb(cur);
  if (!up) return;
  const { top, child } = up;
  // { Authorization: <token> } / {"Authorization": token}
  if (top.type === 'pair' && top.childForFieldName('value')?.startIndex === child.startIndex && /^authorization$/i.test(pairKey(top) ?? '')) {
    return flag(t, view, top);
  }
  // headers.set("Authorization", token) on an outgoing request (not on the response)
  if (top.type === 'arguments' || top.type === 'argument_list') {
    const call = top.parent;
    const args = top.namedChildren;
    const fn = call?.childForFieldName('function')?.text ?? '';
    if (call && args.length >= 2 && args[1]?.startIndex === child.startIndex && /^authorization$/i.test(stringValue(args[0]) ?? '') && /\.(?:set|append|setHeader|header|put|update)$/.test(fn) && !RESPONSE.test(fn)) {
      return flag(t, view, call);
    }
    // Handed to a function or class of the project: follow the parameter, and a field it is stored in.
    if (call && hop < MAX_HOPS) intoCallee(t, view, call, child, hop);
    return;
  }
  if (top.type === 'keyword_argument' && top.parent?.type === 'argument_list' && top.parent.parent && hop < MAX_HOPS) {
    intoCallee(t, view, top.parent.parent, top, hop);
    return;
  }
  // this.auth = token / self.user_auth = token: every use of the field in the class.
  const field = storedField(top, child);
  if (field) return intoField(t, view, top, field, hop);
  // const token = <read>  →  follow the name inside the same function
  if (hop >= MAX_HOPS) return;
  let name: Node | null = null;
  if (top.type === 'variable_declarator' && top.childForFieldName('value')?.startIndex === child.startIndex) name = top.childForFieldName('name');
  else if (top.type === 'assignment' && top.childForFieldName('right')?.startIndex === child.startIndex) name = top.childForFieldName('left');
  if (!name || (name.type !== 'identifier')) return;
  const scope = enclosingFunction(top) ?? view.root;
  for (const id of usesOf(view, scope, name.text, name.endIndex, 30)) follow(t, view, id, hop + 1);
}

function intoCallee(t: Trace, view: CheckContext, call: Node, arg: Node, hop: number): void {
  const callee = resolveCallee(t.ctx, view, call);
  if (!callee) return;
  const param = paramFor(callee, call, arg);
  if (!param) return;
  const key = `${callee.view.file}:${callee.fn.startIndex}:${param.name}`;
  if (t.visited.has(key) || t.visited.size > 40) return;
  t.visited.add(key);
  const leaves = view === t.ctx && callee.view !== t.ctx;
  const next: Trace = { ...t, steps: [...t.steps, step(view.file, arg, `passed to \`${callee.name}\``)], exit: t.exit ?? (leaves ? arg : undefined) };
  const body = callee.fn.childForFieldName('body');
  if (param.property && callee.cls) intoField(next, callee.view, callee.fn, param.name, hop, callee.cls);
  if (body) for (const id of usesOf(callee.view, body, param.name, body.startIndex, 30)) follow(next, callee.view, id, hop + 1);
}

function intoField(t: Trace, view: CheckContext, at: Node, field: string, hop: number, cls?: Node): void {
  let c: Node | null | undefined = cls;
  for (let a: Node | null = at, k = 0; !c && a && k < 60; a = a.parent, k++) if (/^(?:class_declaration|class|class_definition|abstract_class_declaration)$/.test(a.type)) c = a;
  if (!c) return;
  const key = `${view.file}:${c.startIndex}:.${field}`;
  if (t.visited.has(key)) return;
  t.visited.add(key);
  const next: Trace = { ...t, steps: [...t.steps, step(view.file, at, `stored in \`${view.lang === 'py' ? 'self' : 'this'}.${field}\``)] };
  for (const use of fieldUses(view, c, field, 30)) {
    // Not the assignment itself.
    const p = use.parent;
    if (p && (p.type === 'assignment_expression' || p.type === 'assignment') && p.childForFieldName('left')?.equals(use)) continue;
    follow(next, view, use, hop + 1);
  }
}

function exempt(at: Node): boolean {
  // Sending the token to the authorization server to validate it is not passthrough.
  const fn = enclosingFunction(at);
  const name = fn ? functionName(fn) ?? '' : '';
  if (/verif|validat|introspect|authenticat|userinfo|whoami|check_?token|checkToken/i.test(name)) return true;
  const stmt = ancestor(at, (x) => /statement$|declaration$|^assignment$|^expression_statement$/.test(x.type), 12);
  return !!stmt && /userinfo|introspect|tokeninfo|\/oauth2?\/v\d\/me\b/i.test(stmt.text);
}

function flag(t: Trace, view: CheckContext, at: Node): void {
  const where = view === t.ctx ? at : t.exit;
  const key = `${view.file}:${at.startIndex}`;
  if (!where || t.seen.has(key) || exempt(at)) return;
  t.seen.add(key);
  const { ctx, read } = t;
  const other = view === ctx ? '' : ` (in ${view.file.replace(/^.*[\\/]/, '')})`;
  ctx.report({
    ruleId: ID,
    message: `The client's access token (\`${read.text.length > 60 ? read.text.slice(0, 57) + '…' : read.text}\`) is forwarded to a downstream API${other}: token passthrough. A token issued for this MCP server must not be passed on; call the downstream API with the server's own credentials or a token exchanged for that API (RFC 8693).`,
    at: where,
    flow: [step(ctx.file, read, 'the incoming request\'s token'), ...t.steps, step(view.file, at, 'sent downstream')],
  });
}
