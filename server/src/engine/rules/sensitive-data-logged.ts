import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { NOT_A_VALUE, callArgs, callAt, callPrefix, calleeName, literalText, matchAll, secretKind, words } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'sensitive-data-logged';
/** Logging methods, found from the dot (a literal first character scans fast); the receiver is checked after. */
const TS_LOG = /\.(?:log|info|warn|error|debug|trace|fatal)\s*\(/g;
const PY_LOG = /\.(?:debug|info|warning|warn|error|exception|critical|fatal|log)\s*\(|print\s*\(/g;
const TS_LOGGER = /^(?:console|logger|log|_logger|_log|LOGGER|LOG|this\.logger|this\.log)$/;
const PY_LOGGER = /^(?:logging|logger|log|_logger|_log|LOGGER|LOG|self\.logger|self\.log|ctx|context)$/;

/** The receiver written before the dot at `dot` (`console`, `this.logger`). */
function receiverBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\w$.]/.test(text[i - 1]) && dot - i < 40) i--;
  return text.slice(i, dot);
}

/** Calls that reduce a secret to something harmless to log. */
const SAFE_CALL = /redact|mask|hash|sha\d*|digest|fingerprint|censor|obfuscate|scrub|sanitiz|^len$|^length$|^bool$|^Boolean$|^isSet$|^has|^count$|^typeof$|^type$|^id$|^slice$|^substring$|^substr$|^startswith$|^endswith$|^startsWith$|^endsWith$|^includes$|^test$|^match$/i;
/** Properties that say something about a secret without revealing it. */
const SAFE_PROP = /^(?:length|size|name|type|kind|expires|expiresAt|expires_at|exp|scope|scopes|id|last4|prefix|valid|isValid|is_valid|issuer|iss|sub|aud)$/;
const REQUEST_LIKE = /(?:^|\.)(?:req|request|ctx|context|extra|incoming|event|requestInfo|request_info|scope|msg|message)$/i;

interface Hit {
  node: Node;
  what: string;
}

function isWholeEnv(n: Node): boolean {
  const t = n.text.replace(/\s+/g, '');
  return t === 'process.env' || t === 'os.environ';
}

/** Words that, next to `token` / `key`, make it a credential outside MCP server code (`access_token`, `apiKey`). */
const QUALIFIERS = new Set(['access', 'refresh', 'api', 'apikey', 'bearer', 'id', 'session', 'auth', 'oauth', 'oauth2', 'jwt', 'client', 'csrf', 'reset', 'personal', 'bot', 'app', 'service', 'user', 'admin', 'master', 'signing', 'private', 'secret', 'webhook', 'github', 'gitlab', 'slack', 'stripe', 'openai', 'anthropic', 'aws', 'gcp', 'azure', 'npm', 'pypi', 'hf']);
/** Objects that hold the *names* of variables, headers or fields (`EnvVarNames.API_SECRET`). */
const NAME_HOLDER = new Set(['names', 'name', 'vars', 'variables', 'fields', 'labels', 'columns', 'params', 'events', 'types', 'kinds', 'ids', 'enum', 'enums', 'keys']);

/**
 * What a secret-sounding name holds, or undefined. `strict` (files that are not MCP server code):
 * a bare `token` / `key` / `pwd` may be a lexer token, a map key or a working directory there, so
 * only constants (`S3_SECRET`), passwords, secrets, authorization values and qualified tokens
 * (`access_token`, `apiKey`) count.
 */
function classify(name: string, strict: boolean): string | undefined {
  // authHeader / auth_header hold the header's value when logged (a constant naming it is not logged).
  if (/^(?:auth|authorization|bearer)[-_]?(?:header|hdr)$/i.test(name) && name !== name.toUpperCase()) return 'an authorization value';
  if (name === 'pwd' || name === 'PWD') return undefined;
  // Payment card data (PCI DSS forbids storing the security code at all) and social security numbers.
  const cw = words(name);
  if (cw.some((x) => x === 'cvc' || x === 'cvv' || x === 'cvv2' || x === 'cvc2') && cw.length <= 3 && !/^(?:has|is)/.test(name)) return 'a card security code';
  if ((cw.includes('card') || cw.includes('cc')) && cw.some((x) => x === 'number' || x === 'num' || x === 'no' || x === 'pan') && !cw.some((x) => x === 'last4' || x === 'last' || x === 'masked' || x === 'count' || x === 'length')) return 'a card number';
  if (cw.length <= 2 && cw.includes('ssn')) return 'a social security number';
  const k = secretKind(name);
  const constant = /^[A-Z][A-Z0-9_]*$/.test(name);
  // workspaceKey, section_key: lookup keys; SENDGRID_KEY: a credential.
  if (k === 'key' && !constant) return undefined;
  if (k && strict && !constant && k !== 'password') {
    const w = words(name);
    const strong = w.some((x) => x === 'secret' || x === 'secrets' || x === 'credential' || x === 'credentials' || x === 'creds' || x === 'authorization' || x === 'bearer' || x === 'apikey' || x === 'privatekey' || x === 'secretkey' || x === 'accesskey');
    if (!strong && !w.some((x) => QUALIFIERS.has(x))) return undefined;
  }
  if (k === 'password') return 'a password';
  if (k) return /auth|bearer/i.test(name) ? 'an authorization value' : /cookie/i.test(name) ? 'a cookie' : 'a secret or token';
  if (/^(?:headers|request_headers|requestHeaders|rawHeaders|raw_headers)$/.test(name)) return 'a headers object';
  return undefined;
}

/** `s.slice(7)` keeps all but a prefix (a bearer token after `Bearer `); `slice(0, 4)` / `slice(-4)` keep a few characters. */
function keepsMost(call: Node): boolean {
  const args = callArgs(call);
  return args.length === 1 && /^\d+$/.test(args[0].text);
}

interface Find {
  ctx: CheckContext;
  strict: boolean;
  /** Local names followed to their value so far (at most two). */
  via: string[];
}

function find(n: Node | null, depth: number, f: Find): Hit | undefined {
  if (!n || depth > 10) return undefined;
  switch (n.type) {
    case 'identifier':
    case 'shorthand_property_identifier': {
      const w = classify(n.text, f.strict);
      if (w) return { node: n, what: w };
      if (f.via.length === 0 && storedAsSecret(f.ctx, n)) return { node: n, what: 'a value the same function writes to a secret store' };
      return viaLocal(n, depth, f);
    }
    case 'member_expression':
    case 'attribute': {
      if (isWholeEnv(n)) return { node: n, what: 'the whole environment' };
      const obj = n.childForFieldName('object');
      const prop = (n.childForFieldName('property') ?? n.childForFieldName('attribute'))?.text ?? '';
      if (SAFE_PROP.test(prop)) return undefined;
      if (/^(?:headers|rawHeaders)$/.test(prop) && obj && REQUEST_LIKE.test(obj.text)) return { node: n, what: 'the request headers' };
      if (prop === 'headers') return undefined;
      // EnvVarNames.API_SECRET, HeaderNames.AUTHORIZATION: a name, not the value.
      const ow = obj ? words(obj.text.slice(obj.text.lastIndexOf('.') + 1)) : [];
      if (ow.length && NAME_HOLDER.has(ow[ow.length - 1])) return undefined;
      const w = classify(prop, f.strict);
      return w ? { node: n, what: w } : undefined;
    }
    case 'subscript_expression':
    case 'subscript': {
      const key = n.childForFieldName('index') ?? n.childForFieldName('subscript');
      // header[7:]: all but a prefix (header[:4], header[-4:] keep a few characters).
      if (key?.type === 'slice' && /^\d+:$/.test(key.text.replace(/\s+/g, ''))) return find(n.childForFieldName('value'), depth + 1, f);
      const k = literalText(key);
      if (k === undefined) return undefined;
      const w = classify(k, f.strict);
      return w && !w.startsWith('a headers') ? { node: n, what: w } : undefined;
    }
    case 'call_expression':
    case 'call': {
      const name = calleeName(n);
      if (SAFE_CALL.test(name) && !(/^(?:slice|substring|substr)$/.test(name) && keepsMost(n))) return undefined;
      const fn = n.childForFieldName('function');
      const recv = fn && (fn.type === 'member_expression' || fn.type === 'attribute') ? fn.childForFieldName('object') : null;
      // os.environ.get("DB_PASSWORD") / os.getenv("API_TOKEN"): one variable, judged by its name.
      if ((recv && isWholeEnv(recv) && /^(?:get|getenv)$/.test(name)) || /^(?:os\.getenv|getenv)$/.test(fn?.text ?? '')) {
        const k = literalText(callArgs(n)[0]);
        const w = k === undefined ? undefined : classify(k, false);
        return w && !w.startsWith('a headers') ? { node: n, what: w } : undefined;
      }
      // headers.get("authorization") / req.header("Authorization"): the header named.
      if (/^(?:get|header|getHeader)$/.test(name) && recv && /headers$|^(?:req|request)$/i.test(recv.text)) {
        const k = literalText(callArgs(n)[0]);
        const w = k === undefined ? undefined : classify(k, false);
        return w && !w.startsWith('a headers') ? { node: n, what: w } : undefined;
      }
      // token.trim(), JSON.stringify(headers): the receiver (when it is a value) and the arguments.
      if (recv && !/^(?:JSON|Object|String|json|str|util|console|logging|os|sys|Array|Math)$/.test(recv.text)) {
        const r = find(recv, depth + 1, f);
        if (r) return r;
      }
      // Through a local name, only calls that keep the text (trim, slice, replace…) carry the secret.
      if (f.via.length > 0 && !/^(?:trim|trimStart|trimEnd|strip|lstrip|rstrip|slice|substring|substr|replace|replaceAll|removeprefix|toString|String|str|decode|encode|split)$/.test(name)) return undefined;
      for (const a of callArgs(n)) {
        const r = find(a, depth + 1, f);
        if (r) return r;
      }
      return undefined;
    }
    case 'unary_expression':
    case 'not_operator':
    case 'comparison_operator':
    case 'boolean_operator':
      return undefined;
    case 'conditional_expression':
    case 'ternary_expression': {
      const cond = n.childForFieldName('condition');
      for (const c of n.namedChildren) {
        if (!c || (cond && c.equals(cond))) continue;
        // Python `a if cond else b`: the middle child is the condition.
        if (n.type === 'conditional_expression' && !cond && n.namedChildren.indexOf(c) === 1) continue;
        const r = find(c, depth + 1, f);
        if (r) return r;
      }
      return undefined;
    }
    case 'binary_expression': {
      const op = n.childForFieldName('operator')?.text;
      if (op && op !== '+' && op !== '??' && op !== '||') return undefined;
      break;
    }
    case 'pair': {
      return find(n.childForFieldName('value'), depth + 1, f);
    }
    case 'keyword_argument': {
      if (/^(?:file|exc_info|stack_info|stacklevel|sep|end|flush)$/.test(n.childForFieldName('name')?.text ?? '')) return undefined;
      return find(n.childForFieldName('value'), depth + 1, f);
    }
  }
  if (/^(?:template_string|template_substitution|string|interpolation|binary_expression|binary_operator|arguments|argument_list|parenthesized_expression|object|array|list|dictionary|tuple|spread_element|dictionary_splat|list_splat|concatenated_string|await_expression|await|as_expression|non_null_expression)$/.test(n.type)) {
    for (const c of n.namedChildren) {
      const r = find(c, depth + 1, f);
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * A local whose name says nothing (`presented`, `h`): the value it was last given before this
 * use, in the same function (or at module level), judged like the logged expression. Two names
 * deep; the finding stays on the logged name.
 */
function viaLocal(id: Node, depth: number, f: Find): Hit | undefined {
  const name = id.text;
  if (f.via.length >= 2 || f.via.includes(name) || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  let scope: Node | null = id.parent;
  for (let k = 0; scope && k < 40 && !/^(?:function_declaration|function_expression|arrow_function|method_definition|function_definition|generator_function_declaration|function)$/.test(scope.type); k++) scope = scope.parent;
  const from = scope ? scope.startIndex : 0;
  const text = f.ctx.text;
  let value: Node | null = null;
  for (let i = text.indexOf(name, from), k = 0; i >= 0 && i < id.startIndex && k < 50; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '') || /[\w$]/.test(text[i + name.length] ?? '')) continue;
    const d = f.ctx.root.namedDescendantForIndex(i);
    const p = d?.parent;
    if (!d || d.startIndex !== i || d.type !== 'identifier' || !p) continue;
    if (p.type === 'variable_declarator' && p.childForFieldName('name')?.equals(d)) value = p.childForFieldName('value');
    else if ((p.type === 'assignment' || p.type === 'assignment_expression') && p.childForFieldName('left')?.equals(d)) value = p.childForFieldName('right');
  }
  if (!value) return undefined;
  const hit = find(value, depth + 1, { ...f, via: [...f.via, name] });
  if (!hit) return undefined;
  const src = hit.node.text.replace(/\s+/g, ' ');
  return { node: id, what: `${hit.what}, from \`${src.length > 40 ? src.slice(0, 37) + '…' : src}\`` };
}

// ---------------------------------------------------------------------------------------------
// Values written to a secret store: whatever their name (`value`, `v`), they are secrets.

/** A write call, found from the dot: `vault.write(`, `keyring.set_password(`, `sm.put_secret_value(`. */
const STORE_WRITE = /\.(?:write|put|set|create|update|store|save)\w{0,30}\s*\(/g;
/** The receiver or the method names a secret store. */
const STORE_WORDS = /vault|secret|keyring|keytar|keychain|credential|ssm|kms/i;
const FUNCTION_TYPE = /^(?:function_declaration|function_expression|arrow_function|method_definition|function_definition|generator_function_declaration|function)$/;

function enclosingFn(n: Node): Node | null {
  let s: Node | null = n.parent;
  for (let k = 0; s && k < 40 && !FUNCTION_TYPE.test(s.type); k++) s = s.parent;
  return s;
}

/** A name that says it is not the value (`path`, `key`, `username`, `mount_point`). */
function locationName(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1] ?? '';
  return NOT_A_VALUE.has(last) || last === 'point' || last === 'mount' || last === 'service';
}

/** Identifiers a value expression is built from (not object keys, properties or callees). */
function valueNames(n: Node, out: Node[], depth = 0): void {
  if (depth > 8 || out.length > 30) return;
  if (n.type === 'identifier' || n.type === 'shorthand_property_identifier') {
    if (!locationName(n.text)) out.push(n);
    return;
  }
  if (n.type === 'pair') {
    const v = n.childForFieldName('value');
    if (v) valueNames(v, out, depth + 1);
    return;
  }
  if (n.type === 'keyword_argument') {
    const v = n.childForFieldName('value');
    if (v && !locationName(n.childForFieldName('name')?.text ?? '')) valueNames(v, out, depth + 1);
    return;
  }
  if (/^(?:member_expression|attribute|subscript|subscript_expression|call_expression|call|computed_property_name|lambda|arrow_function)$/.test(n.type)) return;
  for (const c of n.namedChildren) if (c) valueNames(c, out, depth + 1);
}

const storedCache = new WeakMap<CheckContext, Map<string, number[]>>();

/**
 * Names written to a secret store by a call of the file (the first positional argument, a path
 * or id, excluded; keyword arguments named like a location too), with the start of the
 * function each write is in.
 */
function storedNames(ctx: CheckContext): Map<string, number[]> {
  let m = storedCache.get(ctx);
  if (m) return m;
  m = new Map();
  storedCache.set(ctx, m);
  const t = ctx.text;
  if (!(t.includes('ault') || t.includes('ecret') || t.includes('eyring') || t.includes('eytar') || t.includes('eychain') || t.includes('redential') || t.includes('ssm') || t.includes('kms'))) return m;
  for (const w of matchAll(ctx, STORE_WRITE)) {
    const method = callPrefix(w[0]).slice(1);
    if (!STORE_WORDS.test(receiverBefore(t, w.index)) && !STORE_WORDS.test(method)) continue;
    const call = callAt(ctx, w.index, w.index + callPrefix(w[0]).length);
    if (!call) continue;
    const args = callArgs(call);
    const names: Node[] = [];
    args.forEach((a, i) => {
      if (i === 0 && args.length > 1 && a.type !== 'keyword_argument') return;
      valueNames(a, names);
    });
    const fn = enclosingFn(call);
    for (const n of names) {
      const list = m.get(n.text) ?? [];
      list.push(fn ? fn.startIndex : -1);
      m.set(n.text, list);
    }
  }
  return m;
}

/** The identifier is written to a secret store in the function it is used in. */
function storedAsSecret(ctx: CheckContext, id: Node): boolean {
  const fns = storedNames(ctx).get(id.text);
  if (!fns) return false;
  const fn = enclosingFn(id);
  return fns.includes(fn ? fn.startIndex : -1);
}

/** Whether a logged argument text mentions a name written to a secret store. */
function mentionsStored(ctx: CheckContext, args: string): boolean {
  for (const name of storedNames(ctx).keys()) {
    const i = args.indexOf(name);
    if (i >= 0 && !/[\w$]/.test(args[i - 1] ?? '') && !/[\w$]/.test(args[i + name.length] ?? '')) return true;
  }
  return false;
}

/** Words one of which a logged secret's expression contains (tested on the call's text first, to skip the tree). */
const SENSITIVE_HINT = /token|secret|pass|pwd|\bpw\b|[a-z]Pw\b|_pw\b|key|auth|bearer|cookie|credential|creds|headers|environ|process\.env|cvc|cvv|card|ssn/i;

/** The text of a call's arguments: from the parenthesis to its match (at most 2,000 characters). */
function argsText(text: string, open: number): string {
  let depth = 0;
  const stop = Math.min(text.length, open + 2000);
  for (let i = open; i < stop; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(open, i + 1);
    }
  }
  return text.slice(open, stop);
}

function check(ctx: CheckContext): void {
  for (const m of matchAll(ctx, ctx.lang === 'ts' ? TS_LOG : PY_LOG)) {
    // `x.print(` is not the builtin; `obj.info(` is not a logger.
    if (m[0].startsWith('print')) {
      if (/[\w$.]/.test(ctx.text[m.index - 1] ?? '')) continue;
    } else if (!(ctx.lang === 'ts' ? TS_LOGGER : PY_LOGGER).test(receiverBefore(ctx.text, m.index))) continue;
    const args = argsText(ctx.text, m.index + m[0].length - 1);
    if (!SENSITIVE_HINT.test(args) && !mentionsStored(ctx, args)) continue;
    const call = callAt(ctx, m.index, m.index + callPrefix(m[0]).length);
    if (!call) continue;
    // print(..., file=sys.stderr) is logging; print(..., file=some_file) writes a file.
    if (ctx.lang === 'py' && /^print$/.test(call.childForFieldName('function')?.text ?? '')) {
      const f = callArgs(call).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'file');
      if (f && !/^sys\.(?:stderr|stdout)$/.test(f.childForFieldName('value')?.text ?? '')) continue;
    }
    let hit: Hit | undefined;
    const f: Find = { ctx, strict: !ctx.isMcp, via: [] };
    for (const a of callArgs(call)) {
      hit = find(a, 0, f);
      if (hit) break;
    }
    if (!hit) continue;
    const expr = hit.node.text.replace(/\s+/g, ' ');
    ctx.report({
      ruleId: ID,
      message: `\`${expr.length > 40 ? expr.slice(0, 37) + '…' : expr}\` (${hit.what}) is written to the log by \`${call.childForFieldName('function')?.text}\`. Logs are kept, shipped and read by people and tools that should never hold credentials: log that the value is present, its length or a redacted form instead.`,
      at: hit.node,
    });
  }
}

export const sensitiveDataLogged: CheckRule = {
  meta: {
    id: ID,
    title: 'A token, password, authorization header or the whole environment is logged',
    severity: 'warning',
    cwe: [532],
    languages: ['ts', 'py'],
    docs: 'docs/rules/sensitive-data-logged.md',
  },
  check,
};
