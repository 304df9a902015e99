import type { Node } from 'web-tree-sitter';
import { NotOneUnitEdit, nodeRange, type AnalysisContext } from '../context';
import { commonEnds, textHash, unitHoldingEdit } from '../hash';
import { getRule } from '../rules';
import { CLEAN, sourceVal, type Val } from '../taint';
import type { Finding, McpDefinition, Position, Range } from '../types';
import { discoverUnits, type DiscoveredHandler, type Unit, type WeakSchema } from './discover';
import { JsEvaluator, type RawTaint } from './eval';
import { buildModuleInfo, type ModuleInfo } from './module';

export function analyzeJs(ctx: AnalysisContext): void {
  const info = buildModuleInfo({ file: ctx.file, lang: ctx.lang, text: ctx.text, tree: (ctx.moduleRoot ?? ctx.root).tree }, ctx, ctx.moduleRoot ? knownTops(ctx) : undefined);
  if (ctx.cache) ctx.cache.next.set(TOPS_KEY, { text: ctx.text, starts: info.topStarts } satisfies TopsState);
  // Versions of the project modules this file imports (part of every cache key).
  let importVersions = '';
  if (ctx.cache) for (const rel of info.relImports.values()) if (rel.file) importVersions += `${rel.file}@${ctx.host?.version?.(rel.file) ?? ctx.host?.readFile(rel.file)?.length}\u0000`;
  const idents = ctx.cache ? identCache(ctx) : undefined;
  const keyOf = idents ? makeKeyer(info, idents, ctx.text) : undefined;
  const runner = new UnitRunner(ctx, info);
  if (ctx.cache && keyOf && editInsideOneUnit(ctx, info, importVersions, keyOf, runner)) return;
  // The tree holds the edited registration only: nothing else can be analysed from it.
  if (ctx.moduleRoot) throw new NotOneUnitEdit();

  const units = discoverUnits(ctx, info);
  const recs: UnitRec[] = [];
  let allCacheable = true;
  const occurrences = new Map<string, number>();
  let lastEnd = -1;
  for (const unit of units) {
    const anchor = unit.anchor;
    let key: string | undefined;
    // Registrations that hold syntax errors or overlap another one (error recovery) are always redone.
    const cacheable = anchor.startIndex >= lastEnd && !anchor.hasError;
    lastEnd = Math.max(lastEnd, anchor.endIndex);
    if (!cacheable) allCacheable = false;
    if (ctx.cache && keyOf && cacheable) {
      const k = keyOf(anchor);
      key = k.key + importVersions;
      // Identical registrations (copy-pasted) each get their own entry.
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      if (n > 0) key += `\u0000#${n}`;
      recs.push({ start: anchor.startIndex, end: anchor.endIndex, hook: unit.hook, kind: unit.kind, key, deps: k.deps, container: k.container, inClass: k.inClass, stmtEnd: topStatementEnd(anchor) });
      const hit = ctx.cache.prev.get(key) as CachedUnit | undefined;
      if (hit) {
        const moved = shift(hit, anchor, ctx.file);
        ctx.definitions.push(...moved.definitions);
        ctx.findings.push(...moved.findings);
        ctx.cache.next.set(key, moved);
        continue;
      }
    }
    if (!runner.run(unit, key)) allCacheable = false;
  }
  if (ctx.cache && allCacheable) ctx.cache.next.set(FAST_KEY, { text: ctx.text, importVersions, units: recs } satisfies FastState);
}

/** Discovers and evaluates one registration, storing its results under `key`. */
class UnitRunner {
  private ev: JsEvaluator | undefined;
  constructor(
    private readonly ctx: AnalysisContext,
    private readonly info: ModuleInfo,
  ) {}

  /** False when the result depended on text outside the registration (not cached, see outerScopeRead). */
  run(unit: Unit, key: string | undefined): boolean {
    const { ctx, info } = this;
    if (this.ev) this.ev.outerScopeRead = false;
    const anchor = unit.anchor;
    const defsBefore = ctx.definitions.length;
    const before = ctx.findings.length;
    const { handlers, weak } = unit.discover();
    for (const h of handlers) ctx.definitions.push(h.def);
    for (const w of weak) ctx.findings.push(weakFinding(w, ctx, handlers.find((h) => h.def.name === w.definition)?.def.range ?? nodeRange(anchor)));
    for (const h of handlers) {
      if (h.fn) {
        this.ev ??= new JsEvaluator(ctx, info);
        this.ev.runHandler(h.fn, handlerArgs(h, ctx, h.fn), h.def.name, h.classBody);
      } else if (h.importName && h.registration) {
        this.ev ??= new JsEvaluator(ctx, info);
        const imp = this.ev.resolveImport(h.importName);
        if (imp) this.ev.runHandler(imp.fn, handlerArgs(h, ctx, h.registration), h.def.name, imp.classBody, imp.info, h.registration);
      }
    }
    if (this.ev?.outerScopeRead) return false;
    if (key !== undefined) {
      ctx.cache!.next.set(key, {
        line: anchor.startPosition.row,
        col: anchor.startPosition.column,
        endLine: anchor.endPosition.row,
        definitions: ctx.definitions.slice(defsBefore),
        findings: ctx.findings.slice(before),
      } satisfies CachedUnit);
    }
    return true;
  }
}

// ---------------------------------------------------------------- keystroke fast path

const FAST_KEY = '\u0000fast';
const TOPS_KEY = '\u0000tops';

interface TopsState {
  text: string;
  starts: number[];
}

/**
 * Keystroke path (ctx.moduleRoot): where the top-level statements of the last analysis are now.
 * The edit lies inside one registration, which is not one of them: those before it stay, those
 * after it move by the edit's length. Undefined when the last analysis says otherwise.
 */
function knownTops(ctx: AnalysisContext): number[] | undefined {
  const st = ctx.cache?.prev.get(TOPS_KEY) as TopsState | undefined;
  if (!st) return undefined;
  const { p, sfx } = commonEnds(st.text, ctx.text);
  const oldEnd = st.text.length - sfx;
  const delta = ctx.text.length - st.text.length;
  const out: number[] = [];
  for (const at of st.starts) {
    if (at >= p && at < oldEnd) return undefined;
    out.push(at >= oldEnd ? at + delta : at);
  }
  return out;
}

interface UnitRec {
  start: number;
  end: number;
  hook: number;
  kind: 'call' | 'object';
  key: string;
  deps: string[];
  container?: string;
  inClass: boolean;
  /** End of the top-level statement that is exactly this call (`server.tool(…);`), else -1. */
  stmtEnd: number;
}

/** End of the statement `anchor;` when it sits directly in the module's top level, else -1. */
function topStatementEnd(anchor: Node): number {
  const stmt = anchor.parent;
  if (stmt?.type !== 'expression_statement' || stmt.startIndex !== anchor.startIndex || stmt.parent?.type !== 'program' || stmt.parent.parent) return -1;
  return stmt.endIndex;
}

/**
 * The keystroke path's question, asked before any parse: does the text differ from the last
 * analysed one only inside one registration that is a whole top-level statement, after its
 * method name? Then that statement's range in `now` (to parse alone); else undefined. The
 * analysis (editInsideOneUnit) checks the same and more on the statement's fresh tree.
 */
export function oneUnitEditRange(prev: Map<string, unknown> | undefined, now: string): { startIndex: number; endIndex: number } | undefined {
  const st = prev?.get(FAST_KEY) as FastState | undefined;
  const hit = st && unitHoldingEdit(st.text, now, st.units);
  if (!hit) return undefined;
  const v = hit.unit;
  if (v.hook + 20 > hit.p || v.inClass || v.kind !== 'call' || v.stmtEnd < 0 || v.container) return undefined;
  return { startIndex: v.start, endIndex: v.stmtEnd + hit.delta };
}

interface FastState {
  text: string;
  importVersions: string;
  units: UnitRec[];
}

/**
 * The common keystroke: one edit inside one registration's handler, nothing else touched. Only
 * that registration is redone; every other one keeps its results, moved through the edit,
 * without looking at the tree. Returns false (and changes nothing) whenever that is not
 * certainly the same as analysing all of them — the caller then does the general pass.
 */
function editInsideOneUnit(ctx: AnalysisContext, info: ModuleInfo, importVersions: string, keyOf: (a: Node) => UnitKey, runner: UnitRunner): boolean {
  const st = ctx.cache!.prev.get(FAST_KEY) as FastState | undefined;
  const changed = ctx.changedRanges;
  if (!st || !changed || st.importVersions !== importVersions) return false;
  const old = st.text;
  const now = ctx.text;
  // The one registration holding the whole edit, strictly after its method name / key.
  const hit = unitHoldingEdit(old, now, st.units);
  if (!hit) return false;
  const { unit: v, p, oldEnd, newEnd, delta } = hit;
  if (v.hook + 20 > p || v.inClass) return false;
  for (const u of st.units) if (u !== v && !ctx.cache!.prev.has(u.key)) return false;
  if (v.container && st.units.some((u) => u !== v && u.deps.includes(v.container!))) return false;
  const vEnd = v.end + delta;
  for (const r of changed) if (r.startIndex < v.start || r.endIndex > vEnd) return false;
  // Nothing else registers inside the edited registration now.
  const found = discoverUnits(ctx, info, v.start, vEnd);
  if (found.length !== 1 || found[0].hook !== v.hook || found[0].anchor.startIndex !== v.start || found[0].anchor.endIndex !== vEnd) return false;
  const unit = found[0];
  if (unit.anchor.hasError) return false;

  // Position mapping through the edit for everything outside it.
  // Rows counted from the registration's first row (the same in both texts: it starts before
  // the edit), not from the top of the file: a keystroke costs the size of one handler.
  const at = (text: string, from: number, fromRow: number, offset: number) => {
    let row = fromRow;
    for (let i = text.indexOf('\n', from); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) row++;
    return { row, col: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
  };
  const s0 = at(old, v.start, unit.anchor.startPosition.row, p);
  const oe = at(old, p, s0.row, oldEnd);
  const ne = at(now, p, s0.row, newEnd);
  const mapPos = (x: Position): Position => {
    if (x.line < s0.row || (x.line === s0.row && x.character <= s0.col)) return x;
    if (x.line === oe.row) return { line: ne.row, character: x.character - oe.col + ne.col };
    return { line: x.line + ne.row - oe.row, character: x.character };
  };
  const mapRange = (r: Range): Range => ({ start: mapPos(r.start), end: mapPos(r.end) });
  const oneLine = s0.row === oe.row && oe.row === ne.row;

  const k = keyOf(unit.anchor);
  const key = k.key + importVersions;
  const recs: UnitRec[] = [];
  let cacheable = true;
  for (const u of st.units) {
    if (u === v) {
      recs.push({ ...u, end: vEnd, key, deps: k.deps, container: k.container, inClass: k.inClass, stmtEnd: topStatementEnd(unit.anchor) });
      const hit = ctx.cache!.prev.get(key) as CachedUnit | undefined;
      if (hit) {
        const moved = shift(hit, unit.anchor, ctx.file);
        ctx.definitions.push(...moved.definitions);
        ctx.findings.push(...moved.findings);
        ctx.cache!.next.set(key, moved);
      } else if (!runner.run(unit, key)) cacheable = false;
      continue;
    }
    const c = ctx.cache!.prev.get(u.key) as CachedUnit;
    const after = u.start >= oldEnd;
    // Every position goes through the edit: a registration before it can still point into a
    // helper declared after it. An edit within one line moves nothing off that line: results
    // with no position on it are kept as they are (the same objects, which also lets the
    // language server reuse their diagnostics).
    const moved: CachedUnit = oneLine && !touchesLine(c, s0.row, ctx.file) ? c : {
          line: mapPos({ line: c.line, character: c.col }).line,
          col: mapPos({ line: c.line, character: c.col }).character,
          endLine: mapPos({ line: c.endLine, character: 0 }).line,
          definitions: c.definitions.map((d) => ({ ...d, range: mapRange(d.range), nameRange: mapRange(d.nameRange), params: d.params.map((x) => (x.range ? { ...x, range: mapRange(x.range) } : x)) })),
          findings: c.findings.map((f) => ({ ...f, range: f.file === ctx.file ? mapRange(f.range) : f.range, flow: f.flow.map((x) => (x.file === ctx.file ? { ...x, range: mapRange(x.range) } : x)) })),
        };
    ctx.definitions.push(...moved.definitions);
    ctx.findings.push(...moved.findings);
    ctx.cache!.next.set(u.key, moved);
    recs.push(after ? { ...u, start: u.start + delta, end: u.end + delta, hook: u.hook + delta, stmtEnd: u.stmtEnd < 0 ? -1 : u.stmtEnd + delta } : u);
  }
  // A registration whose result depends on text outside it is not kept: no keystroke path next time.
  if (cacheable) ctx.cache!.next.set(FAST_KEY, { text: now, importVersions, units: recs } satisfies FastState);
  return true;
}

/** Lines that positions of a cached result (in its own file) start or end on; kept per result object. */
const linesOf = new WeakMap<CachedUnit, Set<number>>();

/** Whether any position of a cached result (in `file`) is on line `row`. */
function touchesLine(c: CachedUnit, row: number, file: string): boolean {
  let lines = linesOf.get(c);
  if (!lines) {
    const set = new Set<number>([c.line, c.endLine]);
    const add = (r: Range) => {
      set.add(r.start.line);
      set.add(r.end.line);
    };
    for (const d of c.definitions) {
      add(d.range);
      add(d.nameRange);
      for (const x of d.params) if (x.range) add(x.range);
    }
    for (const f of c.findings) {
      if (f.file === file) add(f.range);
      for (const x of f.flow) if (x.file === file) add(x.range);
    }
    linesOf.set(c, (lines = set));
  }
  return lines.has(row);
}

function weakFinding(w: WeakSchema, ctx: AnalysisContext, site: Range): Finding {
  const rule = getRule('weak-input-schema')!;
  // A schema written in another module: reported at the registration, the schema as the flow.
  if (w.file && w.file !== ctx.file) {
    return { ruleId: rule.meta.id, severity: rule.meta.severity, message: w.message, file: ctx.file, range: site, flow: [{ file: w.file, range: nodeRange(w.node), message: 'declared here' }], definition: w.definition };
  }
  return { ruleId: rule.meta.id, severity: rule.meta.severity, message: w.message, file: ctx.file, range: nodeRange(w.node), flow: [], definition: w.definition };
}

// ---------------------------------------------------------------- per-handler cache

interface CachedUnit {
  line: number;
  col: number;
  endLine: number;
  definitions: McpDefinition[];
  findings: Finding[];
}

const IDENT = /[A-Za-z_$][\w$]*/g;
const IDENTS_KEY = '\u0000idents';

/** Identifier lists of texts, remembered across analyses of this file (texts rarely change). */
function identCache(ctx: AnalysisContext): (text: string) => string[] {
  const prev = ctx.cache!.prev.get(IDENTS_KEY) as Map<string, string[]> | undefined;
  // Carried over whole (the keystroke path looks at one text only), restarted when it grows
  // stale. The same map, not a copy: entries depend on their text only, so one added by an
  // analysis that is then thrown away is still right.
  const next = prev && prev.size < 4000 ? prev : new Map<string, string[]>();
  ctx.cache!.next.set(IDENTS_KEY, next);
  return (text) => {
    let ids = next.get(text) ?? prev?.get(text);
    if (!ids) ids = [...new Set(text.match(IDENT) ?? [])];
    next.set(text, ids);
    return ids;
  };
}


/**
 * What a registration's results depend on: its own text, the module's imports, the top-level
 * declarations it names (transitively, with their positions, since findings may point into
 * them) and the class around it. Closures of declarations are computed once per analysis.
 */
interface UnitKey {
  key: string;
  /** Names of the top-level declarations the result depends on. */
  deps: string[];
  /** The declaration the registration sits in, if any. */
  container?: string;
  inClass: boolean;
}

/** Declarations with syntax errors keyed so far (each key part is unique: never reused). */
let brokenDecls = 0;

function makeKeyer(info: ModuleInfo, idents: (text: string) => string[], text: string): (anchor: Node) => UnitKey {
  // Classes not at the top level (nested in functions, or after broken code) are found by
  // walking up from each registration; the common case only looks at top-level classes.
  const nestedClasses = text.includes('class') && (text.match(/\bclass\b/g)?.length ?? 0) > info.classes.size;
  const importsHash = textHash(info.importsText);
  const closures = new Map<string, string>();
  const namesOf = new Map<string, string[]>();
  // Offset and line: findings may point into the declaration, and an edit can move its lines without moving its offset.
  // A declaration with a syntax error never matches: tree-sitter's error recovery can read the
  // same broken text differently after an edit elsewhere in the file (found by the fuzzer).
  const declPart = (decl: Node, text: string) => `${decl.startIndex}:${decl.startPosition.row}:${textHash(text)}${decl.hasError ? `:broken#${++brokenDecls}` : ''}`;
  const closureOf = (name: string): string => {
    let c = closures.get(name);
    if (c !== undefined) return c;
    const parts: string[] = [];
    const seen = new Set<string>([name]);
    const queue = [name];
    while (queue.length && seen.size < 400) {
      const decl = info.decls.get(queue.pop()!);
      if (!decl) continue;
      const t = decl.text;
      parts.push(declPart(decl, t));
      for (const n of idents(t)) if (!seen.has(n) && info.decls.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
    c = parts.join(',');
    closures.set(name, c);
    namesOf.set(name, [...seen].filter((n) => info.decls.has(n)));
    return c;
  };
  const closureNames = (name: string): string[] => {
    let c = namesOf.get(name);
    if (!c) {
      closureOf(name);
      c = namesOf.get(name) ?? [name];
    }
    return c;
  };
  return (anchor) => {
    const own = anchor.text;
    const parts: string[] = [own, importsHash];
    const deps = new Set<string>();
    let container: string | undefined;
    let inClass = false;
    // A registration inside a class depends on the whole class (this.method handlers).
    if (nestedClasses) {
      let steps = 0;
      for (let p = anchor.parent; p && steps < 64; p = p.parent, steps++) {
        if (p.type === 'class_body') {
          parts.push(declPart(p, p.text));
          inClass = true;
        }
      }
    } else {
      for (const cls of info.classes.values()) {
        if (cls.startIndex <= anchor.startIndex && cls.endIndex >= anchor.endIndex) {
          parts.push(declPart(cls, cls.text));
          inClass = true;
        }
      }
    }
    for (const [name, decl] of info.decls) {
      if (decl.startIndex <= anchor.startIndex && decl.endIndex >= anchor.endIndex) container = name;
    }
    for (const name of idents(own)) {
      const decl = info.decls.get(name);
      if (!decl) continue;
      if (name === container) {
        // The registration sits inside this declaration: depend on the rest of it.
        const t = decl.text;
        const rest = t.slice(0, anchor.startIndex - decl.startIndex) + t.slice(anchor.endIndex - decl.startIndex);
        parts.push(declPart(decl, rest));
        deps.add(name);
        for (const n of idents(rest)) if (n !== name && info.decls.has(n)) {
          parts.push(closureOf(n));
          for (const d of closureNames(n)) deps.add(d);
        }
      } else {
        parts.push(closureOf(name));
        for (const d of closureNames(name)) deps.add(d);
      }
    }
    return { key: parts.join('\u0000'), deps: [...deps], container, inClass };
  };
}

/** Moves cached results of a registration that only moved (same text) to its new position. */
function shift(c: CachedUnit, anchor: Node, file: string): CachedUnit {
  const line = anchor.startPosition.row;
  const col = anchor.startPosition.column;
  const dLine = line - c.line;
  const dCol = col - c.col;
  if (dLine === 0 && dCol === 0) return c;
  const inUnit = (r: Range) => r.start.line >= c.line && r.start.line <= c.endLine;
  const mv = (r: Range): Range =>
    !inUnit(r)
      ? r
      : {
          start: { line: r.start.line + dLine, character: r.start.line === c.line ? r.start.character + dCol : r.start.character },
          end: { line: r.end.line + dLine, character: r.end.line === c.line ? r.end.character + dCol : r.end.character },
        };
  return {
    line,
    col,
    endLine: c.endLine + dLine,
    definitions: c.definitions.map((d) => ({ ...d, range: mv(d.range), nameRange: mv(d.nameRange), params: d.params.map((p) => (p.range ? { ...p, range: mv(p.range) } : p)) })),
    findings: c.findings.map((f) => ({
      ...f,
      range: f.file === file ? mv(f.range) : f.range,
      flow: f.flow.map((s) => (s.file === file ? { ...s, range: mv(s.range) } : s)),
    })),
  };
}

// ---------------------------------------------------------------- sources

function rawArgs(def: string, ctx: AnalysisContext, h: DiscoveredHandler, at: Node, label = 'arguments'): Val {
  const props = new Map<string, Val>();
  for (const input of h.inputs) {
    const v = input.constrained ? CLEAN : sourceVal(input.name, def, input.file ?? ctx.file, input.node);
    props.set(input.name, input.prefix && v !== CLEAN ? { ...v, prefix: input.prefix } : v);
  }
  const node = at.childForFieldName('parameters') ?? at;
  const raw: RawTaint = {
    param: label,
    definition: def,
    safe: 0,
    raw: true,
    steps: [{ file: ctx.file, range: nodeRange(node), message: `tool arguments (chosen by the model)` }],
  };
  return { t: raw, props };
}

function handlerArgs(h: DiscoveredHandler, ctx: AnalysisContext, at: Node): Val[] {
  const def = h.def.name;
  switch (h.argShape) {
    case 'args':
      return [rawArgs(def, ctx, h, at), CLEAN];
    case 'resource': {
      if (h.inputs.length === 0) return [CLEAN, CLEAN, CLEAN];
      const uri = sourceVal('uri', def, ctx.file, at, 0, 'resource URI (chosen by the client/model)');
      return [uri, rawArgs(def, ctx, h, at, 'variables'), CLEAN];
    }
    case 'low-level': {
      const args = rawArgs(def, ctx, h, at);
      const params: Val = { props: new Map([['arguments', args], ['name', CLEAN]]) };
      return [{ props: new Map([['params', params]]) }, CLEAN];
    }
  }
}
