// Language-neutral pieces of the taint analysis: abstract values, environments, sink lookup
// and reporting. The JS/TS and Python evaluators (js/taint.ts, py/taint.ts) walk their own
// syntax trees and use these.

import type { Node } from 'web-tree-sitter';
import { nodeRange, type AnalysisContext } from './context';
import { ALL_KINDS, Kind, TAINT_RULES, type SinkSpec, type TaintRule } from './rules';
import type { FlowStep } from './types';

export { ALL_KINDS, Kind };

const MAX_STEPS = 14;

/** Taint carried by a value: where it came from and which sink kinds it is already safe for. */
export interface Taint {
  /** The tool parameter it came from. */
  param: string;
  /** Tool / resource / prompt name. */
  definition: string;
  steps: FlowStep[];
  /** Bit mask of Kind values this value has been sanitised for. */
  safe: number;
  /** URL strings whose scheme+host are fixed by a literal prefix: safe for Kind.Url only. */
}

/** Abstract value: maybe tainted, maybe with known properties/elements. */
export interface Val {
  t?: Taint;
  props?: Map<string, Val>;
  elems?: Val[];
  /** A lookup table built from literals (module-level const object/array): indexing it gives a clean value. */
  table?: boolean;
  /** What kind of object this is, when known: an HTTP client, a pathlib.Path, a URL object... */
  tag?: string;
  /** Canonical callee name when the value is a known function (e.g. promisify(exec) → child_process.exec). */
  callee?: string;
  /** Function value (JS arrow/function expression or Python lambda/def) for calls through variables. */
  fn?: Node;
  /** Several candidate functions (`handlers[name]` over a table of handlers). */
  fns?: Node[];
  /** Scope a function value closes over. */
  fnEnv?: Env;
  /** Variable this value was derived from (path.relative(root, X), new URL(X)): guards on it also cover X. */
  from?: string;
  /** Literal value (`false`, `"sh"`, `3`) when known: lets option checks see through variables. */
  lit?: string;
  /** A path that went through resolve/normalize/join/realpath (`..` segments collapsed): a prefix check on it means something. */
  resolved?: boolean;
  /** A boolean computed by a check (`const ok = ALLOWED.includes(x)`): branching on it guards like the check. */
  pred?: Node;
  /** Instance of a class the analysis can see into (language-specific payload). */
  cls?: unknown;
  /** Literal text a tainted string is known to start with (a schema's `startsWith("/")`). */
  prefix?: string;
  /** A URL string that starts with a literal path (`/repos/${x}`): relative to a client's base URL. */
  relPath?: boolean;
  /** An HTTP client instance whose base URL fixes scheme and host (`axios.create({ baseURL: "https://…" })`). */
  baseFixed?: boolean;
}

export const CLEAN: Val = Object.freeze({}) as Val;

/** The first taint found in a value, looking into properties and elements. */
export function taintOf(v: Val | undefined, depth = 0): Taint | undefined {
  if (!v) return undefined;
  if (v.t) return v.t;
  if (depth > 4) return undefined;
  if (v.props) for (const p of v.props.values()) {
    const t = taintOf(p, depth + 1);
    if (t) return t;
  }
  if (v.elems) for (const e of v.elems) {
    const t = taintOf(e, depth + 1);
    if (t) return t;
  }
  return undefined;
}

/** Every taint in a value (for the safe-mask intersection). */
function allTaints(v: Val | undefined, out: Taint[], depth = 0): void {
  if (!v || depth > 4) return;
  if (v.t) out.push(v.t);
  if (v.props) for (const p of v.props.values()) allTaints(p, out, depth + 1);
  if (v.elems) for (const e of v.elems) allTaints(e, out, depth + 1);
}

/** Taint of a value for a sink kind: the first part not sanitised for that kind. */
export function taintFor(v: Val | undefined, kind: number): Taint | undefined {
  if (!v) return undefined;
  const all: Taint[] = [];
  allTaints(v, all);
  return all.find((t) => (t.safe & kind) === 0);
}

export function isTainted(v: Val | undefined): boolean {
  return taintOf(v) !== undefined;
}

/** Combines values (string building, ternaries): first taint wins the flow, safe = intersection. */
export function join(...vals: (Val | undefined)[]): Val {
  const taints: Taint[] = [];
  for (const v of vals) allTaints(v, taints);
  if (taints.length === 0) return CLEAN;
  let safe = ALL_KINDS;
  for (const t of taints) safe &= t.safe;
  const first = taints[0];
  return { t: safe === first.safe ? first : { ...first, safe } };
}

/** A copy of the value's taint with one more step on the flow. */
export function withStep(v: Val, s: FlowStep | undefined): Val {
  if (!s) return v;
  const t = taintOf(v);
  if (!t) return v;
  if (t.steps.length >= MAX_STEPS) return v;
  const last = t.steps[t.steps.length - 1];
  if (last && last.range.start.line === s.range.start.line && last.range.start.character === s.range.start.character && last.file === s.file) return v;
  const nt: Taint = { ...t, steps: [...t.steps, s] };
  if (v.t) return { ...v, t: nt };
  // A record or list (`{ sql, params }` passed to a callback): the step on each part that carries
  // taint, so its clean parts stay clean.
  return stepParts(v, s, 0) ?? { ...flatten(v), t: nt };
}

function stepParts(v: Val, s: FlowStep, depth: number): Val | undefined {
  if (depth > 3) return undefined;
  const one = (x: Val): Val | undefined => {
    if (!isTainted(x)) return x;
    if (x.t) {
      const xt = x.t;
      if (xt.steps.length >= MAX_STEPS) return x;
      return { ...x, t: { ...xt, steps: [...xt.steps, s] } };
    }
    return stepParts(x, s, depth + 1);
  };
  if (v.props && !v.elems && v.props.size <= 64) {
    const props = new Map<string, Val>();
    for (const [k, x] of v.props) {
      const y = one(x);
      if (!y) return undefined;
      props.set(k, y);
    }
    return { ...v, props };
  }
  if (v.elems && !v.props && v.elems.length <= 64) {
    const elems: Val[] = [];
    for (const x of v.elems) {
      const y = one(x);
      if (!y) return undefined;
      elems.push(y);
    }
    return { ...v, elems };
  }
  return undefined;
}

/** A value reduced to a single taint (for collections passed through unknown code). */
export function flatten(v: Val | undefined): Val {
  if (!v) return CLEAN;
  if (!v.props && !v.elems) return v;
  return join(v);
}

/** Marks a value (and everything inside it) sanitised for the given kinds. */
export function sanitize(v: Val | undefined, kinds: number): Val {
  if (!v) return CLEAN;
  const t = taintOf(v);
  if (!t) return v;
  const all: Taint[] = [];
  allTaints(v, all);
  let safe = ALL_KINDS;
  for (const x of all) safe &= x.safe;
  safe |= kinds;
  if ((safe & ALL_KINDS) === ALL_KINDS) return CLEAN;
  return v.resolved ? { t: { ...t, safe }, resolved: true } : { t: { ...t, safe } };
}

export function sourceVal(param: string, definition: string, file: string, n: Node, safe = 0, label?: string): Val {
  if (safe === ALL_KINDS) return CLEAN;
  return {
    t: {
      param,
      definition,
      safe,
      steps: [{ file, range: nodeRange(n), message: label ?? `tool input \`${param}\` (chosen by the model)` }],
    },
  };
}

// ---------------------------------------------------------------- environments

/** Lexical scope: variable name → value, with a parent chain. Copy-on-branch for if/else. */
export class Env {
  private readonly vars = new Map<string, Val>();
  /** A branch scope (if/else arm, loop body) keeps writes to outer variables until merged. */
  constructor(
    readonly parent?: Env,
    private readonly isBranch = false,
  ) {}

  /**
   * A module scope is shared by every handler: assignments from inside a function to a name
   * declared there stay in the function's scope, so one handler cannot taint another's view
   * of `path` or `db`.
   */
  shared = false;

  get(name: string): Val | undefined {
    for (let e: Env | undefined = this; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  has(name: string): boolean {
    for (let e: Env | undefined = this; e; e = e.parent) if (e.vars.has(name)) return true;
    return false;
  }

  /** Declares in this scope. */
  declare(name: string, v: Val): void {
    this.vars.set(name, v);
  }

  /** Assigns where declared (or here when undeclared). */
  assign(name: string, v: Val): void {
    let branch: Env | undefined;
    let local: Env | undefined;
    for (let e: Env | undefined = this; e; e = e.parent) {
      if (e.vars.has(name)) {
        (branch ?? (e.shared && e !== this ? local : undefined) ?? e).vars.set(name, v);
        return;
      }
      if (e.isBranch && !branch) branch = e;
      if (!e.shared) local = e;
    }
    (branch ?? this).vars.set(name, v);
  }

  /** Names assigned in this scope only. */
  ownEntries(): IterableIterator<[string, Val]> {
    return this.vars.entries();
  }

  /** A child scope for a branch; merge it back with mergeBranches. */
  branch(): Env {
    return new Env(this, true);
  }

  /**
   * After if/else (or a loop body): each variable written in any branch becomes the join of
   * the branch values (and the old value when some branch did not write it).
   */
  mergeBranches(branches: Env[], exhaustive: boolean): void {
    const names = new Set<string>();
    for (const b of branches) for (const [n] of b.ownEntries()) names.add(n);
    for (const n of names) {
      const vals: (Val | undefined)[] = [];
      let all = exhaustive;
      for (const b of branches) {
        if (b.vars.has(n)) vals.push(b.vars.get(n));
        else all = false;
      }
      if (!all) vals.push(this.get(n));
      const merged = vals.length === 1 ? vals[0]! : mergeVals(vals);
      this.assign(n, merged);
    }
  }
}

/** Merge at control-flow joins: keeps structure when only one side has it. */
export function mergeVals(vals: (Val | undefined)[]): Val {
  const present = vals.filter((v): v is Val => v !== undefined);
  if (present.length === 0) return CLEAN;
  if (present.length === 1 || present.every((v) => v === present[0])) return present[0];
  // Objects on every path (an instance whose method ran on one branch only: `if (x) this.parts.push(…)`):
  // property by property, so each keeps its own value and the instance stays one.
  // (An instance without properties yet counts as an object with none.)
  if (present.length <= 8 && present.some((v) => v.props) && present.every((v) => (v.props || (v.cls && !v.t)) && !v.elems && (v.props?.size ?? 0) <= 64 && !v.fn)) {
    const keys = new Set<string>();
    for (const v of present) for (const k of v.props?.keys() ?? []) keys.add(k);
    const props = new Map<string, Val>();
    for (const k of keys) props.set(k, mergeVals(present.map((v) => v.props?.get(k))));
    const own = present.filter((v) => v.t);
    const out: Val = { ...present[0], props };
    if (own.length) out.t = join(...own.map((v) => ({ t: v.t }) as Val)).t;
    else delete out.t;
    if (!present.every((v) => v.lit === present[0].lit)) delete out.lit;
    if (!present.every((v) => v.pred === present[0].pred)) delete out.pred;
    if (!present.every((v) => v.table === present[0].table)) delete out.table;
    return out;
  }
  // Arrays on every path (`if (x) list.push(y)`): element by element, the extra elements of longer
  // paths kept as they are (each may be there).
  if (present.length <= 8 && present.every((v) => v.elems && !v.t && !v.props) && present.some((v) => v !== present[0])) {
    const min = Math.min(...present.map((v) => v.elems!.length));
    const elems: Val[] = [];
    for (let i = 0; i < min; i++) elems.push(mergeVals(present.map((v) => v.elems![i])));
    for (const v of present) for (const e of v.elems!.slice(min)) if (elems.length < 64 && !elems.includes(e)) elems.push(e);
    return { elems };
  }
  const tainted = present.filter(isTainted);
  if (tainted.length === 0) return present.find((v) => v.props || v.elems || v.tag || v.callee || v.fn || v.table) ?? present[0];
  if (tainted.length === 1 && tainted[0].t && !tainted[0].props && !tainted[0].elems) {
    // Clean on one path, tainted on the other: tainted, with the same safety.
    return tainted[0];
  }
  const merged = join(...tainted);
  // A path resolved on every path stays resolved (a prefix check after the join still means something).
  return tainted.every((v) => v.resolved) && isTainted(merged) ? { ...merged, resolved: true } : merged;
}

// ---------------------------------------------------------------- sinks

export interface SinkEntry {
  rule: TaintRule;
  spec: SinkSpec;
}

export interface SinkTable {
  exact: Map<string, SinkEntry[]>;
  methods: Map<string, SinkEntry[]>;
}

function buildTable(lang: 'ts' | 'py'): SinkTable {
  const exact = new Map<string, SinkEntry[]>();
  const methods = new Map<string, SinkEntry[]>();
  for (const rule of TAINT_RULES) {
    for (const spec of rule.sinks[lang]) {
      for (const c of spec.callees) {
        const target = c.startsWith('*.') ? methods : exact;
        const key = c.startsWith('*.') ? c.slice(2) : c;
        let arr = target.get(key);
        if (!arr) target.set(key, (arr = []));
        arr.push({ rule, spec });
      }
    }
  }
  return { exact, methods };
}

let tsTable: SinkTable | undefined;
let pyTable: SinkTable | undefined;
export function sinkTable(lang: 'ts' | 'py'): SinkTable {
  if (lang === 'ts') return (tsTable ??= buildTable('ts'));
  return (pyTable ??= buildTable('py'));
}

/**
 * Sink entries for a call. `canonical` is the resolved callee (module path + property chain),
 * `method` the last property name and `receiverText` the source text of the receiver when the
 * callee is a method call on something that is not a known module.
 */
export function lookupSinks(table: SinkTable, canonical: string | undefined, method: string | undefined, receiverText: string | undefined): SinkEntry[] {
  const out: SinkEntry[] = [];
  if (canonical) {
    const e = table.exact.get(canonical);
    if (e) out.push(...e);
  }
  if (method && receiverText !== undefined) {
    const m = table.methods.get(method);
    if (m) for (const entry of m) if (!entry.spec.receiver || entry.spec.receiver.test(receiverText)) out.push(entry);
  }
  return out;
}

/**
 * Reports a tool-input → sink flow at `at` (the sink argument, or for a sink inside a helper
 * in another file, the call in the analysed file that leads there). The flow always ends at
 * the sink itself: `sinkStep` when the sink is elsewhere.
 */
export function reportFlow(ctx: AnalysisContext, rule: TaintRule, what: string, callee: string, t: Taint, at: Node, reportFile = ctx.file, sinkStep?: FlowStep): void {
  const last: FlowStep = sinkStep ?? { file: reportFile, range: nodeRange(at), message: `reaches ${what} (\`${callee}\`)` };
  const range = nodeRange(at);
  if (sinkStep) {
    // A helper in another file that reaches several sinks of this rule is one finding at the
    // call (one per rule, place and tool): every further sink is added to its flow, so fixing
    // the first one does not hide the others.
    for (let i = ctx.findings.length - 1; i >= 0; i--) {
      const f = ctx.findings[i];
      if (f.ruleId !== rule.meta.id || f.definition !== t.definition || f.file !== reportFile || !sameRange(f.range, range)) continue;
      if (f.flow.length < MAX_STEPS + 8 && !f.flow.some((s) => s.file === sinkStep.file && sameRange(s.range, sinkStep.range))) {
        ctx.findings[i] = { ...f, flow: [...f.flow, { ...sinkStep, message: `also ${sinkStep.message}` }] };
      }
      return;
    }
  }
  const flow = [...t.steps, last];
  ctx.findings.push({
    ruleId: rule.meta.id,
    severity: rule.meta.severity,
    message: `Tool input \`${t.param}\` of \`${t.definition}\` reaches ${what} (\`${callee}\`) without a guard. The model chooses this value, so anyone who can steer the model controls it.`,
    file: reportFile,
    range: nodeRange(at),
    flow,
    definition: t.definition,
  });
}

function sameRange(a: FlowStep['range'], b: FlowStep['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
