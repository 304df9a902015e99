// A tool's input JSON Schema turned into a form model the webview renders (strings with enum,
// pattern and length limits, numbers and integers with bounds, booleans, arrays, nested objects,
// oneOf/anyOf variants, defaults, required marks), and arguments validated against the schema
// with ajv before anything is sent. Validation runs in the host: ajv compiles schemas to code,
// which the webview's CSP (rightly) forbids.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'array' | 'object' | 'union' | 'json';

export interface Field {
  /** Property name, or `[]` for an array item. */
  key: string;
  label: string;
  description?: string;
  required: boolean;
  kind: FieldKind;
  default?: unknown;
  enumValues?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  items?: Field;
  properties?: Field[];
  /** For `union`: one entry per oneOf/anyOf branch. */
  variants?: { title: string; field: Field }[];
  /** `null` is an accepted value (type: [T, "null"]). */
  nullable?: boolean;
  /** Rendered as a password input (format password, or a name like token/secret/password). */
  secret?: boolean;
}

export interface FormModel {
  root: Field;
  /** Why the form is partial (unsupported schema parts fall back to a JSON field). */
  notes: string[];
}

type Schema = Record<string, unknown>;
const MAX_DEPTH = 12;

/** The form model for a tool's input schema. Never throws: anything it cannot model becomes a raw JSON field. */
export function formFromSchema(schema: unknown): FormModel {
  const notes: string[] = [];
  const root = isObj(schema) ? schema : { type: 'object' };
  const f = field(root, root, 'arguments', true, 0, notes, new Set());
  if (f.kind !== 'object') notes.push('The input schema is not an object schema; arguments are edited as JSON.');
  return { root: f, notes };
}

function field(s: Schema, root: Schema, key: string, required: boolean, depth: number, notes: string[], refs: Set<string>): Field {
  const base: Field = { key, label: str(s.title) ?? key, required, kind: 'json' };
  if (typeof s.description === 'string') base.description = s.description.slice(0, 2_000);
  if ('default' in s) base.default = s.default;
  if (depth > MAX_DEPTH) {
    notes.push(`\`${key}\` is nested too deeply for a form; edit it as JSON.`);
    return base;
  }
  if (typeof s.$ref === 'string') {
    const target = resolveRef(root, s.$ref);
    if (!target || refs.has(s.$ref)) {
      notes.push(`\`${key}\` uses ${target ? 'a recursive' : 'an unresolvable'} $ref; edit it as JSON.`);
      return base;
    }
    const inner = field({ ...target, ...omit(s, '$ref') }, root, key, required, depth + 1, notes, new Set([...refs, s.$ref]));
    return inner;
  }
  if (Array.isArray(s.allOf) && s.allOf.every(isObj)) {
    const merged = mergeAllOf(s);
    if (merged) return field(merged, root, key, required, depth + 1, notes, refs);
    notes.push(`\`${key}\` combines schemas with allOf; edit it as JSON.`);
    return base;
  }
  const branches = (Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined)?.filter(isObj);
  if (branches && branches.length) {
    const nonNull = branches.filter((b) => b.type !== 'null');
    const parentBits = omit(s, 'oneOf', 'anyOf');
    if (nonNull.length === 1) {
      const f = field({ ...parentBits, ...nonNull[0] }, root, key, required, depth + 1, notes, refs);
      if (nonNull.length < branches.length) f.nullable = true;
      if (s.title) f.label = String(s.title);
      if (typeof s.description === 'string') f.description = s.description;
      return f;
    }
    // Every branch a const/enum of scalars: one enum field.
    if (branches.every((b) => 'const' in b || (Array.isArray(b.enum) && b.enum.every(isScalar)))) {
      return { ...base, kind: 'enum', enumValues: branches.flatMap((b) => ('const' in b ? [b.const] : (b.enum as unknown[]))) };
    }
    return {
      ...base,
      kind: 'union',
      nullable: nonNull.length < branches.length || undefined,
      variants: nonNull.map((b, i) => ({ title: str(b.title) ?? variantTitle(b, i), field: field({ ...parentBits, ...b, title: undefined }, root, key, true, depth + 1, notes, refs) })),
    };
  }
  let type = s.type;
  if (Array.isArray(type)) {
    const nonNull = type.filter((t) => t !== 'null');
    if (nonNull.length !== 1) {
      if (nonNull.length > 1) notes.push(`\`${key}\` accepts several types; edit it as JSON.`);
      return base;
    }
    base.nullable = nonNull.length < type.length;
    type = nonNull[0];
  }
  if ('const' in s) return { ...base, kind: 'enum', enumValues: [s.const] };
  if (Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every(isScalar)) return { ...base, kind: 'enum', enumValues: s.enum.slice(0, 1_000) };
  if (type === undefined && isObj(s.properties)) type = 'object';
  switch (type) {
    case 'string': {
      const f: Field = { ...base, kind: 'string' };
      copyNum(s, f, 'minLength', 'maxLength');
      if (typeof s.pattern === 'string') f.pattern = s.pattern;
      if (typeof s.format === 'string') f.format = s.format;
      if (s.format === 'password' || /(^|[_-])(token|secret|password|passwd|api[_-]?key)$/i.test(key)) f.secret = true;
      return f;
    }
    case 'number':
    case 'integer': {
      const f: Field = { ...base, kind: type };
      copyNum(s, f, 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf');
      return f;
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array': {
      const f: Field = { ...base, kind: 'array' };
      copyNum(s, f, 'minItems', 'maxItems');
      if (isObj(s.items)) f.items = field(s.items, root, '[]', true, depth + 1, notes, refs);
      else {
        f.items = { key: '[]', label: 'item', required: true, kind: 'json' };
        if (Array.isArray(s.items) || Array.isArray(s.prefixItems)) notes.push(`\`${key}\` is a tuple; its items are edited as JSON.`);
      }
      return f;
    }
    case 'object': {
      const props = isObj(s.properties) ? s.properties : {};
      const req = new Set(Array.isArray(s.required) ? s.required.filter((x): x is string => typeof x === 'string') : []);
      const f: Field = { ...base, kind: 'object', properties: [] };
      for (const [k, v] of Object.entries(props).slice(0, 500)) {
        f.properties!.push(isObj(v) ? field(v, root, k, req.has(k), depth + 1, notes, refs) : { key: k, label: k, required: req.has(k), kind: 'json' });
      }
      if (Object.keys(props).length === 0 && s.additionalProperties !== false && depth > 0) {
        // A free-form map: nothing to build a form from.
        return { ...base, kind: 'json' };
      }
      return f;
    }
    case 'null':
      return { ...base, kind: 'enum', enumValues: [null] };
    default:
      if (type !== undefined) notes.push(`\`${key}\` has an unknown type ${JSON.stringify(type)}; edit it as JSON.`);
      return base;
  }
}

/** The value a fresh form starts with: defaults, and required objects filled in. */
export function initialValue(f: Field): unknown {
  if (f.default !== undefined) return structuredClone(f.default);
  if (f.kind === 'object') {
    const out: Record<string, unknown> = {};
    for (const p of f.properties ?? []) {
      const v = p.required || p.default !== undefined ? initialValue(p) : undefined;
      if (v !== undefined) out[p.key] = v;
    }
    return out;
  }
  if (f.kind === 'boolean' && f.required) return false;
  if (f.kind === 'array' && f.required) return [];
  if (f.kind === 'enum' && f.required && f.enumValues?.length === 1) return f.enumValues[0];
  if (f.kind === 'union' && f.required && f.variants?.length) return initialValue(f.variants[0].field);
  return undefined;
}

export interface FieldError {
  /** JSON pointer of the field (`""` is the whole argument object). */
  path: string;
  message: string;
}

export interface Validation {
  ok: boolean;
  errors: FieldError[];
  /** The schema itself could not be compiled; the arguments were not checked. */
  schemaProblem?: string;
}

const cache = new Map<string, ValidateFunction | string>();

/** Validates tool arguments against a JSON Schema (draft 2020-12 or draft-07). Errors are keyed by field path. */
export function validateArgs(schema: unknown, value: unknown): Validation {
  const dropped: string[] = [];
  const safe = dropRiskyPatterns(isObj(schema) ? schema : { type: 'object' }, dropped, 0);
  const v = compile(safe as Schema);
  if (typeof v === 'string') return { ok: true, errors: [], schemaProblem: v };
  const note = dropped.length ? `pattern ${dropped.slice(0, 3).map((p) => JSON.stringify(p.slice(0, 80))).join(', ')} not checked here (it could backtrack catastrophically); the server still applies it` : undefined;
  if (v(value)) return note ? { ok: true, errors: [], schemaProblem: note } : { ok: true, errors: [] };
  return { ok: false, errors: toFieldErrors(v.errors ?? []), ...(note ? { schemaProblem: note } : {}) };
}

/**
 * A copy of the schema without `pattern`s that a server could use to hang the extension host
 * (nested quantifiers such as `(a+)+`, backreferences, or very long patterns): the schema comes
 * from the server, the regular expression runs here.
 */
function dropRiskyPatterns(s: unknown, dropped: string[], depth: number): unknown {
  if (depth > 64 || !s || typeof s !== 'object') return s;
  if (Array.isArray(s)) return s.map((x) => dropRiskyPatterns(x, dropped, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s as Schema)) {
    if (k === 'pattern' && typeof v === 'string' && riskyPattern(v)) {
      dropped.push(v);
      continue;
    }
    if (k === 'patternProperties' && isObj(v)) {
      const kept: Schema = {};
      for (const [pk, pv] of Object.entries(v)) {
        if (riskyPattern(pk)) dropped.push(pk);
        else kept[pk] = dropRiskyPatterns(pv, dropped, depth + 1);
      }
      out[k] = kept;
      continue;
    }
    out[k] = k === 'enum' || k === 'const' || k === 'default' || k === 'examples' ? v : dropRiskyPatterns(v, dropped, depth + 1);
  }
  return out;
}

export function riskyPattern(p: string): boolean {
  // A quantified group that itself contains a quantifier, a backreference, or sheer size.
  return p.length > 1_000 || /\\[1-9]|\\k</.test(p) || /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,)/.test(p);
}

export function compile(schema: Schema): ValidateFunction | string {
  const key = JSON.stringify(schema);
  const hit = cache.get(key);
  if (hit) return hit;
  const { $schema, ...rest } = schema;
  const draft7 = typeof $schema === 'string' && /draft-0[4-7]/.test($schema);
  let result: ValidateFunction | string;
  try {
    result = (draft7 ? ajv7() : ajv2020()).compile(rest);
  } catch (e) {
    try {
      result = (draft7 ? ajv2020() : ajv7()).compile(rest);
    } catch {
      result = `the schema could not be compiled (${e instanceof Error ? e.message.slice(0, 200) : String(e)})`;
    }
  }
  if (cache.size > 200) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}

let a7: Ajv | undefined;
let a20: Ajv2020 | undefined;
function ajv7(): Ajv {
  if (!a7) addFormats((a7 = new Ajv({ allErrors: true, strict: false, validateFormats: true })));
  return a7;
}
function ajv2020(): Ajv2020 {
  if (!a20) addFormats((a20 = new Ajv2020({ allErrors: true, strict: false, validateFormats: true })) as unknown as Ajv);
  return a20;
}

function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    let path = e.instancePath;
    let message = e.message ?? 'is not valid';
    if (e.keyword === 'required') {
      const p = (e.params as { missingProperty?: string }).missingProperty ?? '';
      path = `${path}/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      message = 'is required';
    } else if (e.keyword === 'enum') {
      message = `must be one of ${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).slice(0, 200)}`;
    } else if (e.keyword === 'additionalProperties') {
      message = `has an unknown property \`${(e.params as { additionalProperty?: string }).additionalProperty}\``;
    } else if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      message = `must match ${e.keyword === 'oneOf' ? 'exactly one' : 'one'} of the allowed shapes`;
    }
    const k = `${path}\u0000${message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ path, message });
    }
  }
  return out;
}

function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let cur: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(cur)) return undefined;
    cur = cur[part];
  }
  return isObj(cur) ? cur : undefined;
}

function mergeAllOf(s: Schema): Schema | undefined {
  const parts = (s.allOf as Schema[]).map((p) => p);
  if (!parts.every((p) => (p.type === 'object' || isObj(p.properties)) && !p.$ref)) return undefined;
  const properties: Schema = { ...(isObj(s.properties) ? s.properties : {}) };
  const required = new Set<string>(Array.isArray(s.required) ? (s.required as string[]) : []);
  for (const p of parts) {
    Object.assign(properties, isObj(p.properties) ? p.properties : {});
    for (const r of Array.isArray(p.required) ? (p.required as string[]) : []) required.add(r);
  }
  return { ...omit(s, 'allOf'), type: 'object', properties, required: [...required] };
}

function variantTitle(b: Schema, i: number): string {
  if (typeof b.type === 'string') {
    if (b.type === 'object' && isObj(b.properties)) {
      const keys = Object.keys(b.properties);
      return `object {${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''}}`;
    }
    return b.type;
  }
  return `option ${i + 1}`;
}

function copyNum(s: Schema, f: Field, ...keys: Array<keyof Field>): void {
  for (const k of keys) if (typeof s[k] === 'number' && Number.isFinite(s[k])) (f as unknown as Record<string, unknown>)[k] = s[k];
}
function omit(s: Schema, ...keys: string[]): Schema {
  const out = { ...s };
  for (const k of keys) delete out[k];
  return out;
}
function isObj(x: unknown): x is Schema {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}
function isScalar(x: unknown): boolean {
  return x === null || ['string', 'number', 'boolean'].includes(typeof x);
}
function str(x: unknown): string | undefined {
  return typeof x === 'string' && x ? x : undefined;
}
