// Small syntax helpers shared by the transport and auth rules. Every rule finds candidates with
// a text search over ctx.text and looks at the tree only at those offsets; these helpers keep
// the upward walks short (tree-sitter's `parent` is a walk from the root).
import type { Node } from 'web-tree-sitter';
import { stringValue } from '../../context';
import type { CheckContext } from '../context';

/** Upward walks stop after this many levels. */
export const MAX_UP = 20;
/** At most this many text matches are examined per pattern and file. */
export const MAX_MATCHES = 400;

/** Calls fn with the start index of every match of a global regex (bounded). */
export function eachMatch(text: string, re: RegExp, fn: (index: number, m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++n > MAX_MATCHES) break;
    fn(m.index, m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
}

/**
 * Cheap literal pre-check before a regex scan: `includes` skips through the text far faster than
 * a regex with classes or alternations (it runs on every keystroke on files of thousands of lines).
 * The rules ask about some 50 needles per file, most of them absent: a needle with a
 * three-character window the text does not have is answered from the text's trigram set
 * without a scan.
 */
export function has(text: string, ...needles: string[]): boolean {
  const t = trigramsOf(text);
  for (const n of needles) if (mayContain(t, n) && text.includes(n)) return true;
  return false;
}

/** The three-character windows of a text, as a bit set of their hashes (false positives only). */
interface Trigrams {
  text: string;
  bits: Uint32Array;
  /** 32 minus log2 of the number of bits. */
  shift: number;
}

let lastTrigrams: Trigrams | undefined;

function trigramHash(a: number, b: number, c: number): number {
  return Math.imul((a << 16) ^ (b << 8) ^ c ^ (b >>> 8) ^ (c >>> 16), 0x9e3779b1);
}

function trigramsOf(text: string): Trigrams {
  const last = lastTrigrams;
  if (last && last.text === text) return last;
  // About 8 bits per window (at most 2^21 bits, 256 KB): few false positives.
  let log = 12;
  while (log < 21 && 1 << log < text.length * 8) log++;
  const bits = new Uint32Array(1 << (log - 5));
  const shift = 32 - log;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const h = trigramHash(a, b, c) >>> shift;
    bits[h >>> 5] |= 1 << (h & 31);
    a = b;
    b = c;
  }
  return (lastTrigrams = { text, bits, shift });
}

function mayContain(t: Trigrams, needle: string): boolean {
  for (let i = 2; i < needle.length; i++) {
    const h = trigramHash(needle.charCodeAt(i - 2), needle.charCodeAt(i - 1), needle.charCodeAt(i)) >>> t.shift;
    if ((t.bits[h >>> 5] & (1 << (h & 31))) === 0) return false;
  }
  return true;
}

export function nodeAt(ctx: CheckContext, index: number): Node | null {
  return ctx.root.descendantForIndex(index);
}

/** True when the offset is inside a comment or a string literal (not code). */
export function inCommentOrString(n: Node | null): boolean {
  if (!n) return true;
  return n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content';
}

/** The nearest ancestor (or the node itself) satisfying pred, within `max` levels. */
export function ancestor(n: Node | null, pred: (x: Node) => boolean, max = MAX_UP): Node | null {
  let cur = n;
  for (let i = 0; cur && i <= max; i++) {
    if (pred(cur)) return cur;
    cur = cur.parent;
  }
  return null;
}

const CALL_TYPES = new Set(['call_expression', 'new_expression', 'call']);

export function isCall(n: Node): boolean {
  return CALL_TYPES.has(n.type);
}

/** The function / constructor expression of a call. */
export function calleeOf(call: Node): Node | null {
  return call.childForFieldName('function') ?? call.childForFieldName('constructor');
}

/** The last name of a callee: `listen` for `app.listen`, `FastMCP` for `FastMCP`. */
export function calleeName(call: Node): string {
  const c = calleeOf(call);
  if (!c) return '';
  const t = c.text;
  const dot = t.lastIndexOf('.');
  return dot >= 0 ? t.slice(dot + 1).trim() : t.trim();
}

/** The call whose callee contains offset `index` (e.g. the match of `name(`), if any. */
export function callAtCallee(ctx: CheckContext, index: number): Node | null {
  const n = nodeAt(ctx, index);
  if (inCommentOrString(n)) return null;
  return ancestor(n, (x) => isCall(x) && (calleeOf(x)?.endIndex ?? -1) >= index && (calleeOf(x)?.startIndex ?? Infinity) <= index, 6);
}

/** Argument nodes of a call (positional and keyword; Python generator argument included). */
export function argsOf(call: Node): Node[] {
  const a = call.childForFieldName('arguments');
  if (!a) return [];
  if (a.type === 'generator_expression') return [a];
  return a.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Positional arguments (Python keyword arguments and JS spread excluded). */
export function positional(call: Node): Node[] {
  return argsOf(call).filter((a) => a.type !== 'keyword_argument' && a.type !== 'spread_element' && a.type !== 'list_splat' && a.type !== 'dictionary_splat');
}

/** Python keyword argument value by name. */
export function kwarg(call: Node, name: string): Node | null {
  for (const a of argsOf(call)) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value');
  }
  return null;
}

/** The keyword_argument node itself (for reporting). */
export function kwargNode(call: Node, name: string): Node | null {
  for (const a of argsOf(call)) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a;
  }
  return null;
}

/** Key text of a JS pair / Python dictionary pair (quotes removed). */
export function pairKey(pair: Node): string | undefined {
  const k = pair.childForFieldName('key');
  if (!k) return undefined;
  if (k.type === 'property_identifier' || k.type === 'identifier') return k.text;
  return stringValue(k);
}

/** A JS object literal's property (pair) by key; shorthand `{ host }` gives the identifier. */
export function objectProp(obj: Node | null, name: string): { pair: Node; value: Node } | null {
  if (!obj || obj.type !== 'object') return null;
  for (const c of obj.namedChildren) {
    if (!c) continue;
    if (c.type === 'pair' && pairKey(c) === name) {
      const v = c.childForFieldName('value');
      if (v) return { pair: c, value: v };
    }
    if (c.type === 'shorthand_property_identifier' && c.text === name) return { pair: c, value: c };
  }
  return null;
}

/** Like objectProp, also looking into `...spread` of objects declared in the file. */
export function objectPropDeep(ctx: CheckContext, obj: Node | null, name: string, depth = 0): { pair: Node; value: Node } | null {
  const own = objectProp(obj, name);
  if (own || !obj || depth > 2) return own;
  for (const c of obj.namedChildren) {
    if (c?.type !== 'spread_element') continue;
    const id = unwrap(c.namedChildren[0] ?? null);
    const v = id?.type === 'identifier' ? unwrap(declaredValue(ctx, id) ?? null) : id;
    if (v?.type === 'object') {
      const found = objectPropDeep(ctx, v, name, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** Strips parentheses, `as`/`satisfies`, non-null `!` and `await` around an expression. */
export function unwrap(n: Node | null): Node | null {
  let cur = n;
  for (let i = 0; cur && i < 8; i++) {
    if (cur.type === 'parenthesized_expression' || cur.type === 'as_expression' || cur.type === 'satisfies_expression' || cur.type === 'non_null_expression' || cur.type === 'await_expression' || cur.type === 'await') {
      const inner: Node | null = cur.namedChildren[0] ?? null;
      if (!inner) return cur;
      cur = inner;
    } else return cur;
  }
  return cur;
}

/**
 * The value a local name was declared with (`const HOST = "0.0.0.0"`, `HOST = "0.0.0.0"` at
 * the top of a Python module), searched by text; undefined when not found or assigned twice.
 */
export function declaredValue(ctx: CheckContext, ident: Node): Node | undefined {
  const name = ident.text;
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  let found: Node | undefined;
  let count = 0;
  for (let i = ctx.text.indexOf(name), n = 0; i >= 0 && n < 200; i = ctx.text.indexOf(name, i + name.length), n++) {
    const before = i > 0 ? ctx.text.charCodeAt(i - 1) : 32;
    const after = ctx.text.charCodeAt(i + name.length);
    if (isWordChar(before) || isWordChar(after)) continue;
    const id = nodeAt(ctx, i);
    if (!id || id.text !== name) continue;
    const p = id.parent;
    if (!p) continue;
    if (p.type === 'variable_declarator' && p.childForFieldName('name')?.startIndex === id.startIndex) {
      const v = p.childForFieldName('value');
      if (v) {
        found = v;
        count++;
      }
    } else if (p.type === 'assignment' && p.childForFieldName('left')?.startIndex === id.startIndex) {
      const v = p.childForFieldName('right');
      if (v) {
        found = v;
        count++;
      }
    }
  }
  return count === 1 ? found : undefined;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

export type HostValue = { kind: 'literal'; value: string; from: Node } | { kind: 'unknown' };

const ENV_READ = /^(?:process\.env\b|os\.environ\b|os\.getenv\b|Deno\.env\b|Bun\.env\b|config\b|settings\b|args\b|argv\b|opts\b|options\b)/;

/**
 * What a host expression evaluates to when it is known: a literal, a constant declared in the
 * file, or the literal default of an environment / config read (`process.env.HOST ?? '0.0.0.0'`,
 * `os.getenv("HOST", "0.0.0.0")`): the default is what runs unless someone sets the variable.
 */
export function hostValue(ctx: CheckContext, expr: Node | null, depth = 0): HostValue {
  const n = unwrap(expr);
  if (!n || depth > 3) return { kind: 'unknown' };
  const s = stringValue(n);
  if (s !== undefined) return { kind: 'literal', value: s, from: n };
  if (n.type === 'identifier') {
    const v = declaredValue(ctx, n);
    return v ? hostValue(ctx, v, depth + 1) : { kind: 'unknown' };
  }
  if (n.type === 'binary_expression' || n.type === 'boolean_operator') {
    const op = n.childForFieldName('operator')?.text ?? n.children.find((c) => c && /^(\?\?|\|\||or)$/.test(c.type))?.type;
    if (op === '??' || op === '||' || op === 'or') {
      const left = n.childForFieldName('left');
      if (left && ENV_READ.test(left.text)) return hostValue(ctx, n.childForFieldName('right'), depth + 1);
    }
    return { kind: 'unknown' };
  }
  if (n.type === 'call') {
    const c = calleeOf(n)?.text ?? '';
    if (c === 'os.getenv' || c === 'os.environ.get' || c === 'getenv' || c === 'environ.get') {
      const p = positional(n);
      const d = p[1] ?? kwarg(n, 'default');
      return d ? hostValue(ctx, d, depth + 1) : { kind: 'unknown' };
    }
  }
  return { kind: 'unknown' };
}

export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h.endsWith('.localhost');
}

export function isAllInterfaces(host: string): boolean {
  const h = host.trim().replace(/^\[|\]$/g, '');
  return h === '0.0.0.0' || h === '::' || h === '0:0:0:0:0:0:0:0';
}

/** Literal strings of an array / list node (non-literals skipped). */
export function stringItems(n: Node | null): { value: string; node: Node }[] {
  const u = unwrap(n);
  if (!u) return [];
  if (u.type === 'array' || u.type === 'list' || u.type === 'tuple' || u.type === 'set') {
    const out: { value: string; node: Node }[] = [];
    for (const c of u.namedChildren) {
      const v = stringValue(c);
      if (c && v !== undefined) out.push({ value: v, node: c });
    }
    return out;
  }
  const v = stringValue(u);
  return v !== undefined ? [{ value: v, node: u }] : [];
}

const FUNCTION_TYPES = new Set([
  'function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition',
  'generator_function_declaration', 'generator_function', 'function_definition', 'lambda',
]);

export function isFunction(n: Node): boolean {
  return FUNCTION_TYPES.has(n.type);
}

/** The innermost function around a node, within MAX_UP levels. */
export function enclosingFunction(n: Node | null): Node | null {
  return ancestor(n?.parent ?? null, isFunction);
}

/** The name of a function: its own name, or the variable / property / field it is assigned to. */
export function functionName(fn: Node): string | undefined {
  const own = fn.childForFieldName('name');
  if (own) return own.text;
  const p = fn.parent;
  if (!p) return undefined;
  if (p.type === 'variable_declarator') return p.childForFieldName('name')?.text;
  if (p.type === 'pair') return pairKey(p);
  if (p.type === 'assignment_expression' || p.type === 'assignment') return lastName(p.childForFieldName('left')?.text);
  if (p.type === 'public_field_definition' || p.type === 'field_definition') return p.childForFieldName('name')?.text ?? p.childForFieldName('property')?.text;
  return undefined;
}

export function lastName(t: string | undefined): string | undefined {
  if (t === undefined) return undefined;
  let end = t.length;
  while (end > 0 && !isWordChar(t.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(t.charCodeAt(start - 1))) start--;
  return start < end ? t.slice(start, end) : t;
}

/** Is `text` (a JS/Python expression) a boolean literal true/false? */
export function isTrue(n: Node | null): boolean {
  const t = unwrap(n)?.text;
  return t === 'true' || t === 'True';
}
export function isFalse(n: Node | null): boolean {
  const t = unwrap(n)?.text;
  return t === 'false' || t === 'False';
}
