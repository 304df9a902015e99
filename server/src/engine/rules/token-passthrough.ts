import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { step } from '../context';
import { ancestor, eachMatch, has, enclosingFunction, functionName, nodeAt, pairKey } from '../checks/transport/util';
import { stringValue } from '../context';

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
    const seen = new Set<number>();
    if (ctx.lang === 'ts' ? has(ctx.text, 'uthorization', 'authInfo') : has(ctx.text, 'uthorization', '.token')) eachMatch(ctx.text, ctx.lang === 'ts' ? TS_SOURCE : PY_SOURCE, (i, m) => {
      const n = nodeAt(ctx, i);
      if (!n || n.type === 'comment') return;
      const read = readExpression(n, m[0].length, i);
      if (!read) return;
      follow(ctx, read, read, 0, seen);
    });
    if (has(ctx.text, '.headers')) eachMatch(ctx.text, ctx.lang === 'ts' ? TS_ALL_HEADERS : PY_ALL_HEADERS, (i, m) => {
      if (ctx.lang === 'py' && !/(?:^|\.)request\.headers$/.test(m[1] ?? '')) return;
      const n = nodeAt(ctx, i);
      if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') return;
      const holder = ancestor(n, (x) => x.type === 'pair' || x.type === 'keyword_argument', 3);
      if (!holder || seen.has(holder.startIndex) || exempt(holder)) return;
      seen.add(holder.startIndex);
      ctx.report({ ruleId: ID, message: `All incoming request headers, the client's \`Authorization\` included, are forwarded to a downstream request: token passthrough. The MCP server must not pass on tokens issued for it; call the downstream API with its own credentials (or a token exchanged for that API) and copy only the headers it needs.`, at: holder });
    });
  },
};

const TS_SOURCE = /headers\s*\??\.\s*authorization\b|headers\s*\[\s*["'`]authorization["'`]\s*\]|\b(?:headers|req|request|c\.req)\s*\.\s*(?:get|header)\(\s*["'`]authorization["'`]\s*\)|\bauthInfo\s*\??\.\s*token\b/gi;
const PY_SOURCE = /headers(?:\.get\(\s*|\[\s*)["']authorization["']|\b(?:get_access_token\(\s*\)|access_token|auth_info|token_info)\s*\.\s*token\b/gi;
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
  for (let k = 0; top && k < 12 && WRAPPERS.has(top.type); k++) {
    // Stop at a call that takes the value as an argument (other than a string method chain).
    if ((top.type === 'call_expression' || top.type === 'call') && top.childForFieldName('function')?.startIndex !== child.startIndex) return { top, child };
    child = top;
    top = top.parent;
  }
  return top ? { top, child } : null;
}

const RESPONSE = /^(?:res|response|reply|resp|ctx\.res|c\.res)\b/;

function follow(ctx: CheckContext, read: Node, cur: Node, hop: number, seen: Set<number>): void {
  const up = climb(cur);
  if (!up) return;
  const { top, child } = up;
  // { Authorization: <token> } / {"Authorization": token}
  if (top.type === 'pair' && top.childForFieldName('value')?.startIndex === child.startIndex && /^authorization$/i.test(pairKey(top) ?? '')) {
    return flag(ctx, read, top, seen);
  }
  // headers.set("Authorization", token) on an outgoing request (not on the response)
  if (top.type === 'arguments' || top.type === 'argument_list') {
    const call = top.parent;
    const args = top.namedChildren;
    const fn = call?.childForFieldName('function')?.text ?? '';
    if (call && args.length >= 2 && args[1]?.startIndex === child.startIndex && /^authorization$/i.test(stringValue(args[0]) ?? '') && /\.(?:set|append|setHeader|header|put|update)$/.test(fn) && !RESPONSE.test(fn)) {
      return flag(ctx, read, call, seen);
    }
    return;
  }
  // const token = <read>  →  follow the name once, inside the same function
  if (hop > 0) return;
  let name: Node | null = null;
  if (top.type === 'variable_declarator' && top.childForFieldName('value')?.startIndex === child.startIndex) name = top.childForFieldName('name');
  else if (top.type === 'assignment' && top.childForFieldName('right')?.startIndex === child.startIndex) name = top.childForFieldName('left');
  if (!name || (name.type !== 'identifier')) return;
  const scope = enclosingFunction(top) ?? ctx.root;
  const v = name.text;
  const body = ctx.text;
  for (let i = body.indexOf(v, name.endIndex), k = 0; i >= 0 && i < scope.endIndex && k < 100; i = body.indexOf(v, i + v.length), k++) {
    const id = nodeAt(ctx, i);
    if (!id || id.type !== 'identifier' || id.text !== v || id.startIndex !== i) continue;
    follow(ctx, read, id, hop + 1, seen);
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

function flag(ctx: CheckContext, read: Node, at: Node, seen: Set<number>): void {
  if (seen.has(at.startIndex) || exempt(at)) return;
  seen.add(at.startIndex);
  ctx.report({
    ruleId: ID,
    message: `The client's access token (\`${read.text.length > 60 ? read.text.slice(0, 57) + '…' : read.text}\`) is forwarded to a downstream API: token passthrough. A token issued for this MCP server must not be passed on; call the downstream API with the server's own credentials or a token exchanged for that API (RFC 8693).`,
    at,
    flow: [step(ctx.file, read, 'the incoming request\'s token'), step(ctx.file, at, 'sent downstream')],
  });
}
