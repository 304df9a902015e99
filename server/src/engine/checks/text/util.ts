// Helpers shared by the secrets / leaks / model-facing-text / stdout rules. Every rule here finds
// candidates with a text search over ctx.text and only then looks at the tree around each hit
// (descendantForIndex plus a few capped parent steps): check() runs on every keystroke.
import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../context';
import type { McpDefinition, Position, Range } from '../../types';

/** Upward walks stop after this many parents (tree-sitter's `parent` walks from the root). */
export const MAX_UP = 24;

/** Every match of a global regex over text; checks the time budget every 64 matches. */
export function* matchAll(ctx: CheckContext, re: RegExp, text = ctx.text): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    if ((++n & 63) === 0) ctx.checkBudget();
    yield m;
  }
}

const lowerCache = new WeakMap<CheckContext, string>();

/** ctx.text in lower case (same offsets: ASCII-only case mapping), computed once per analysis. */
export function lowerText(ctx: CheckContext): string {
  let l = lowerCache.get(ctx);
  if (l === undefined) {
    l = ctx.text.toLowerCase();
    // A few non-ASCII letters change length in lower case: keep offsets exact.
    if (l.length !== ctx.text.length) l = ctx.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    lowerCache.set(ctx, l);
  }
  return l;
}

/** Offsets of every occurrence of each (lower-case) word in the lower-cased text, sorted. */
export function findWords(ctx: CheckContext, list: readonly string[]): number[] {
  const text = lowerText(ctx);
  const out: number[] = [];
  for (const w of list) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) out.push(i);
  if (out.length > 64) ctx.checkBudget();
  return out.sort((a, b) => a - b);
}

/** The smallest named node at a text offset. */
export function nodeAt(ctx: CheckContext, index: number): Node | null {
  return ctx.root.namedDescendantForIndex(index);
}

/**
 * The call whose callee ends at `fnEnd`, from a regex match of the callee at `index`
 * (`console.log(` matched → its call_expression / call node).
 */
export function callAt(ctx: CheckContext, index: number, fnEnd: number): Node | undefined {
  for (const a of upFrom(nodeAt(ctx, index), 6)) {
    if ((a.type === 'call_expression' || a.type === 'call') && a.childForFieldName('function')?.endIndex === fnEnd) return a;
  }
  return undefined;
}

/** Ancestors of n (n itself first), at most `max` of them. */
export function* upFrom(n: Node | null, max = MAX_UP): Generator<Node> {
  for (let i = 0; n && i <= max; i++, n = n.parent) yield n;
}

export function isComment(n: Node | null): boolean {
  return !!n && (n.type === 'comment' || n.type === 'html_comment');
}

/** The string literal node around an offset (JS string/template, Python string), if any. */
export function stringAt(ctx: CheckContext, index: number): Node | undefined {
  for (const a of upFrom(nodeAt(ctx, index), 4)) {
    if (a.type === 'string' || a.type === 'template_string') return a;
    if (isComment(a)) return undefined;
  }
  return undefined;
}

/** The literal text of a string without quotes; undefined when it interpolates anything. */
export function literalText(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'template_string') return n.namedChildren.some((c) => c?.type === 'template_substitution') ? undefined : n.text.slice(1, -1);
  if (n.type !== 'string') return undefined;
  let out = '';
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'interpolation') return undefined;
    if (c.type === 'string_fragment' || c.type === 'string_content' || c.type === 'escape_sequence') out += c.text;
  }
  return out;
}

/** The range of text[from, to) where text is n.text (offsets relative to the node). */
export function rangeIn(n: Node, from: number, to: number): Range {
  const t = n.text;
  const pos = (off: number) => {
    let line = n.startPosition.row;
    let col = n.startPosition.column;
    for (let i = 0; i < off && i < t.length; i++) {
      if (t.charCodeAt(i) === 10) {
        line++;
        col = 0;
      } else col++;
    }
    return { line, character: col };
  };
  return { start: pos(from), end: pos(to) };
}

/** Words of an identifier / key: camelCase, snake_case, kebab-case, dotted; lower case. */
export function words(name: string): string[] {
  const out: string[] = [];
  let cur = '';
  const isUpper = (c: string) => c >= 'A' && c <= 'Z';
  const isLower = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  for (let i = 0; i < name.length && i < 200; i++) {
    const c = name[i];
    if (!isUpper(c) && !isLower(c)) {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    const prev = name[i - 1] ?? '';
    const next = name[i + 1] ?? '';
    // fooBar → foo|Bar; HTTPServer → HTTP|Server
    if (cur && isUpper(c) && (isLower(prev) || (isUpper(prev) && next >= 'a' && next <= 'z'))) {
      out.push(cur);
      cur = '';
    }
    cur += c;
  }
  if (cur) out.push(cur);
  return out.map((w) => w.toLowerCase());
}

/**
 * Words before a trailing `pass` / `pw` that make it a password (`smtpPass`, `DB_PASS`, `ldap_pw`);
 * alone, or after other words (`firstPass`, `renderPass`), it is a pass of an algorithm or a flag.
 */
const PASS_QUALIFIERS = new Set([
  'smtp', 'imap', 'pop', 'pop3', 'mail', 'email', 'db', 'database', 'sql', 'mysql', 'pg', 'postgres', 'mongo', 'redis', 'amqp', 'rabbit',
  'rabbitmq', 'kafka', 'sasl', 'ldap', 'bind', 'ftp', 'sftp', 'ssh', 'vpn', 'wifi', 'proxy', 'basic', 'auth', 'login', 'user', 'admin',
  'root', 'account', 'keystore', 'truststore', 'store', 'pfx', 'p12', 'cert', 'vault', 'broker', 'mqtt', 'api', 'service', 'sip', 'rcon',
]);
/** Last words that make a secret-sounding name something else: the *name* of a token, its URL, its length... */
export const NOT_A_VALUE = new Set([
  'env', 'var', 'variable', 'name', 'names', 'header', 'headers', 'url', 'uri', 'urls', 'endpoint', 'path', 'file', 'filename', 'dir',
  'type', 'types', 'kind', 'id', 'ids', 'field', 'fields', 'prefix', 'suffix', 'length', 'len', 'size', 'count', 'ttl', 'expiry',
  'expires', 'expiration', 'timeout', 'pattern', 'regex', 're', 'placeholder', 'label', 'description', 'desc', 'message', 'msg',
  'hint', 'route', 'param', 'parameter', 'scope', 'scopes', 'mode', 'format', 'hash', 'hashed', 'digest', 'min', 'max', 'limit',
  'required', 'enabled', 'provider', 'method', 'strategy', 'schema', 'location', 'source', 'store', 'storage', 'cache', 'policy',
  'version', 'index', 'position', 'chars', 'encoding', 'algorithm', 'alg', 'issuer', 'audience', 'title', 'text', 'error', 'errors',
  'prompt', 'usage', 'budget', 'counter', 'validator', 'lifetime', 'duration', 'seconds', 'ms', 'minutes', 'hours', 'days', 'key',
  'keys', 'tokens', 'option', 'options', 'config', 'settings', 'flag', 'flags', 'status', 'state', 'level', 'tag', 'service', 'class',
  'handler', 'callback', 'fn', 'func', 'function', 'manager', 'client', 'server', 'module', 'lib', 'library', 'template', 'example',
  'ref', 'reference', 'link', 'doc', 'docs', 'help', 'info', 'list', 'set', 'map', 'dict', 'regexp', 'separator', 'delimiter',
  'char', 'request', 'response', 'result', 'input', 'output', 'button', 'selector', 'locator', 'xpath', 'column', 'table', 'attr',
  'attribute', 'property', 'prop', 'query', 'mask', 'redacted', 'display', 'preview', 'last4', 'hint', 'exists', 'set', 'present',
  'valid', 'invalid', 'missing', 'updated', 'created', 'at', 'date', 'time', 'timestamp', 'user', 'username', 'login', 'email',
  'owner', 'account', 'host', 'port', 'domain', 'realm', 'region', 'bucket', 'payload', 'claims', 'body', 'data', 'schemes', 'scheme',
]);
/** First words of names that hold something about a secret, not the secret itself. */
const NOT_A_VALUE_FIRST = new Set([
  'max', 'min', 'num', 'total', 'is', 'has', 'use', 'uses', 'should', 'needs', 'need', 'require', 'requires', 'with', 'no', 'show',
  'enable', 'disable', 'validate', 'get', 'set', 'check', 'verify', 'parse', 'create', 'generate', 'load', 'read', 'fetch', 'on',
  'handle', 'count', 'allow', 'skip', 'mask', 'masked', 'redact', 'redacted', 'hashed', 'hash', 'encrypted', 'sample', 'fake',
  'dummy', 'test', 'mock', 'example', 'public', 'invalid', 'expired', 'bad', 'wrong',
]);
const KEY_QUALIFIERS = new Set(['api', 'private', 'secret', 'access', 'signing', 'encryption', 'master', 'app', 'auth', 'license', 'subscription', 'webhook', 'hmac', 'jwt', 'session', 'consumer', 'openai', 'anthropic', 'stripe']);

/** `password`: any non-placeholder word; `secret`: token-like; `key`: `<vendor>_KEY`, needs a longer random value. */
export type SecretKind = 'password' | 'secret' | 'key';
/** Words before "key" that make it something other than a credential (a cache key, a sort key...). */
const NOT_KEY_QUALIFIERS = new Set(['cache', 'primary', 'foreign', 'sort', 'partition', 'map', 'dict', 'lookup', 'idempotency', 'registry', 'object', 'row', 'column', 'table', 'hot', 'short', 'cut', 'storage', 'redis', 's3', 'bucket', 'file', 'item', 'entry', 'config', 'setting', 'settings', 'translation', 'i18n', 'locale', 'message', 'dedup', 'dedupe', 'group', 'index', 'hash', 'routing', 'record', 'unique', 'composite', 'join', 'field', 'property', 'prop', 'react', 'list', 'query', 'cursor', 'page', 'state', 'event', 'metric', 'label', 'tag', 'lock', 'queue', 'stream', 'topic', 'env', 'var', 'json', 'yaml', 'dict', 'keyboard', 'sign', 'public', 'pub', 'host', 'ssh', 'gpg', 'pgp']);

/**
 * Whether a variable / property / key name says it holds a secret value: password, token, api
 * key, client secret, private key, authorization... but not the name or URL of one
 * (`TOKEN_ENV`, `AUTH_HEADER`, `token_url`), a count (`max_tokens`) or a flag (`hasToken`).
 */
export function secretKind(name: string): SecretKind | undefined {
  const w = words(name);
  if (w.length === 0 || w.length > 6) return undefined;
  const last = w[w.length - 1];
  const first = w[0];
  if (w.length > 1 && NOT_A_VALUE_FIRST.has(first)) return undefined;
  if (w.some((x) => x === 'password' || x === 'passwd' || x === 'pwd' || x === 'passphrase')) {
    return NOT_A_VALUE.has(last) ? undefined : 'password';
  }
  if ((last === 'pass' || last === 'pw') && w.length > 1 && PASS_QUALIFIERS.has(w[w.length - 2])) return 'password';
  // `apiKey` / `privateKey` / `secret_key`: "key" counts only after a qualifier.
  if (last === 'key' && w.length > 1 && KEY_QUALIFIERS.has(w[w.length - 2])) return 'secret';
  if (last === 'apikey' || last === 'privatekey' || last === 'secretkey' || last === 'accesskey') return 'secret';
  // SENDGRID_KEY, mapsKey: a vendor's key, judged more strictly.
  if (last === 'key' && w.length > 1 && !NOT_KEY_QUALIFIERS.has(w[w.length - 2])) return 'key';
  if (NOT_A_VALUE.has(last)) return undefined;
  // FLAG_SALT / hmac_pepper: a value mixed into hashes so others cannot recompute them.
  if (last === 'salt' || last === 'pepper') return 'secret';
  if (w.some((x) => x === 'token' || x === 'secret' || x === 'apikey' || x === 'credential' || x === 'credentials' || x === 'creds' || x === 'bearer' || x === 'authorization' || x === 'auth' || x === 'cookie')) return 'secret';
  return undefined;
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER_WORD = /^(?:change[-_ ]?me|change[-_ ]?it|replace[-_ ]?me|todo|tbd|fixme|none|null|nil|undefined|placeholder|redacted|secret|password|passwd|token|test|testing|dummy|fake|sample|example|default|admin|root|guest|pass|x+|\*+|\.+|-+|0+|1234(?:5678?)?|abc123|qwerty)$/i;
/** Substrings (lower case) that mark a placeholder. */
const PLACEHOLDER_PARTS = ['your-', 'your_', 'your ', 'yourkey', 'yourtoken', '-here', '_here', ' here', 'example', 'dummy', 'placeholder', 'changeme', 'change-me', 'change_me', 'replace', 'insert-', 'insert_', 'insert ', 'xxxx', '***', 'fake', 'sample', 'redacted', '${', '{{', '%(', 'process.env', 'os.environ', '...'];
/** An env var or constant name: `GITHUB_TOKEN`, `OPENAI_API_KEY`. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Words only: a header or field name (`Authorization`, `X-Api-Key`, `access_token`). */
const WORDS_ONLY = /^[A-Za-z]+(?:[-_. ][A-Za-z]+)*$/;
export const JWT = /^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*$/;

/** A regular expression, not a value: a character class with a quantifier, `\d` `\w` `\s`, `.*`, a group flag. */
const REGEX_LIKE = /\[[^\][]{1,80}\][+*?{]|\\[dwsbDWS]|\.\*|\(\?[:=!<]/;

/**
 * A name made of words — `challengePassword`, `FlowPasswordRequiredResultV2`, `msal:acquireToken`,
 * `token_sha256_to_refresh`, an enum value mirroring its key — not a secret: random tokens do not
 * split into pronounceable words.
 */
function identifierLike(v: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-_.:/][A-Za-z0-9]+)*$/.test(v)) return false;
  const w = words(v);
  if (w.length < 2) return false;
  let covered = 0;
  for (const x of w) if (/^[a-z]{2,}\d{0,3}$/.test(x) && /[aeiouy]/.test(x)) covered += x.length;
  return covered >= v.replace(/[-_.:/]/g, '').length * 0.8;
}

/** True when a literal is an obvious placeholder rather than a credential. */
export function isPlaceholder(v: string): boolean {
  const t = v.trim();
  const lower = t.toLowerCase();
  return t === '' || PLACEHOLDER_WORD.test(t) || PLACEHOLDER_PARTS.some((p) => lower.includes(p)) || /^<[^<>]*>$/.test(t) || /^(.)\1+$/.test(t);
}

/**
 * Whether a literal assigned to a secret-named target looks like a real credential. Passwords
 * only need to be a non-placeholder word; tokens and keys need to look random (length, mixed
 * characters, entropy).
 */
export function looksLikeCredential(value: string, kind: SecretKind): boolean {
  let v = value.trim();
  v = v.replace(/^(?:bearer|basic|token|bot)\s+/i, '');
  if (isPlaceholder(v)) return false;
  if (/\s/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^[/~.]/.test(v)) return false;
  if (ENV_NAME.test(v) || identifierLike(v) || REGEX_LIKE.test(v)) return false;
  if (JWT.test(v)) return true;
  // A password can be a plain word; a field name (`user-password`, `db_pass`) cannot have separators.
  if (kind === 'password') return v.length >= 6 && !(WORDS_ONLY.test(v) && /[-_. ]/.test(v));
  if (v.length < (kind === 'key' ? 20 : 12) || WORDS_ONLY.test(v)) return false;
  // An object key or file name (`uploads/2024/report.png`), not a credential.
  if (kind === 'key' && /[/.]/.test(v) && /[a-z]{4}/.test(v)) return false;
  const classes = (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0);
  return classes >= 2 && entropy(v) >= 3;
}

/** `console.log (` → `console.log`: a matched call's text without the parenthesis. */
export function callPrefix(m: string): string {
  const i = m.lastIndexOf('(');
  return (i >= 0 ? m.slice(0, i) : m).trimEnd();
}

/** The callee / method name of a call node (last identifier of the function expression). */
export function calleeName(call: Node): string {
  const f = call.childForFieldName('function');
  if (!f) return '';
  if (f.type === 'identifier') return f.text;
  const p = f.childForFieldName('property') ?? f.childForFieldName('attribute');
  return p?.text ?? '';
}

/** Text of a call's function expression (`console.log`, `logging.info`). */
export function calleeText(call: Node): string {
  return call.childForFieldName('function')?.text ?? '';
}

/** The arguments node of a call (JS `arguments`, Python `argument_list`). */
export function callArgs(call: Node): Node[] {
  const a = call.childForFieldName('arguments');
  return (a?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

/** A Python keyword argument's value by name. */
export function kwarg(call: Node, name: string): Node | undefined {
  for (const a of callArgs(call)) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

// ── Positions ─────────────────────────────────────────────────────────────────────────────────
// descendantForIndex costs tens of microseconds on a large tree: work on text offsets where
// possible and map them to positions with a line table built once per analysis.

const lineCache = new WeakMap<CheckContext, number[]>();

function lineStarts(ctx: CheckContext): number[] {
  let l = lineCache.get(ctx);
  if (!l) {
    l = [0];
    const t = ctx.text;
    for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) l.push(i + 1);
    lineCache.set(ctx, l);
  }
  return l;
}

export function offsetOf(ctx: CheckContext, p: Position): number {
  const l = lineStarts(ctx);
  return (l[p.line] ?? ctx.text.length) + p.character;
}

export function positionAt(ctx: CheckContext, off: number): Position {
  const l = lineStarts(ctx);
  let lo = 0;
  let hi = l.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: off - l[lo] };
}

export function rangeAt(ctx: CheckContext, from: number, to: number): Range {
  return { start: positionAt(ctx, from), end: positionAt(ctx, to) };
}

// ── Handlers: where a tool / resource / prompt's code runs ────────────────────────────────────

export interface HandlerSpan {
  start: number;
  end: number;
  /** Where the registration (call or decorated definition) starts and ends. */
  regStart: number;
  regEnd: number;
  def?: McpDefinition;
  /** A same-file function called from the handler (not the registration itself). */
  helper?: boolean;
}

const spanCache = new WeakMap<CheckContext, HandlerSpan[]>();

/** Low-level request handlers: `setRequestHandler(CallToolRequestSchema, …)`, `@server.call_tool()`. */
const LOW_LEVEL = /\bsetRequestHandler\(\s*(?:CallTool|ReadResource|GetPrompt)RequestSchema\b|@\w+\.(?:call_tool|read_resource|get_prompt)\(/g;
/** Function declarations by name: `function f(`, `const f = (…) =>`, `def f(`. */
const DECL = /\b(?:function\*?\s+|(?:const|let|var)\s+|def\s+)([A-Za-z_$][\w$]*)/g;
const NOT_HELPER = new Set(['if', 'for', 'while', 'switch', 'return', 'catch', 'function', 'async', 'await', 'typeof', 'String', 'Number', 'Boolean', 'JSON', 'Object', 'Array', 'Promise', 'Error', 'print', 'str', 'repr', 'len', 'int', 'float', 'dict', 'list', 'open', 'isinstance', 'super', 'range', 'enumerate', 'zip', 'set', 'tuple', 'sorted', 'require', 'import', 'def', 'with', 'elif', 'not', 'and', 'or', 'in', 'lambda']);

/** The span of the function declared at `at` (the name's offset), found in the tree. */
const declSpans = new WeakMap<CheckContext, Map<number, { start: number; end: number } | undefined>>();

/** The declaration whose name is at `at` (kept per analysis: every handler calling a helper asks). */
function declSpan(ctx: CheckContext, at: number): { start: number; end: number } | undefined {
  let cache = declSpans.get(ctx);
  if (!cache) declSpans.set(ctx, (cache = new Map()));
  if (cache.has(at)) return cache.get(at);
  let span: { start: number; end: number } | undefined;
  for (const a of upFrom(nodeAt(ctx, at), 4)) {
    if (a.type === 'function_declaration' || a.type === 'generator_function_declaration' || a.type === 'variable_declarator' || a.type === 'function_definition') {
      span = { start: a.startIndex, end: a.endIndex };
      break;
    }
  }
  cache.set(at, span);
  return span;
}

/** The identifier passed as the last argument of the call text `reg` (`server.tool("x", shape, handleX)`). */
function lastArgName(reg: string, start = 0, end = reg.length): string | undefined {
  let i = end - 1;
  while (i >= start && /[\s)]/.test(reg[i])) i--;
  if (reg[i] === ',') i--;
  while (i >= start && /\s/.test(reg[i])) i--;
  let j = i;
  while (j >= start && i - j < 80 && /[\w$]/.test(reg[j])) j--;
  const name = reg.slice(j + 1, i + 1);
  let b = j;
  while (b >= start && /\s/.test(reg[b])) b--;
  return /^[A-Za-z_$][\w$]*$/.test(name) && reg[b] === ',' ? name : undefined;
}

/**
 * The text spans of every handler in the file: each definition's registration (which holds an
 * inline handler), a named handler function it refers to (`server.tool("x", shape, handleX)`),
 * functions of this file called from a handler (one level), and low-level request handlers.
 * Computed once per analysis, from text offsets (the tree only for the few named functions).
 */
export function handlerSpans(ctx: CheckContext): HandlerSpan[] {
  const cached = spanCache.get(ctx);
  if (cached) return cached;
  const out: HandlerSpan[] = [];
  let lookups = 0;
  const named = (name: string) => {
    if (lookups >= 60) return undefined;
    const at = declAt(ctx, name);
    if (at === undefined) return undefined;
    lookups++;
    return declSpan(ctx, at);
  };
  for (const def of ctx.definitions) {
    const start = offsetOf(ctx, def.range.start);
    const end = offsetOf(ctx, def.range.end);
    if (!(start < end)) continue;
    out.push({ start, end, regStart: start, regEnd: end, def });
    if (ctx.lang === 'ts') {
      const name = lastArgName(ctx.text, start, end);
      const fn = name ? named(name) : undefined;
      if (fn) out.push({ ...fn, regStart: start, regEnd: end, def });
    } else if (def.framework === 'python-fastmcp' && !ctx.text.slice(start, end).includes('def ')) {
      // mcp.add_tool(fn) / for fn in (a, b): mcp.add_tool(fn): the function of this file named like the tool.
      const fn = named(def.name);
      if (fn && !(fn.start <= start && end <= fn.end)) out.push({ ...fn, regStart: start, regEnd: end, def });
    }
  }
  for (const m of matchAll(ctx, LOW_LEVEL)) {
    for (const a of upFrom(nodeAt(ctx, m.index + (m[0].startsWith('@') ? 1 : 0)), 8)) {
      if ((a.type === 'call_expression' && /setRequestHandler$/.test(calleeText(a))) || a.type === 'decorated_definition') {
        out.push({ start: a.startIndex, end: a.endIndex, regStart: a.startIndex, regEnd: a.endIndex });
        break;
      }
    }
  }
  spanCache.set(ctx, out);
  return out;
}

/** Same-file functions called from one handler's spans (one level): where its work may really happen. */
export function helperSpansOf(ctx: CheckContext, spans: HandlerSpan[]): HandlerSpan[] {
  const out: HandlerSpan[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (seen.size >= 20) break;
    for (const name of calledNames(ctx, ctx.text, s.start, s.end)) {
      if (seen.has(name) || NOT_HELPER.has(name)) continue;
      seen.add(name);
      const at = declAt(ctx, name);
      const fn = at === undefined ? undefined : declSpan(ctx, at);
      if (fn && !(fn.start <= s.start && s.end <= fn.end) && !(s.start <= fn.start && fn.end <= s.end)) out.push({ ...fn, regStart: s.regStart, regEnd: s.regEnd, def: s.def, helper: true });
      if (seen.size >= 20) break;
    }
  }
  return out;
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
const WS = /\s/;

/**
 * Plain calls `name(` in text[start, end), in order: helpers defined in the same file. The names
 * /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\(/g matches over that slice, found from each `(` back over
 * white space and a run of [\w$] that does not start with a digit and is not preceded by a dot
 * (the slice's start counts as nothing before): the regex tries its look-behind at every
 * character, several times slower on large handlers.
 */
export function* calledNames(ctx: CheckContext, text: string, start: number, end: number): Generator<string> {
  let n = 0;
  for (let p = text.indexOf('(', start); p >= 0 && p < end; p = text.indexOf('(', p + 1)) {
    if ((++n & 63) === 0) ctx.checkBudget();
    let q = p - 1;
    while (q >= start && WS.test(text[q])) q--;
    let r = q;
    while (r >= start && isNameChar(text.charCodeAt(r))) r--;
    if (r === q) continue;
    const first = text.charCodeAt(r + 1);
    if (first >= 48 && first <= 57) continue;
    if (r >= start && text.charCodeAt(r) === 46) continue;
    yield text.slice(r + 1, q + 1);
  }
}

const calledCache = new WeakMap<CheckContext, Map<string, HandlerSpan | null>>();

/**
 * For code outside every handler: the handler that calls the function around `n` (a same-file
 * helper, one level), found by the helper's name in the handlers' text.
 */
export function callingHandler(ctx: CheckContext, n: Node): HandlerSpan | undefined {
  let name: string | undefined;
  let fn: Node | undefined;
  for (const a of upFrom(n, 40)) {
    // Methods too: `this.dispatch(name, args)` from a low-level handler runs the class's dispatch().
    if (a.type === 'function_declaration' || a.type === 'function_definition' || a.type === 'generator_function_declaration' || a.type === 'method_definition') {
      name = a.childForFieldName('name')?.text;
      fn = a;
      break;
    }
    if (a.type === 'arrow_function' || a.type === 'function_expression') {
      const p = a.parent;
      if (p?.type === 'variable_declarator') name = p.childForFieldName('name')?.text;
      fn = a;
      break;
    }
  }
  if (!name || !fn) return undefined;
  let cache = calledCache.get(ctx);
  if (!cache) calledCache.set(ctx, (cache = new Map()));
  const hit = cache.get(name);
  if (hit !== undefined) return hit ?? undefined;
  let found: HandlerSpan | undefined;
  const spans = handlerSpans(ctx);
  const text = ctx.text;
  for (let i = text.indexOf(name), k = 0; i >= 0 && k < 200 && !found; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$]/.test(text[i - 1] ?? '') || !/^\s*\(/.test(text.slice(i + name.length, i + name.length + 4))) continue;
    if (i >= fn.startIndex && i < fn.endIndex) continue;
    const s = spans.find((x) => i >= x.start && i < x.end);
    if (s) found = { start: fn.startIndex, end: fn.endIndex, regStart: s.regStart, regEnd: s.regEnd, def: s.def, helper: true };
  }
  cache.set(name, found ?? null);
  return found;
}

const declCache = new WeakMap<CheckContext, Map<string, number>>();

/** Offset of the name of the first declaration of `name` in the file (function, const/let/var, def). */
export function declAt(ctx: CheckContext, name: string): number | undefined {
  let decls = declCache.get(ctx);
  if (!decls) {
    decls = new Map();
    for (const m of matchAll(ctx, DECL)) if (!decls.has(m[1])) decls.set(m[1], m.index + m[0].length - m[1].length);
    declCache.set(ctx, decls);
  }
  return decls.get(name);
}

export function inHandler(ctx: CheckContext, index: number): HandlerSpan | undefined {
  let best: HandlerSpan | undefined;
  for (const s of handlerSpans(ctx)) {
    if (index >= s.start && index < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

/** Test files by name (not by folder): `x.test.ts`, `x.spec.js`, `test_x.py`, `x_test.py`, `conftest.py`. */
export function isTestFile(file: string): boolean {
  const base = file.replace(/^.*[\\/]/, '');
  return /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(base) || /^test_.*\.py$/.test(base) || /_test\.py$/.test(base) || base === 'conftest.py';
}

/** Files whose name says they hold configuration: config.ts, settings.py, secrets.py, constants.ts, env.ts... */
export function isConfigFile(file: string): boolean {
  const base = file.replace(/^.*[\\/]/, '').toLowerCase();
  return /^(?:config|configuration|settings|secrets?|credentials|constants|consts|env|environment|keys|auth)(?:[._-][a-z0-9]+)*\.[a-z]+$/.test(base);
}
