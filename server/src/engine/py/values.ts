// Python abstract values: the shared Val plus what the Python evaluator needs to know about a
// value (constant text, string structure, path normalisation, which variables it is a view of).

import type { Node } from 'web-tree-sitter';
import type { FlowStep } from '../types';
import { ALL_KINDS, CLEAN as CLEAN_VAL, isTainted, join, mergeVals, taintOf, withStep, type Taint, type Val } from '../taint';
import type { ModuleInfo } from './module';

/** A variable this value was derived from by a "view" (urlparse(u), Path(x).resolve(), str(p)). */
export interface Origin {
  name: string;
  /** Kinds a guard on this value proves for the origin variable. */
  mask: number;
  /** A property / key of the variable (`req.path`, `arguments["path"]`) rather than the variable. */
  prop?: string;
}

/** A piece of a built string: constant text, or a value. */
export interface Part {
  s?: string;
  v?: PyVal;
}

export interface PyVal extends Val {
  /** Constant string value (a literal, or built only from literals). */
  str?: string;
  /** Literal text of a non-string constant: True, False, None, 3. */
  lit?: string;
  /** Structure of a built string (f-string, concatenation, %, .format, join). */
  parts?: Part[];
  /** A path that was normalised (resolve / realpath / abspath / normpath). */
  norm?: boolean;
  org?: Origin[];
  /** Module that `fn` / a class / a module reference belongs to. */
  mod?: ModuleInfo;
  /** Class definition node for classes and their instances. */
  klass?: Node;
  /** Closure scope of a nested function or lambda. */
  env?: Scope;
  /** Low-level `arguments` dict: subscripts create per-key sources. */
  args?: ArgsSource;
  /** Element type of a collection iterated with `for` (when the collection has no elems). */
  item?: PyVal;
}

export interface ArgsSource {
  /** Name of the handler parameter (usually `arguments`). */
  param: string;
  /** Handler name, used when the tool cannot be told from a `name == "..."` branch. */
  handler: string;
}

/** Extra safe bits (beyond the rule kinds) used by deny-list guards; both together prove Kind.Path. */
export const NO_DOTDOT = 64;
export const NO_ABS = 128;
export const PATH = 4;
/** The first word / argv[0] of this value was checked against an allow-list. */
export const FIRSTWORD = 256;
/**
 * The value was checked not to be `..` (nor `.`): as a file name given to `Path.with_name` (which
 * itself refuses separators) it names an entry of the same folder.
 */
export const NOT_PARENT = 512;
/** Every safe bit: what a clean value is safe for. */
export const ALL_BITS = ALL_KINDS | NO_ABS | NO_DOTDOT | FIRSTWORD | NOT_PARENT;

/** The clean value (frozen), typed for the Python evaluator. */
export const CLEAN: PyVal = CLEAN_VAL;

export function strVal(s: string): PyVal {
  return { str: s };
}

export function litVal(text: string): PyVal {
  return { lit: text };
}

/** Safe mask of a value: the kinds every taint in it is already safe for (ALL for clean values). */
export function safeMask(v: Val | undefined): number {
  if (!v) return ALL_BITS;
  const ts: Taint[] = [];
  collect(v, ts, 0);
  if (ts.length === 0) return ALL_BITS;
  let m = -1;
  for (const t of ts) m &= t.safe;
  return m;
}

function collect(v: Val, out: Taint[], d: number): void {
  if (d > 4) return;
  if (v.t) out.push(v.t);
  if (v.props) for (const p of v.props.values()) collect(p, out, d + 1);
  if (v.elems) for (const e of v.elems) collect(e, out, d + 1);
}

/** Marks every taint in the value safe for `kinds`, keeping tags and structure. */
export function markSafe(v: PyVal, kinds: number, depth = 0): PyVal {
  if (!isTainted(v) || depth > 4) return v;
  let safe = kinds;
  if ((safe & NO_ABS) && (safe & NO_DOTDOT)) safe |= PATH;
  const out: PyVal = { ...v };
  if (v.t) {
    let s = v.t.safe | safe;
    if ((s & NO_ABS) && (s & NO_DOTDOT)) s |= PATH;
    out.t = { ...v.t, safe: s };
    if ((s & ALL_KINDS) === ALL_KINDS) out.t = undefined;
  }
  if (v.props) {
    const m = new Map<string, Val>();
    for (const [k, p] of v.props) m.set(k, markSafe(p as PyVal, kinds, depth + 1));
    out.props = m;
  }
  if (v.elems) out.elems = v.elems.map((e) => markSafe(e as PyVal, kinds, depth + 1));
  if (v.parts) out.parts = v.parts.map((p) => (p.v ? { v: markSafe(p.v, kinds, depth + 1) } : p));
  if (v.item) out.item = markSafe(v.item, kinds, depth + 1);
  return out;
}

/** Adds a flow step to every taint in the value, keeping its structure (lists, dicts, tags). */
export function stepPy(v: PyVal, st: FlowStep, depth = 0): PyVal {
  if (!isTainted(v)) return v;
  if (v.t) return { ...v, ...(withStep({ t: v.t }, st) as PyVal), elems: v.elems && depth < 2 ? v.elems.map((e) => stepPy(e as PyVal, st, depth + 1)) : v.elems };
  if (depth > 2) return v;
  const out: PyVal = { ...v };
  if (v.elems) out.elems = v.elems.map((e) => stepPy(e as PyVal, st, depth + 1));
  if (v.props) {
    const m = new Map<string, Val>();
    for (const [k, p] of v.props) m.set(k, stepPy(p as PyVal, st, depth + 1));
    out.props = m;
  }
  if (v.item) out.item = stepPy(v.item, st, depth + 1);
  return out;
}

/** Merge at control-flow joins, keeping Python-specific facts when every path agrees. */
/** Parts with the same literal pieces in the same places. */
function sameShape(a: PyVal['parts'], b: NonNullable<PyVal['parts']>): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].s !== b[i].s || (a[i].s === undefined) !== (b[i].s === undefined)) return false;
  return true;
}

export function mergePy(vals: (PyVal | undefined)[]): PyVal {
  const present = vals.filter((v): v is PyVal => v !== undefined);
  if (present.length === 0) return CLEAN;
  const first = present[0];
  if (present.every((v) => v === first)) return first;
  // Lists on every path (`cmd = [...]; if x: cmd += [...]`): element by element, so the program
  // position survives; elements only some paths have are kept as one trailing element.
  if (present.every((v) => v.elems && !v.t)) {
    const min = Math.min(...present.map((v) => v.elems!.length));
    const elems: PyVal[] = [];
    for (let i = 0; i < min; i++) elems.push(mergePy(present.map((v) => v.elems![i] as PyVal)));
    const rest = present.flatMap((v) => v.elems!.slice(min) as PyVal[]);
    if (rest.length) elems.push(flat({ elems: rest }));
    return { elems };
  }
  // Objects on every path (an instance whose method ran on one branch only, a dict updated in
  // one branch): attribute by attribute, so each keeps its own value (one taint for the whole
  // object would lose the attributes: `q.where(x); if c: q.where("a = 1")`, then `q.sql()`).
  let m: PyVal;
  if (present.length <= 8 && present.every((v) => v.props && !v.elems && (v.props.size ?? 0) <= 64)) {
    const keys = new Set<string>();
    for (const v of present) for (const k of v.props!.keys()) keys.add(k);
    const props = new Map<string, PyVal>();
    for (const k of keys) props.set(k, mergePy(present.map((v) => v.props!.get(k) as PyVal | undefined)));
    const own = present.filter((v) => v.t).map((v) => ({ t: v.t }) as PyVal);
    const whole = own.length ? (mergeVals(own) as PyVal) : undefined;
    m = { ...first, props, t: whole?.t };
    if (!m.t) delete m.t;
    if (!present.every((v) => v.table === first.table)) delete m.table;
  } else m = mergeVals(present) as PyVal;
  const out: PyVal = m === CLEAN ? {} : { ...m };
  const tag = first.tag;
  if (tag && present.every((v) => v.tag === tag)) out.tag = tag;
  else if (!out.tag) {
    const tagged = present.find((v) => v.tag && v.tag !== 'none');
    if (tagged) out.tag = tagged.tag;
  }
  if (present.every((v) => v.norm)) out.norm = true;
  else delete out.norm;
  if (!(present.every((v) => v.str === first.str))) delete out.str;
  if (!(present.every((v) => v.lit === first.lit))) delete out.lit;
  // Same literal pieces on every path (a value re-stepped on one of them): the structure stays.
  if (first.parts && present.every((v) => v.parts === first.parts || sameShape(v.parts, first.parts!))) out.parts = first.parts;
  else delete out.parts;
  const org: Origin[] = [];
  for (const v of present) for (const o of v.org ?? []) if (!org.some((x) => x.name === o.name)) org.push(o);
  if (org.length) out.org = org;
  else delete out.org;
  if (!out.mod) {
    const withMod = present.find((v) => v.mod);
    if (withMod) {
      out.mod = withMod.mod;
      out.klass = withMod.klass;
      out.fn = withMod.fn;
      out.env = withMod.env;
    }
  }
  const a = present.find((v) => v.args);
  if (a) out.args = a.args;
  if (Object.keys(out).length === 0) return CLEAN;
  return out;
}

/** The value with its taint flattened (for results of unknown calls). */
export function flat(v: PyVal | undefined): PyVal {
  if (!v) return CLEAN;
  const t = taintOf(v);
  if (!t) return CLEAN;
  if (v.t && !v.props && !v.elems) return { t: v.t };
  return join(v);
}

/** Element value of an iterable (for `for x in xs`, comprehensions, `xs[i]`). */
/** elementOf of a list, once per list value (values are not changed once built). */
const ELEMENT_OF = new WeakMap<PyVal, PyVal>();

export function elementOf(v: PyVal): PyVal {
  if (v.item) return v.item;
  if (v.elems && v.elems.length) {
    // `a, b, *rest = xs` and loops ask for the same list's element again and again.
    let e = ELEMENT_OF.get(v);
    if (e === undefined) {
      const els = v.elems as PyVal[];
      // Instances of several classes (`ALL_TOOLS = [FetchTool(), SearchTool()]`): any one of them.
      const insts = els.length > 1 && els.length <= 64 && els.every((x) => x.tag === 'instance' && x.klass && !isTainted(x)) && els.some((x) => x.klass !== els[0].klass);
      e = insts ? { tag: 'instset', elems: els } : mergePy(els);
      ELEMENT_OF.set(v, e);
    }
    return e;
  }
  if (v.props && v.props.size) return flat(v);
  if (v.t) return { t: v.t };
  return CLEAN;
}

// ---------------------------------------------------------------- scopes

/** Python scope with copy-on-write branches: writes always go to the innermost scope. */
export class Scope {
  readonly vars = new Map<string, PyVal>();
  constructor(readonly parent?: Scope) {}

  get(name: string): PyVal | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  set(name: string, v: PyVal): void {
    this.vars.set(name, v);
  }

  fork(): Scope {
    return new Scope(this);
  }

  /** Writes into this scope the merge of the paths `children` (forks of this scope) represent. */
  merge(children: Scope[]): void {
    if (children.length === 0) return;
    const names = new Set<string>();
    for (const c of children) for (const n of c.vars.keys()) names.add(n);
    for (const n of names) {
      const vals = children.map((c) => c.get(n));
      this.vars.set(n, mergePy(vals));
    }
  }

  /** Every variable visible from here up to (not including) `stop`, innermost first. */
  snapshot(stop: Scope | undefined): Scope {
    const s = new Scope(stop);
    for (let c: Scope | undefined = this; c && c !== stop; c = c.parent) {
      for (const [k, v] of c.vars) if (!s.vars.has(k)) s.vars.set(k, v);
    }
    return s;
  }
}
