// What a Python type annotation (or a JSON Schema property) says about a tool input: its kind,
// the sink kinds it is already safe for (enum, Literal, int, anchored pattern...), and whether
// it is a weak schema (dict / Any / object / untyped).

import type { Node } from 'web-tree-sitter';
import type { ParamKind } from '../types';
import { ALL_KINDS } from '../rules/types';
import { canonicalOf, type ModuleInfo } from './module';
import { regexKinds } from './regex';
import { NO_ABS, NO_DOTDOT } from './values';

export const FULL = ALL_KINDS | NO_ABS | NO_DOTDOT;

export interface TypeInfo {
  kind: ParamKind;
  /** Sink kinds (bit mask) values of this type are safe for; FULL = not a source. */
  safe: number;
  constrained: boolean;
  unbounded: boolean;
  tag?: 'path' | 'httpclient' | 'context';
  /** Pydantic model / dataclass / TypedDict class. */
  model?: { cls: Node; mod: ModuleInfo };
  /** Why the type is a weak schema, when it is. */
  weak?: string;
}

export interface ClassRef {
  cls: Node;
  mod: ModuleInfo;
}

export interface ClassResolver {
  (name: string, mod: ModuleInfo): ClassRef | undefined;
  /** A type alias imported from another project module (`from .types import Payload`). */
  alias?: (name: string, mod: ModuleInfo) => { node: Node; mod: ModuleInfo } | undefined;
}

const NUMBER = new Set(['int', 'float', 'complex', 'Decimal', 'PositiveInt', 'NegativeInt', 'NonNegativeInt', 'NonPositiveInt', 'PositiveFloat', 'NonNegativeFloat', 'conint', 'confloat', 'StrictInt', 'StrictFloat']);
const SAFE_SCALAR = new Set(['bool', 'StrictBool', 'UUID', 'UUID1', 'UUID3', 'UUID4', 'UUID5', 'datetime', 'date', 'time', 'timedelta', 'NoneType', 'None', 'IPv4Address', 'IPv6Address']);
const STRINGS = new Set(['str', 'bytes', 'StrictStr', 'EmailStr', 'NameEmail', 'SecretStr', 'constr', 'LiteralString', 'AnyStr', 'Text']);
const URLS = new Set(['AnyUrl', 'HttpUrl', 'AnyHttpUrl', 'FileUrl', 'PostgresDsn', 'RedisDsn', 'WebsocketUrl']);
const PATHS = new Set(['Path', 'PurePath', 'PosixPath', 'PurePosixPath', 'WindowsPath', 'FilePath', 'DirectoryPath', 'NewPath']);
const DICTS = new Set(['dict', 'Dict', 'Mapping', 'MutableMapping', 'OrderedDict', 'defaultdict', 'Json', 'JsonValue']);
const LISTS = new Set(['list', 'List', 'Sequence', 'MutableSequence', 'set', 'Set', 'frozenset', 'FrozenSet', 'tuple', 'Tuple', 'Iterable', 'Collection', 'conlist', 'conset']);
const WRAPPERS = new Set(['Optional', 'Required', 'NotRequired', 'ReadOnly', 'Final', 'ClassVar']);
const ENUM_BASES = /(^|\.)(Enum|IntEnum|StrEnum|Flag|IntFlag)$/;
const MODEL_BASES = /(^|\.)(BaseModel|RootModel|TypedDict|NamedTuple|BaseSettings|Struct)$/;

function info(kind: ParamKind, safe: number, extra: Partial<TypeInfo> = {}): TypeInfo {
  const constrained = (safe & ALL_KINDS) === ALL_KINDS;
  return { kind, safe, constrained, unbounded: kind === 'string' && !constrained, ...extra };
}

const UNKNOWN_CLASS = (): TypeInfo => info('object', 0);

/** Last identifier of a dotted type name. */
function lastName(n: Node): string {
  const t = n.text.replace(/\s+/g, '');
  const i = t.lastIndexOf('.');
  return i >= 0 ? t.slice(i + 1) : t;
}

function stringLiteral(n: Node | null | undefined): string | undefined {
  if (!n || n.type !== 'string') return undefined;
  let out = '';
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'interpolation') return undefined;
    if (c.type === 'string_content') out += c.text;
  }
  const start = n.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '';
  return /r/i.test(start) ? out : unescapePy(out);
}

/** Decodes the common escapes of a non-raw Python string literal. */
export function unescapePy(s: string): string {
  if (s.indexOf('\\') === -1) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\\'"abfnrtv0]|\n)/g, (m, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '0': return '\0';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case '\n': return '';
      case 'x':
      case 'u': return String.fromCharCode(parseInt(e.slice(1), 16));
      default: return e;
    }
  });
}

export { stringLiteral };

/** Keyword arguments of a call node, by name. */
export function kwargs(call: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  const args = call.childForFieldName('arguments');
  if (!args) return out;
  for (const a of args.namedChildren) {
    if (a?.type !== 'keyword_argument') continue;
    const k = a.childForFieldName('name')?.text;
    const v = a.childForFieldName('value');
    if (k && v) out.set(k, v);
  }
  return out;
}

export function positional(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list') return [];
  return args.namedChildren.filter((a): a is Node => !!a && a.type !== 'keyword_argument' && a.type !== 'comment' && a.type !== 'dictionary_splat' && a.type !== 'list_splat');
}

/** Constraints from Field(...) / StringConstraints(...) / constr(...) keyword arguments. */
export function applyFieldConstraints(base: TypeInfo, call: Node): TypeInfo {
  const kw = kwargs(call);
  let out = base;
  const pat = stringLiteral(kw.get('pattern') ?? kw.get('regex'));
  if (pat !== undefined) {
    const k = regexKinds(pat, 'search');
    if (k) out = { ...out, safe: out.safe | k, constrained: true, unbounded: false };
  }
  if (kw.has('max_length') || kw.has('max_items')) out = { ...out, unbounded: false };
  return out;
}

function combine(parts: TypeInfo[]): TypeInfo {
  const real = parts.filter((p) => p.kind !== 'unknown' || p.weak);
  if (real.length === 0) return info('unknown', 0, { weak: 'untyped' });
  if (real.length === 1) return real[0];
  let safe = FULL;
  for (const p of real) safe &= p.safe;
  const weak = real.find((p) => p.weak)?.weak;
  const kinds = new Set(real.map((p) => p.kind));
  const kind: ParamKind = kinds.size === 1 ? real[0].kind : 'any';
  return {
    kind,
    safe,
    constrained: real.every((p) => p.constrained),
    unbounded: real.some((p) => p.unbounded),
    weak,
    tag: real.every((p) => p.tag === real[0].tag) ? real[0].tag : undefined,
    model: real.find((p) => p.model)?.model,
  };
}

/** Type arguments of a generic annotation. */
function typeArgs(n: Node): Node[] {
  const out: Node[] = [];
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'type_parameter') for (const t of c.namedChildren) if (t) out.push(t);
  }
  return out;
}

export function isEnumClass(cls: Node, mod: ModuleInfo, resolve: ClassResolver, depth = 0): boolean {
  return classBases(cls).some((b) => {
    const c = canonicalOf(mod, b) ?? b.text;
    if (ENUM_BASES.test(c)) return true;
    if (depth > 3 || b.type !== 'identifier') return false;
    const r = resolve(b.text, mod);
    return !!r && isEnumClass(r.cls, r.mod, resolve, depth + 1);
  });
}

export function isModelClass(cls: Node, mod: ModuleInfo, resolve: ClassResolver, depth = 0): boolean {
  const parent = cls.parent;
  if (parent?.type === 'decorated_definition') {
    for (const d of parent.namedChildren) if (d?.type === 'decorator' && /dataclass|define|attrs|frozen/.test(d.text)) return true;
  }
  return classBases(cls).some((b) => {
    const c = canonicalOf(mod, b) ?? b.text;
    if (MODEL_BASES.test(c)) return true;
    if (depth > 3 || b.type !== 'identifier') return false;
    const r = resolve(b.text, mod);
    return !!r && isModelClass(r.cls, r.mod, resolve, depth + 1);
  });
}

export function classBases(cls: Node): Node[] {
  const sup = cls.childForFieldName('superclasses');
  if (!sup) return [];
  return sup.namedChildren.filter((b): b is Node => !!b && (b.type === 'identifier' || b.type === 'attribute' || b.type === 'subscript' || b.type === 'generic_type'));
}

export interface FieldDecl {
  name: string;
  node: Node;
  type: Node | null;
  value: Node | null;
}

/** Annotated fields of a model class body (including local base classes). */
export function modelFields(cls: Node, mod: ModuleInfo, resolve: ClassResolver, depth = 0): FieldDecl[] {
  const out: FieldDecl[] = [];
  if (depth < 3) {
    for (const b of classBases(cls)) {
      if (b.type !== 'identifier') continue;
      const r = resolve(b.text, mod);
      if (r && r.cls.id !== cls.id) out.push(...modelFields(r.cls, r.mod, resolve, depth + 1));
    }
  }
  const body = cls.childForFieldName('body');
  for (const s of body?.namedChildren ?? []) {
    if (s?.type !== 'expression_statement') continue;
    const a = s.namedChild(0);
    if (a?.type !== 'assignment') continue;
    const left = a.childForFieldName('left');
    const type = a.childForFieldName('type');
    if (left?.type !== 'identifier' || !type) continue;
    if (/^ClassVar\b/.test(type.text)) continue;
    const i = out.findIndex((f) => f.name === left.text);
    const f = { name: left.text, node: left, type, value: a.childForFieldName('right') };
    if (i >= 0) out[i] = f;
    else out.push(f);
  }
  return out;
}

/**
 * Reads a parameter annotation (and its default, for `x: str = Field(pattern=...)`).
 * `resolve` finds classes by name (local or imported) to tell enums and models apart.
 */
const typeCache = new WeakMap<ModuleInfo, Map<number, TypeInfo>>();

export function typeInfo(n: Node | null | undefined, mod: ModuleInfo, resolve: ClassResolver, dflt?: Node | null, depth = 0): TypeInfo {
  let t: TypeInfo;
  if (n && depth === 0) {
    let m = typeCache.get(mod);
    if (!m) typeCache.set(mod, (m = new Map()));
    const hit = m.get(n.id);
    if (hit) t = hit;
    else m.set(n.id, (t = typeInfoInner(n, mod, resolve, depth)));
  } else t = typeInfoInner(n, mod, resolve, depth);
  if (dflt?.type === 'call') {
    const fn = dflt.childForFieldName('function');
    if (fn && /(^|\.)(Field|Query|Path|Body|Param)$/.test(fn.text)) t = applyFieldConstraints(t, dflt);
  }
  return t;
}

function typeInfoInner(n: Node | null | undefined, mod: ModuleInfo, resolve: ClassResolver, depth: number): TypeInfo {
  if (!n) return info('unknown', 0, { weak: 'untyped' });
  if (depth > 8) return info('any', 0);
  switch (n.type) {
    case 'type':
    case 'parenthesized_expression':
      return typeInfoInner(n.namedChild(0), mod, resolve, depth + 1);
    case 'none':
      return info('unknown', FULL);
    case 'string': {
      // Forward reference: "Model"
      const s = stringLiteral(n);
      if (s && /^[A-Za-z_][\w.]*$/.test(s)) return nameInfo(s.split('.').pop()!, s, mod, resolve);
      return info('any', 0);
    }
    case 'identifier':
    case 'attribute':
      return nameInfo(lastName(n), canonicalOf(mod, n) ?? n.text, mod, resolve);
    case 'union_type':
    case 'binary_operator': {
      const parts: TypeInfo[] = [];
      for (const c of n.namedChildren) if (c) parts.push(typeInfoInner(c, mod, resolve, depth + 1));
      return combine(parts.filter((p) => !(p.kind === 'unknown' && p.safe === FULL)));
    }
    case 'generic_type':
    case 'subscript': {
      const head = n.type === 'generic_type' ? n.namedChild(0) : n.childForFieldName('value');
      const args = n.type === 'generic_type' ? typeArgs(n) : n.childrenForFieldName('subscript');
      const name = head ? lastName(head) : '';
      if (WRAPPERS.has(name)) return typeInfoInner(args[0], mod, resolve, depth + 1);
      if (name === 'Union') return combine(args.map((a) => typeInfoInner(a, mod, resolve, depth + 1)).filter((p) => !(p.kind === 'unknown' && p.safe === FULL)));
      if (name === 'Literal') return info('enum', FULL);
      if (name === 'Annotated') {
        let base = typeInfoInner(args[0], mod, resolve, depth + 1);
        for (const meta of args.slice(1)) {
          const call = meta.type === 'type' ? meta.namedChild(0) : meta;
          if (call?.type === 'call') base = applyFieldConstraints(base, call);
        }
        return base;
      }
      if (DICTS.has(name)) return info('object', 0, { weak: `\`${n.text}\`` });
      if (LISTS.has(name)) {
        const inner = args.length ? combine(args.filter((a) => a.text !== '...').map((a) => typeInfoInner(a, mod, resolve, depth + 1))) : info('any', 0);
        const weak = inner.weak && inner.weak !== 'untyped' ? `\`${n.text}\`` : undefined;
        return info('array', inner.weak === 'untyped' ? 0 : inner.safe, { constrained: inner.constrained, unbounded: false, model: inner.model, weak });
      }
      if (name === 'Type' || name === 'type') return info('any', FULL);
      return nameInfo(name, head?.text ?? name, mod, resolve);
    }
    case 'call': {
      // constr(pattern=...), conint(...), Annotated-less pydantic helpers
      const fn = n.childForFieldName('function');
      const name = fn ? lastName(fn) : '';
      if (NUMBER.has(name)) return info('number', FULL);
      if (name === 'constr') return applyFieldConstraints(info('string', 0), n);
      return info('any', 0);
    }
    default:
      return info('any', 0);
  }
}

let aliasDepth = 0;

function nameInfo(name: string, canonical: string, mod: ModuleInfo, resolve: ClassResolver): TypeInfo {
  if (STRINGS.has(name)) return info('string', 0);
  if (NUMBER.has(name)) return info('number', FULL);
  if (SAFE_SCALAR.has(name)) return info(name === 'bool' || name === 'StrictBool' ? 'boolean' : 'string', FULL);
  if (name === 'Any') return info('any', 0, { weak: '`Any`' });
  if (name === 'object') return info('any', 0, { weak: '`object`' });
  if (DICTS.has(name)) return info('object', 0, { weak: `\`${name}\`` });
  if (LISTS.has(name)) return info('array', 0, { unbounded: false });
  if (URLS.has(name)) return info('string', 0);
  if (name === 'Context' || /(^|\.)(Context|RequestContext)$/.test(canonical)) return info('unknown', FULL, { tag: 'context' });
  if (PATHS.has(name) && (canonical.startsWith('pathlib') || canonical.startsWith('pydantic') || name === canonical || canonical.endsWith('.' + name))) return info('string', 0, { tag: 'path' });
  if (/^(httpx\.(Async)?Client|requests\.Session|aiohttp\.ClientSession)$/.test(canonical)) return info('any', FULL, { tag: 'httpclient' });
  // A module-level alias: `Mode = Literal["a", "b"]`, `Name = Annotated[str, Field(pattern=...)]`.
  const alias = mod.assigns.get(name);
  if (alias && aliasDepth < 4 && /^(generic_type|subscript|identifier|attribute|union_type|binary_operator|call)$/.test(alias.type)) {
    aliasDepth++;
    try {
      return typeInfoInner(alias, mod, resolve, 1);
    } finally {
      aliasDepth--;
    }
  }
  const ext = aliasDepth < 4 && !mod.classes.has(name) ? resolve.alias?.(name, mod) : undefined;
  if (ext && /^(generic_type|subscript|identifier|attribute|union_type|binary_operator|call)$/.test(ext.node.type)) {
    aliasDepth++;
    try {
      return typeInfoInner(ext.node, ext.mod, resolve, 1);
    } finally {
      aliasDepth--;
    }
  }
  const r = resolve(name, mod);
  if (r) {
    if (isEnumClass(r.cls, r.mod, resolve)) return info('enum', FULL);
    if (isModelClass(r.cls, r.mod, resolve)) return info('object', 0, { model: r, unbounded: false });
    return UNKNOWN_CLASS();
  }
  // An unresolved class (imported from a package we cannot see): treat as free-form input.
  return info('object', 0);
}
