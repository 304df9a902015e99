// Python half of the engine: discovers MCP tools/resources/prompts (FastMCP decorators,
// add_tool, low-level call_tool + Tool(...) schemas), reports weak input schemas, and runs the
// taint evaluator over each handler body.

import { textHash, unitHoldingEdit } from '../hash';
import type { Node } from 'web-tree-sitter';
import { checkBudget, nodeRange, type AnalysisContext, NotOneUnitEdit } from '../context';
import { ALL_KINDS } from '../rules/types';
import { sourceVal, type Val } from '../taint';
import type { DefinitionKind, Finding, Framework, McpDefinition, McpParam, ParamKind, Range } from '../types';
import { FULL, kwargs, modelFields, positional, stringLiteral, typeInfo, type ClassRef } from './annotations';
import { PyEval, paramName } from './eval';
import { attemptedPaths, canonicalOf, loadProjectModule, moduleInfoFor, type ModuleInfo } from './module';
import { regexKinds } from './regex';
import { Scope, type PyVal } from './values';

/** Cheap pre-check: files without any MCP registration are skipped before any tree walk. */
const QUICK = /\.(tool|resource|prompt|call_tool|add_tool|list_tools|get_prompt|read_resource)\b|\bTool\(/;
const MCPISH = /^(mcp|server|app|mcp_?server|mcp_?app|\w*_mcp|mcp_\w*|\w*_server|server_\w*)$/i;
const DECORATOR_METHODS = new Set(['tool', 'resource', 'prompt', 'call_tool', 'get_prompt', 'read_resource']);

/** UTF-16 offset → the smallest node of `type` enclosing it. */
function enclosing(root: Node, index: number, types: Set<string>, maxUp = 8): Node | undefined {
  let n: Node | null = root.descendantForIndex(index);
  for (let i = 0; n && i < maxUp; i++, n = n.parent) if (types.has(n.type)) return n;
  return undefined;
}

const DECORATOR_RE = /^[ \t]*@[ \t]*[\w.]+[ \t]*\.[ \t]*(tool|resource|prompt|call_tool|get_prompt|read_resource)\b/gm;
const REGISTER_RE = /\.[ \t]*(add_tool|add_resource_fn|add_prompt)[ \t]*\(|\.[ \t]*(tool|resource|prompt)[ \t]*\(/g;
const TOOL_RE = /\bTool[ \t]*\(/g;
const DD = new Set(['decorated_definition']);
const CALL = new Set(['call']);

interface Source {
  name: string;
  node: Node;
  val: PyVal;
  /** Pydantic model parameter: expanded (with its field validators) when the handler runs. */
  model?: ClassRef;
}

interface Handler {
  fn: Node;
  /** Module the handler is written in (another project file for `mcp.add_tool(tools.read)`). */
  mod: ModuleInfo;
  /** The registration in the analysed file, when the handler lives in another file. */
  site?: Node;
  name: string;
  sources: Source[];
  /** Parameters that are not sources (ctx, self, int...) bound clean. */
  others: string[];
  lowLevel?: { argsParam?: Node; nameParam?: string; /** call_tool (not get_prompt). */ tools: boolean };
  /** The instance a method registered as a tool is bound to (`mcp.add_tool(tool.run)`). */
  self?: PyVal;
}

/** One registration: analysed as a whole, or reused from the previous analysis of the file. */
interface Unit {
  /** The decorated definition (or the function registered with add_tool). */
  anchor: Node;
  /** Text the unit depends on beyond its anchor and what the anchor names (registration call, Tool schemas). */
  extra: string;
  build: () => Handler;
  /** Registered by a decorator of its own (`@mcp.tool()`), found again from the anchor alone. */
  decorated?: boolean;
}

export function analyzePy(ctx: AnalysisContext): void {
  if (!QUICK.test(ctx.text)) {
    if (ctx.moduleRoot) throw new NotOneUnitEdit();
    return;
  }
  if (ctx.cache && ctx.changedRanges && editInsideOneUnit(ctx)) return;
  // The tree holds the edited registration only (Engine.analyzeUnitEdit): nothing else can be
  // analysed from it.
  if (ctx.moduleRoot) throw new NotOneUnitEdit();
  const mod = moduleInfoFor(ctx.root, ctx.file, ctx.text);
  const ev = new PyEval(ctx, mod);
  const units: Unit[] = [];
  const seen = new Set<number>();

  // Low-level Tool(...) declarations first: their schemas constrain call_tool arguments.
  let toolsText = '';
  for (const m of ctx.text.matchAll(TOOL_RE)) {
    checkBudget(ctx);
    const call = enclosing(ctx.root, m.index + 1, CALL, 3);
    if (call && call.childForFieldName('function')?.endIndex === m.index + 4) {
      const ds = toolDeclarations(ctx, mod, ev, call);
      for (const d of ds) ctx.definitions.push(d);
      if (ds.length) toolsText += call.text + '\n';
    }
  }

  for (const m of ctx.text.matchAll(DECORATOR_RE)) {
    checkBudget(ctx);
    const at = m.index + m[0].indexOf('@');
    const dd = mod.decorated.get(at) ?? enclosing(ctx.root, at, DD, 3);
    const fn = dd?.childForFieldName('definition');
    if (!dd || fn?.type !== 'function_definition' || seen.has(fn.id)) continue;
    const u = decoratorUnit(ctx, mod, ev, dd, fn, toolsText);
    if (!u) continue;
    seen.add(fn.id);
    units.push(u);
  }

  for (const m of ctx.text.matchAll(REGISTER_RE)) {
    checkBudget(ctx);
    const inner = enclosing(ctx.root, m.index + m[0].length - 1, CALL, 3);
    if (!inner || inner.parent?.type === 'decorator') continue;
    const f = inner.childForFieldName('function');
    const recv = f?.type === 'attribute' ? f.childForFieldName('object') : null;
    const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text ?? '' : '';
    if (!recv || method !== (m[1] ?? m[2])) continue;
    // mcp.add_tool(fn) / mcp.tool()(fn) / mcp.tool(fn)
    let call = inner;
    let fnRef: Node | undefined = positional(inner)[0];
    if (m[2]) {
      const outer = inner.parent?.type === 'call' && inner.parent.childForFieldName('function')?.equals(inner) ? inner.parent : undefined;
      if (outer) {
        call = outer;
        fnRef = positional(outer)[0];
      }
    }
    if (!fnRef) continue;
    for (const { fn, mod: fnMod, self } of registeredFunctions(ev, mod, call, fnRef)) {
      const external = fnMod.file !== mod.file;
      // `def register(self, mcp): mcp.tool()(self.search)`: the receiver is a parameter around the call, not the method.
      if (seen.has(fn.id) || !(isServerReceiver(mod, recv, external ? call : fn, false) || (!external && isServerReceiver(mod, recv, call, false)))) continue;
      seen.add(fn.id);
      const kind: DefinitionKind = /tool/.test(method) ? 'tool' : /resource/.test(method) ? 'resource' : 'prompt';
      // mcp.add_tool(fn, name=...) carries its options on this call; mcp.tool(name=...)(fn) on the inner call.
      const optsCall = call.childForFieldName('function')?.type === 'call' ? call.childForFieldName('function')! : call;
      const anchor = external ? call : fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
      const extra = external ? `${fnMod.file}:${fn.startIndex}:${fn.text}` : `${call.startIndex}:${call.text}`;
      units.push({ anchor, extra, build: () => ({ ...fastmcpHandler(ctx, fnMod, ev, kind, fn, optsCall, call, optsCall === call ? 1 : 0, external ? call : undefined), self }) });
    }
  }

  const cache = ctx.cache ? new UnitCache(ctx, mod) : undefined;
  let lastEnd = -1;
  // What the keystroke path needs (editInsideOneUnit): kept while every unit is cacheable.
  const recs: FastUnit[] = [];
  let fast = !!cache && !toolsText;
  for (const u of units) {
    checkBudget(ctx);
    // Units with syntax errors or overlapping another one (error recovery) are always redone.
    const cacheable = !!cache && u.anchor.startIndex >= lastEnd && !u.anchor.hasError;
    lastEnd = Math.max(lastEnd, u.anchor.endIndex);
    const key = cacheable ? cache!.key(u) : undefined;
    if (key === undefined || cache!.lastNested) fast = false;
    else if (fast) recs.push(fastUnit(u, key, cache!.lastBase, cache!.lastDeps));
    if (key !== undefined && cache!.reuse(key, u.anchor)) continue;
    const d0 = ctx.definitions.length;
    const f0 = ctx.findings.length;
    runHandler(ctx, mod, ev, u.build());
    if (key !== undefined) cache!.store(key, u.anchor, ctx.definitions.slice(d0), ctx.findings.slice(f0));
  }
  cache?.finish();
  if (fast) ctx.cache!.next.set(FAST_KEY, { text: ctx.text, units: recs } satisfies FastState);
}

/** The unit a decorated definition makes (`@mcp.tool()`, `@server.call_tool()`), if any. */
function decoratorUnit(ctx: AnalysisContext, mod: ModuleInfo, ev: PyEval, dd: Node, fn: Node, toolsText: string): Unit | undefined {
  for (const deco of dd.namedChildren) {
    if (deco?.type !== 'decorator') continue;
    const expr = deco.namedChild(0);
    if (!expr) continue;
    const call = expr.type === 'call' ? expr : undefined;
    const callee = call ? call.childForFieldName('function') : expr;
    if (callee?.type !== 'attribute') continue;
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const recv = callee.childForFieldName('object');
    if (!DECORATOR_METHODS.has(method) || !recv) continue;
    if (method === 'call_tool' || method === 'get_prompt' || method === 'read_resource') {
      if (!isServerReceiver(mod, recv, fn, true)) continue;
      return { anchor: dd, extra: toolsText, build: () => lowLevelHandler(ctx, mod, ev, fn, method), decorated: true };
    }
    if (!isServerReceiver(mod, recv, fn, false)) continue;
    const kind: DefinitionKind = method === 'tool' ? 'tool' : method === 'resource' ? 'resource' : 'prompt';
    return { anchor: dd, extra: '', build: () => fastmcpHandler(ctx, mod, ev, kind, fn, call, dd), decorated: true };
  }
  return undefined;
}

// ---------------------------------------------------------------- keystroke fast path

const FAST_KEY = '\u0000py-fast';

/** A unit as the keystroke path sees it: offsets, position, cache key and dependencies. */
interface FastUnit {
  start: number;
  end: number;
  line: number;
  col: number;
  /** Where the function's body starts (decorated units only; -1 otherwise): edits after it keep the unit one. */
  bodyStart: number;
  /** Name of the registered function (decorated units only). */
  name: string;
  key: string;
  /** The key without the suffix that tells identical registrations apart. */
  base: string;
  /** Top-level declarations (registered functions included) the unit's key depends on. */
  deps: string[];
}

interface FastState {
  text: string;
  units: FastUnit[];
}

/**
 * The keystroke path's question for Python (see the JS one in js/analyze.ts): does the text
 * differ from the last analysed one only inside the body of one top-level decorated
 * registration? Then that definition's range in `now` (to parse alone); else undefined.
 */
export function oneUnitEditRangePy(prev: Map<string, unknown> | undefined, now: string): { startIndex: number; endIndex: number } | undefined {
  const st = prev?.get(FAST_KEY) as FastState | undefined;
  const hit = st && unitHoldingEdit(st.text, now, st.units);
  if (!hit) return undefined;
  const v = hit.unit;
  // Top level (column 0): parsed alone, it is what it was in the module.
  if (v.col !== 0 || v.bodyStart < 0 || hit.p < v.bodyStart || !v.name) return undefined;
  return { startIndex: v.start, endIndex: v.end + hit.delta };
}

function fastUnit(u: Unit, key: string, base: string, deps: string[]): FastUnit {
  const a = u.anchor;
  const def = u.decorated ? a.childForFieldName('definition') : null;
  const body = def?.childForFieldName('body');
  return { start: a.startIndex, end: a.endIndex, line: a.startPosition.row, col: a.startPosition.column, bodyStart: body ? body.startIndex : -1, name: def?.childForFieldName('name')?.text ?? '', key, base, deps };
}

/**
 * The common keystroke: one edit inside the body of one decorated registration that no other
 * registration depends on, nothing else touched. Only that registration is redone (and keyed
 * again); every other one keeps its results, moved through the edit without looking at the tree.
 * Returns false (changing nothing) whenever that is not certainly what the whole analysis would
 * do — the caller then does it.
 */
function editInsideOneUnit(ctx: AnalysisContext): boolean {
  const prev = ctx.cache!.prev;
  const st = prev.get(FAST_KEY) as FastState | undefined;
  if (!st) return false;
  const old = st.text;
  const now = ctx.text;
  const hit = unitHoldingEdit(old, now, st.units);
  if (!hit) return false;
  const { unit: v, p, oldEnd, newEnd, delta } = hit;
  if (v.bodyStart < 0 || p < v.bodyStart || !v.name) return false;
  const vEnd = v.end + delta;
  for (const r of ctx.changedRanges!) if (r.startIndex < v.start || r.endIndex > vEnd) return false;
  for (const u of st.units) if (u !== v && (!prev.has(u.key) || u.base === v.base || u.deps.includes(v.name))) return false;
  // The body held and holds no registration of its own (a nested decorator, add_tool, Tool(...)).
  const oldBody = old.slice(v.bodyStart, v.end);
  const newBody = now.slice(v.bodyStart, vEnd);
  for (const re of [DECORATOR_RE, REGISTER_RE, TOOL_RE]) {
    re.lastIndex = 0;
    const found = re.test(oldBody) || ((re.lastIndex = 0), re.test(newBody));
    re.lastIndex = 0;
    if (found) return false;
  }

  // The registration, found again where it was: still one top-level decorated function.
  let dd: Node | null = ctx.root.descendantForIndex(v.start);
  while (dd && !(dd.type === 'decorated_definition' && dd.startIndex === v.start)) dd = dd.parent;
  if (!dd || dd.endIndex !== vEnd || dd.hasError || dd.parent?.type !== 'module') return false;
  const fn = dd.childForFieldName('definition');
  if (fn?.type !== 'function_definition' || fn.childForFieldName('body')?.startIndex !== v.bodyStart || fn.childForFieldName('name')?.text !== v.name) return false;
  const mod = moduleInfoFor(ctx.moduleRoot ?? ctx.root, ctx.file, ctx.text);
  if (ctx.moduleRoot) {
    // The module's tree is the document's edited one, not re-parsed: its nodes of this
    // registration are the old ones. The freshly parsed statement stands in for them.
    if (mod.decorated.get(v.start)) mod.decorated.set(v.start, dd);
    if (mod.functions.get(v.name)?.startIndex === fn.startIndex) mod.functions.set(v.name, fn);
  }
  const ev = new PyEval(ctx, mod);
  const unit = decoratorUnit(ctx, mod, ev, dd, fn, '');
  if (!unit) return false;
  const cache = new UnitCache(ctx, mod, true);
  // A helper file read by earlier analyses changed: everything is redone.
  if (!cache.depsValid) return false;
  const key = cache.key(unit);
  const deps = cache.lastDeps;
  if (cache.lastNested || st.units.some((u) => u !== v && u.base === cache.lastBase)) return false;

  // Lines after the edit move by the number of lines it added or removed.
  let editLine = 0;
  for (let i = old.indexOf('\n'); i !== -1 && i < oldEnd; i = old.indexOf('\n', i + 1)) editLine++;
  let dLines = 0;
  for (let i = old.indexOf('\n', p); i !== -1 && i < oldEnd; i = old.indexOf('\n', i + 1)) dLines--;
  for (let i = now.indexOf('\n', p); i !== -1 && i < newEnd; i = now.indexOf('\n', i + 1)) dLines++;
  const moveDep = (d: DepSpan): DepSpan => (d.line > editLine ? { ...d, line: d.line + dLines, endLine: d.endLine + dLines } : d);

  const recs: FastUnit[] = [];
  for (const u of st.units) {
    checkBudget(ctx);
    if (u === v) {
      recs.push(fastUnit(unit, key, cache.lastBase, deps));
      if (cache.reuse(key, dd)) continue;
      const d0 = ctx.definitions.length;
      const f0 = ctx.findings.length;
      runHandler(ctx, mod, ev, unit.build());
      cache.store(key, dd, ctx.definitions.slice(d0), ctx.findings.slice(f0));
      continue;
    }
    const moved = u.start >= oldEnd ? { ...u, start: u.start + delta, end: u.end + delta, line: u.line + dLines, bodyStart: u.bodyStart < 0 ? -1 : u.bodyStart + delta } : u;
    recs.push(moved);
    cache.reuseAt(u.key, moved.line, moved.col, moveDep);
  }
  cache.finish();
  ctx.cache!.next.set(FAST_KEY, { text: now, units: recs } satisfies FastState);
  return true;
}

function fileVersion(ctx: AnalysisContext, p: string): string {
  const v = ctx.host?.version?.(p);
  if (v !== undefined) return String(v);
  const t = ctx.host?.readFile(p);
  return t === undefined ? '-' : textHash(t);
}

// ---------------------------------------------------------------- per-unit cache (language server)

interface CachedUnit {
  line: number;
  col: number;
  endLine: number;
  /** Top-level declarations the unit depends on, with the lines they spanned (findings may point into them). */
  deps: DepSpan[];
  definitions: McpDefinition[];
  findings: Finding[];
}

interface DepSpan {
  name: string;
  line: number;
  endLine: number;
}

const DEPS_KEY = '\u0000py-deps';
/** Closures cut short so far (each gets a key part no later analysis repeats). */
let incompleteClosures = 0;
/** Declarations with syntax errors keyed so far (each gets a key part no later analysis repeats). */
let brokenDecls = 0;
/** Text of a unit → its distinct identifiers, kept from one analysis of the file to the next. */
const IDENTS_KEY = '\u0000py-idents';
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;


/** A definition with its decorators (the decorated_definition around it), or itself. */
function withDecorators(d: Node): Node {
  const p = d.parent;
  return p?.type === 'decorated_definition' ? p : d;
}

/**
 * Results per registration, reused while the registration's text, the module's imports, the
 * top-level declarations it names (transitively, with their positions) and the project files
 * the previous analyses loaded are all unchanged. A registration that only moved is shifted.
 */
class UnitCache {
  private readonly prev: Map<string, unknown>;
  private readonly next: Map<string, unknown>;
  private readonly importsHash: string;
  private readonly closures = new Map<string, { key: string; names: string[] }>();
  /** Dependencies of the unit whose key was computed last. */
  lastDeps: string[] = [];
  private readonly occurrences = new Map<string, number>();
  private readonly prevDeps: Map<string, string>;
  private readonly prevIdents: Map<string, string[]>;
  private readonly nextIdents: Map<string, string[]>;
  /** False when a helper file read by an earlier analysis changed (nothing is reused then). */
  readonly depsValid: boolean;

  /** `fast`: the keystroke path, which looks at one unit's text only (identifier lists of the others are kept). */
  constructor(
    private readonly ctx: AnalysisContext,
    private readonly mod: ModuleInfo,
    fast = false,
  ) {
    this.prev = ctx.cache!.prev;
    this.next = ctx.cache!.next;
    this.prevIdents = (this.prev.get(IDENTS_KEY) as Map<string, string[]> | undefined) ?? new Map();
    this.nextIdents = fast && this.prevIdents.size < 4000 ? new Map(this.prevIdents) : new Map();
    this.importsHash = textHash(mod.importsText);
    // Helper files loaded by earlier analyses: any change (or a file appearing) drops every entry.
    const deps = (this.prev.get(DEPS_KEY) as Map<string, string> | undefined) ?? new Map<string, string>();
    let valid = true;
    for (const [p, v] of deps) if (fileVersion(ctx, p) !== v) valid = false;
    this.depsValid = valid;
    this.prevDeps = valid ? deps : new Map();
    if (!valid) this.prev = new Map();
  }

  private declOf(name: string): Node | undefined {
    return this.mod.functions.get(name) ?? this.mod.classes.get(name) ?? this.mod.assigns.get(name);
  }

  /**
   * The declarations `name` reaches (transitively) and their texts. Positions are not part of
   * the key: a declaration that only moved is followed by shifting what points into it.
   */
  private closureOf(name: string): { key: string; names: string[] } {
    let c = this.closures.get(name);
    if (c !== undefined) return c;
    const parts: string[] = [];
    const names: string[] = [];
    const seen = new Set<string>([name]);
    const queue = [name];
    while (queue.length && seen.size < 400) {
      const n0 = queue.pop()!;
      const decl = this.declOf(n0);
      if (!decl) continue;
      // Registered functions too: a tool that calls another tool's function is analysed into it.
      // With its decorators: reused findings are shifted by the whole span's move (span()), so
      // the whole span's text must be unchanged, not only the definition's.
      const whole = withDecorators(decl);
      const t = whole.text;
      parts.push(`${n0}=${textHash(t)}`);
      // With a syntax error, never a match: tree-sitter's error recovery can read the same broken
      // text differently after an edit elsewhere in the file (found by the fuzzer).
      if (whole.hasError) parts.push(`broken#${++brokenDecls}`);
      names.push(n0);
      for (const n of new Set(t.match(IDENT) ?? [])) if (!seen.has(n) && this.declOf(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
    // Cut short (a very large module): the key cannot tell what changed, so it never matches.
    if (queue.length) parts.push(`incomplete#${++incompleteClosures}`);
    c = { key: parts.join(','), names };
    this.closures.set(name, c);
    return c;
  }

  private readonly spans = new Map<string, DepSpan | undefined>();

  private span(name: string): DepSpan | undefined {
    if (this.spans.has(name)) return this.spans.get(name);
    const d = this.declOf(name);
    // A function's findings can sit on its decorators too: take the decorated definition's span.
    const whole = d ? withDecorators(d) : undefined;
    const sp = whole ? { name, line: whole.startPosition.row, endLine: whole.endPosition.row } : undefined;
    this.spans.set(name, sp);
    return sp;
  }

  /** The unit keyed last sits in a function or class (its key depends on text around it). */
  lastNested = false;
  /** The key of the unit keyed last, without the suffix for identical registrations. */
  lastBase = '';

  key(u: Unit): string {
    const own = u.anchor.text;
    const parts: string[] = [own, this.importsHash, textHash(u.extra)];
    this.lastNested = false;
    // A registration nested in a function (`def register(mcp): @mcp.tool() ...`) depends on the rest of it.
    for (let p = u.anchor.parent, up = 0; p && up < 64; p = p.parent, up++) {
      if (p.type === 'function_definition' || p.type === 'class_definition') {
        this.lastNested = true;
        const t = p.text;
        const rest = t.slice(0, u.anchor.startIndex - p.startIndex) + t.slice(u.anchor.endIndex - p.startIndex);
        parts.push(`${p.startIndex}:${textHash(rest)}${p.hasError ? `:broken#${++brokenDecls}` : ''}`);
        for (const n of new Set(rest.match(IDENT) ?? [])) if (this.declOf(n)) parts.push(this.closureOf(n).key);
      }
    }
    const deps = new Set<string>();
    const self = u.anchor.type === 'decorated_definition' ? u.anchor.childForFieldName('definition') : u.anchor;
    for (const n of this.identsOf(own)) {
      const decl = this.declOf(n);
      if (!decl) continue;
      // The unit's own function: its text is `own`, and what it names is in this loop.
      if (decl.id === self?.id) {
        parts.push(`${n}=self`);
        continue;
      }
      const c = this.closureOf(n);
      parts.push(c.key);
      for (const d of c.names) deps.add(d);
    }
    this.lastDeps = [...deps];
    let key = parts.join('\u0000');
    this.lastBase = key;
    const k = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, k + 1);
    if (k > 0) key += `\u0000#${k}`;
    return key;
  }

  /** The distinct identifiers of a unit's text, in order of first occurrence (unchanged units: from the last analysis). */
  private identsOf(t: string): string[] {
    let ids = this.nextIdents.get(t) ?? this.prevIdents.get(t);
    if (!ids) ids = [...new Set(t.match(IDENT) ?? [])];
    this.nextIdents.set(t, ids);
    return ids;
  }

  reuse(key: string, anchor: Node): boolean {
    const hit = this.prev.get(key) as CachedUnit | undefined;
    if (!hit) return false;
    const moved = shift(hit, anchor, this.ctx.file, hit.deps.map((d) => ({ old: d, now: this.span(d.name) })));
    this.ctx.definitions.push(...moved.definitions);
    this.ctx.findings.push(...moved.findings);
    this.next.set(key, moved);
    return true;
  }

  /** reuse() for a unit the keystroke path did not look at: its new position and its dependencies' are given. */
  reuseAt(key: string, line: number, col: number, moveDep: (d: DepSpan) => DepSpan): void {
    const hit = this.prev.get(key) as CachedUnit;
    const moved = shiftTo(hit, line, col, this.ctx.file, hit.deps.map((d) => ({ old: d, now: moveDep(d) })));
    this.ctx.definitions.push(...moved.definitions);
    this.ctx.findings.push(...moved.findings);
    this.next.set(key, moved);
  }

  store(key: string, anchor: Node, definitions: McpDefinition[], findings: Finding[]): void {
    const deps = this.lastDeps.map((n) => this.span(n)).filter((d): d is DepSpan => !!d);
    this.next.set(key, { line: anchor.startPosition.row, col: anchor.startPosition.column, endLine: anchor.endPosition.row, deps, definitions, findings } satisfies CachedUnit);
  }

  finish(): void {
    const deps = new Map(this.prevDeps);
    for (const p of attemptedPaths(this.ctx)) if (!deps.has(p)) deps.set(p, fileVersion(this.ctx, p));
    this.next.set(DEPS_KEY, deps);
    this.next.set(IDENTS_KEY, this.nextIdents);
  }
}

/**
 * Moves cached results of a registration whose text (and whose dependencies' texts) did not
 * change to where it and its dependencies are now.
 */
function shift(c: CachedUnit, anchor: Node, file: string, deps: { old: DepSpan; now: DepSpan | undefined }[]): CachedUnit {
  return shiftTo(c, anchor.startPosition.row, anchor.startPosition.column, file, deps);
}

function shiftTo(c: CachedUnit, line: number, col: number, file: string, deps: { old: DepSpan; now: DepSpan | undefined }[]): CachedUnit {
  const dLine = line - c.line;
  const dCol = col - c.col;
  const moves = deps.filter((d) => d.now && d.now.line !== d.old.line);
  if (dLine === 0 && dCol === 0 && moves.length === 0) return c;
  const inUnit = (r: Range) => r.start.line >= c.line && r.start.line <= c.endLine;
  const mv = (r: Range): Range => {
    if (inUnit(r)) {
      return {
        start: { line: r.start.line + dLine, character: r.start.line === c.line ? r.start.character + dCol : r.start.character },
        end: { line: r.end.line + dLine, character: r.end.line === c.line ? r.end.character + dCol : r.end.character },
      };
    }
    const d = moves.find((x) => r.start.line >= x.old.line && r.start.line <= x.old.endLine);
    if (!d) return r;
    const delta = d.now!.line - d.old.line;
    return { start: { line: r.start.line + delta, character: r.start.character }, end: { line: r.end.line + delta, character: r.end.character } };
  };
  return {
    line,
    col,
    endLine: c.endLine + dLine,
    deps: deps.map((d) => d.now ?? d.old),
    definitions: c.definitions.map((d) => ({ ...d, range: mv(d.range), nameRange: mv(d.nameRange), params: d.params.map((p) => (p.range ? { ...p, range: mv(p.range) } : p)) })),
    findings: c.findings.map((f) => ({
      ...f,
      range: f.file === file ? mv(f.range) : f.range,
      flow: f.flow.map((s) => (s.file === file ? { ...s, range: mv(s.range) } : s)),
    })),
  };
}

/** The function `mcp.add_tool(ref)` registers: a module function, one defined in an enclosing function, or `self.method`. */
/** The functions `mcp.add_tool(ref)` registers (several for `for fn in (a, b): mcp.add_tool(fn)`). */
function registeredFunctions(ev: PyEval, mod: ModuleInfo, call: Node, ref: Node, depth = 0): { fn: Node; mod: ModuleInfo; self?: PyVal }[] {
  if (ref.type === 'call') {
    // mcp.add_tool(handle_errors(run)): a wrapper hands the arguments on to the function it wraps
    // (not functools.partial, which binds some of them).
    const f = ref.childForFieldName('function');
    const inner = positional(ref)[0];
    if (depth > 2 || !f || /(^|\.)partial$/.test(f.text) || !inner) return [];
    return registeredFunctions(ev, mod, call, inner, depth + 1);
  }
  const one = registeredFunction(mod, call, ref);
  if (one) {
    // `mcp.tool()(self.search)` in a method: bound to an instance of that class.
    let cls: Node | null = ref.type === 'attribute' ? one.parent : null;
    for (let up = 0; cls && cls.type !== 'class_definition' && up < 4; up++) cls = cls.parent;
    return [{ fn: one, mod, ...(cls?.type === 'class_definition' ? { self: { tag: 'instance', klass: cls, mod } as PyVal } : {}) }];
  }
  if (ref.type === 'identifier') {
    const reg = registryInLoop(ev, mod, call, ref) ?? listsOfLoopModules(ev, mod, call, ref);
    if (reg) return reg;
    // A loop over functions: `for tool in (read, write): mcp.add_tool(tool)`.
    for (const p of enclosingLoops(call)) {
      if (p.childForFieldName('left')?.text !== ref.text) continue;
      let right = p.childForFieldName('right');
      // ... or over a module-level list of them: `TOOLS = [read, write]` / `for tool in TOOLS:`.
      if (right?.type === 'identifier') right = mod.assigns.get(right.text) ?? null;
      // ... or over what factories return: `for fn in [*make_lab_tools(d), *make_other()]` / `for fn in make_tools(d):`.
      if (right?.type === 'call') return factoryFunctions(ev, mod, right);
      const items = right && /^(list|tuple|set)$/.test(right.type) ? right.namedChildren : [];
      return items.flatMap((it) => {
        const inner = it?.type === 'list_splat' ? it.namedChild(0) : it;
        if (inner?.type === 'call') return factoryFunctions(ev, mod, inner);
        return it ? registeredFunctions(ev, mod, call, it) : [];
      });
    }
  }
  // Modules loaded by name in a loop: `for n in ["search", "cover"]: m = importlib.import_module(f"tools.{n}"); mcp.add_tool(m.run)`.
  // Instances in a loop: `TOOLS = [StatsTool(ROOT), ConvertTool(ROOT)]; for t in TOOLS: mcp.add_tool(t.run)`.
  if (ref.type === 'attribute') {
    const found = importedInLoop(ev, mod, call, ref) ?? instancesInLoop(ev, mod, call, ref);
    if (found) return found;
  }
  // Imported from another project module: `from .tools import read` / `tools.read`.
  const v = ref.type === 'identifier' || ref.type === 'attribute' ? ev.evalStatic(ref, mod) : undefined;
  if (v?.fn && v.mod && v.fn.type === 'function_definition') return [{ fn: v.fn, mod: v.mod }];
  return [];
}

/**
 * `m.run` where `m = importlib.import_module(f"tools.{name}")` in a loop over a literal list of
 * names (or a module-level one): the function of that name in each project module.
 */
function importedInLoop(ev: PyEval, mod: ModuleInfo, call: Node, ref: Node): { fn: Node; mod: ModuleInfo }[] | undefined {
  const obj = ref.childForFieldName('object');
  const attr = ref.childForFieldName('attribute')?.text;
  if (obj?.type !== 'identifier' || !attr) return undefined;
  const mods = loopModules(ev, mod, call, obj.text);
  if (!mods) return undefined;
  const out: { fn: Node; mod: ModuleInfo }[] = [];
  for (const m2 of mods) {
    const fn = m2.functions.get(attr);
    if (fn) out.push({ fn, mod: m2 });
  }
  return out;
}

/**
 * The project modules a name stands for when it is assigned `importlib.import_module(<spec>)` in
 * a loop (around `call`) over a literal list of names (here or imported).
 */
function loopModules(ev: PyEval, mod: ModuleInfo, call: Node, modVar: string): ModuleInfo[] | undefined {
  for (const p of enclosingLoops(call)) {
    // The assignment of the module in the loop body.
    let spec: Node | undefined;
    for (const st of p.childForFieldName('body')?.namedChildren ?? []) {
      const a = st?.type === 'expression_statement' ? st.namedChild(0) : null;
      if (a?.type !== 'assignment' || a.childForFieldName('left')?.text !== modVar) continue;
      const r = a.childForFieldName('right');
      const f = r?.type === 'call' ? r.childForFieldName('function')?.text : undefined;
      if (f && /(^|\.)import_module$/.test(f)) spec = positional(r!)[0];
    }
    if (!spec) continue;
    const loopVar = p.childForFieldName('left');
    let right = p.childForFieldName('right');
    if (loopVar?.type !== 'identifier') return undefined;
    if (right?.type === 'identifier') right = moduleAssign(ev.ctx, mod, right.text)?.rhs ?? null;
    const names = right && /^(list|tuple|set)$/.test(right.type) ? right.namedChildren.map((c) => (c ? stringLiteral(c) : undefined)) : [];
    if (names.length === 0 || names.some((n) => n === undefined)) return undefined;
    const out: ModuleInfo[] = [];
    for (const n of names) {
      const name = moduleNameFor(spec, loopVar.text, n!);
      const m2 = name ? loadProjectModule(ev.ctx, mod.file, name, 0) : undefined;
      if (m2) out.push(m2);
    }
    return out;
  }
  return undefined;
}

/**
 * `for fn in getattr(module, "TOOLS", []): mcp.add_tool(fn)` / `for fn in module.TOOLS:` with
 * `module` loaded by name in an outer loop: the functions each module's list names.
 */
function listsOfLoopModules(ev: PyEval, mod: ModuleInfo, call: Node, ref: Node): { fn: Node; mod: ModuleInfo }[] | undefined {
  for (const p of enclosingLoops(call)) {
    if (p.childForFieldName('left')?.text !== ref.text) continue;
    const right = p.childForFieldName('right');
    let modVar: string | undefined;
    let listName: string | undefined;
    if (right?.type === 'attribute' && right.childForFieldName('object')?.type === 'identifier') {
      modVar = right.childForFieldName('object')!.text;
      listName = right.childForFieldName('attribute')?.text;
    } else if (right?.type === 'call' && right.childForFieldName('function')?.text === 'getattr') {
      const [o, n] = positional(right);
      if (o?.type === 'identifier' && n) {
        modVar = o.text;
        listName = stringLiteral(n);
      }
    }
    if (!modVar || !listName) return undefined;
    const mods = loopModules(ev, mod, p, modVar);
    if (!mods) return undefined;
    const out: { fn: Node; mod: ModuleInfo }[] = [];
    for (const m2 of mods) {
      const list = m2.assigns.get(listName);
      for (const it of list && /^(list|tuple|set)$/.test(list.type) ? list.namedChildren : []) {
        const fn = it?.type === 'identifier' ? m2.functions.get(it.text) : undefined;
        if (fn) out.push({ fn, mod: m2 });
      }
    }
    return out.length ? out : undefined;
  }
  return undefined;
}

/** `t.run` with `t` looping over a list of `Cls(...)` instances: each class's method (inherited too), bound to an instance. */
function instancesInLoop(ev: PyEval, mod: ModuleInfo, call: Node, ref: Node): { fn: Node; mod: ModuleInfo; self: PyVal }[] | undefined {
  const obj = ref.childForFieldName('object');
  const attr = ref.childForFieldName('attribute')?.text;
  if (obj?.type !== 'identifier' || !attr) return undefined;
  for (const p of enclosingLoops(call)) {
    if (p.childForFieldName('left')?.text !== obj.text) continue;
    let right = p.childForFieldName('right');
    let listMod = mod;
    if (right?.type === 'identifier') {
      // A module-level list here, or imported (`from .tools.ration import TOOLS`).
      const found = moduleAssign(ev.ctx, mod, right.text);
      right = found?.rhs ?? null;
      listMod = found?.mod ?? mod;
    }
    const items = right && /^(list|tuple|set)$/.test(right.type) ? right.namedChildren : [];
    const out: { fn: Node; mod: ModuleInfo; self: PyVal }[] = [];
    for (const it of items) {
      const callee = it?.type === 'call' ? it.childForFieldName('function') : null;
      if (!callee || (callee.type !== 'identifier' && callee.type !== 'attribute')) continue;
      const r = ev.resolveClass(callee.text, listMod);
      const m = r ? ev.findMethod(r.cls, r.mod, attr) : undefined;
      if (r && m) out.push({ fn: m.fn, mod: m.mod, self: { tag: 'instance', klass: r.cls, mod: r.mod } });
    }
    return out.length ? out : undefined;
  }
  return undefined;
}

/**
 * `for name, fn in REGISTRY.items(): mcp.tool(fn, name=name)` where REGISTRY is filled by a
 * decorator of the project (`def register(name=None): def deco(fn): REGISTRY[name or fn.__name__] = fn`):
 * the functions so decorated in the project modules this module imports.
 */
function registryInLoop(ev: PyEval, mod: ModuleInfo, call: Node, ref: Node): { fn: Node; mod: ModuleInfo }[] | undefined {
  for (const p of enclosingLoops(call)) {
    const left = p.childForFieldName('left');
    const names = left?.type === 'identifier' ? [left] : (left?.namedChildren ?? []).filter((c): c is Node => !!c);
    const last = names[names.length - 1];
    if (last?.text !== ref.text) return undefined;
    // REGISTRY.items() / REGISTRY.values() / sorted(REGISTRY.items())
    let right = p.childForFieldName('right');
    if (right?.type === 'call' && right.childForFieldName('function')?.type === 'identifier') right = positional(right)[0] ?? null;
    const f = right?.type === 'call' ? right.childForFieldName('function') : null;
    const method = f?.type === 'attribute' ? f.childForFieldName('attribute')?.text : undefined;
    const regName = f?.type === 'attribute' ? f.childForFieldName('object') : null;
    if (regName?.type !== 'identifier' || !(method === 'values' || (method === 'items' && names.length === 2))) return undefined;
    const def = moduleAssign(ev.ctx, mod, regName.text);
    if (!def) return undefined;
    // The decorators that store into the registry, in the module that defines it.
    const regVar = def.rhs.parent?.childForFieldName('left')?.text ?? regName.text;
    const decorators = new Set<string>();
    for (const [name, fn] of def.mod.functions) if (fn.text.length < 4000 && storesInto(fn.text, regVar)) decorators.add(name);
    if (decorators.size === 0) return undefined;
    const out: { fn: Node; mod: ModuleInfo }[] = [];
    const seen = new Set<string>();
    for (const m of [mod, ...importedProjectModules(ev, mod)]) {
      if (seen.has(m.file)) continue;
      seen.add(m.file);
      for (const fn of m.functions.values()) {
        const dd = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
        const hit = dd?.namedChildren.some((d) => {
          if (d?.type !== 'decorator') return false;
          const e = d.namedChild(0);
          const head = e?.type === 'call' ? e.childForFieldName('function') : e;
          const last = head?.type === 'attribute' ? head.childForFieldName('attribute')?.text : head?.text;
          return !!last && decorators.has(last);
        });
        if (hit) out.push({ fn, mod: m });
      }
    }
    return out.length ? out : undefined;
  }
  return undefined;
}

/**
 * `make_lab_tools(d)`: the functions a project factory returns in a list (`def make(): def a(): …;
 * return [a, b]`), nested in it or of its module.
 */
function factoryFunctions(ev: PyEval, mod: ModuleInfo, callNode: Node): { fn: Node; mod: ModuleInfo }[] {
  let callee = callNode.childForFieldName('function');
  // `[*make(x)]` parses as a call of `*make` (tree-sitter-python): the splat is around the callee.
  if (callee?.type === 'list_splat') callee = callee.namedChild(0);
  const v = callee && (callee.type === 'identifier' || callee.type === 'attribute') ? ev.evalStatic(callee, mod) : undefined;
  const factory = v?.fn && v.mod && v.fn.type === 'function_definition' ? v.fn : undefined;
  const body = factory?.childForFieldName('body');
  if (!factory || !body || !v?.mod) return [];
  const fmod = v.mod;
  let list: Node | null | undefined;
  for (const st of body.namedChildren) if (st?.type === 'return_statement') list = st.namedChild(0);
  if (!list || !/^(list|tuple)$/.test(list.type)) return [];
  const out: { fn: Node; mod: ModuleInfo }[] = [];
  for (const it of list.namedChildren) {
    if (it?.type !== 'identifier') continue;
    let fn: Node | undefined;
    for (const st of body.namedChildren) {
      const def = st?.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
      if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === it.text) fn = def;
    }
    fn ??= fmod.functions.get(it.text);
    if (fn) out.push({ fn, mod: fmod });
  }
  return out;
}

/** Does `text` assign into `name[...]` (`REGISTRY[key] = fn`, not `==`)? */
function storesInto(text: string, name: string): boolean {
  for (let i = text.indexOf(name + '['), k = 0; i >= 0 && k < 50; i = text.indexOf(name + '[', i + 1), k++) {
    if (i > 0 && /[\w.]/.test(text[i - 1])) continue;
    const close = text.indexOf(']', i + name.length);
    const nl = text.indexOf('\n', i);
    if (close < 0 || (nl >= 0 && nl < close)) continue;
    let j = close + 1;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (text[j] === '=' && text[j + 1] !== '=') return true;
  }
  return false;
}

/** The project modules a module imports (`from . import a, b`, `from .tools import x`, `import pkg.mod`). */
function importedProjectModules(ev: PyEval, mod: ModuleInfo): ModuleInfo[] {
  const out: ModuleInfo[] = [];
  const add = (m: ModuleInfo | undefined) => {
    if (m && !out.some((x) => x.file === m.file) && out.length < 32) out.push(m);
  };
  for (const ref of mod.imports.values()) {
    if (ref.kind === 'module') add(loadProjectModule(ev.ctx, mod.file, ref.module, ref.level));
    else if (ref.kind === 'from') {
      add(loadProjectModule(ev.ctx, mod.file, ref.module ? `${ref.module}.${ref.member}` : ref.member, ref.level));
      add(loadProjectModule(ev.ctx, mod.file, ref.module, ref.level));
    }
  }
  return out;
}

/** The `for` statements around a node, innermost first, up to its function or module. */
function* enclosingLoops(from: Node): Generator<Node> {
  for (let p = from.parent, up = 0; p && p.type !== 'function_definition' && p.type !== 'module' && up < 64; p = p.parent, up++) {
    if (p.type === 'for_statement') yield p;
  }
}

/** The module name `f"tools.{name}"` / `"tools." + name` / `name` stands for when `name` is `value`. */
function moduleNameFor(spec: Node, loopVar: string, value: string): string | undefined {
  if (spec.type === 'identifier') return spec.text === loopVar ? value : undefined;
  if (spec.type === 'binary_operator' && spec.childForFieldName('operator')?.text === '+') {
    const l = spec.childForFieldName('left');
    const r = spec.childForFieldName('right');
    const ls = l ? (l.type === 'identifier' && l.text === loopVar ? value : stringLiteral(l)) : undefined;
    const rs = r ? (r.type === 'identifier' && r.text === loopVar ? value : stringLiteral(r)) : undefined;
    return ls !== undefined && rs !== undefined ? ls + rs : undefined;
  }
  if (spec.type === 'string') {
    let out = '';
    for (const c of spec.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_content') out += c.text;
      else if (c.type === 'interpolation') {
        if (c.namedChild(0)?.text !== loopVar) return undefined;
        out += value;
      } else if (c.type !== 'string_start' && c.type !== 'string_end') return undefined;
    }
    return /^[\w.]+$/.test(out) ? out : undefined;
  }
  return undefined;
}

function registeredFunction(mod: ModuleInfo, call: Node, ref: Node): Node | undefined {
  const defIn = (block: Node | null, name: string): Node | undefined => {
    for (const st of block?.namedChildren ?? []) {
      const def = st?.type === 'decorated_definition' ? st.childForFieldName('definition') : st;
      if (def?.type === 'function_definition' && def.childForFieldName('name')?.text === name) return def;
    }
    return undefined;
  };
  if (ref.type === 'identifier') {
    for (let p = call.parent, up = 0; p && up < 64; p = p.parent, up++) {
      if (p.type === 'function_definition') {
        const local = defIn(p.childForFieldName('body'), ref.text);
        if (local) return local;
      }
    }
    return mod.functions.get(ref.text);
  }
  if (ref.type === 'attribute' && ref.childForFieldName('object')?.text === 'self') {
    const name = ref.childForFieldName('attribute')?.text ?? '';
    for (let p = call.parent, up = 0; p && up < 64; p = p.parent, up++) if (p.type === 'class_definition') return defIn(p.childForFieldName('body'), name);
  }
  return undefined;
}

/** Is `recv` (the `mcp` in `@mcp.tool`) an MCP server object? */
function isServerReceiver(mod: ModuleInfo, recv: Node, fn: Node, lowLevel: boolean): boolean {
  const text = recv.text;
  const last = recv.type === 'attribute' ? recv.childForFieldName('attribute')?.text ?? '' : text;
  if (mod.mcpVars.has(text) || mod.lowLevelVars.has(text)) return true;
  if (lowLevel && (mod.importsMcp || MCPISH.test(last))) return true;
  if (!MCPISH.test(last)) return false;
  if (mod.importsMcp) return true;
  // Imported from the module that creates it: `from .server import mcp`.
  if (recv.type === 'identifier' && mod.imports.get(text)?.kind === 'from') return true;
  // A parameter of an enclosing registration function: `def register(mcp): @mcp.tool() ...`.
  for (let p = fn.parent, up = 0; p && up < 64; p = p.parent, up++) {
    if (p.type === 'function_definition') {
      const params = p.childForFieldName('parameters');
      if (params && params.namedChildren.some((c) => c && paramName(c) === text)) return true;
    }
  }
  return false;
}

function docstring(fn: Node): string | undefined {
  const body = fn.childForFieldName('body');
  const first = body?.namedChildren.find((c) => c && c.type !== 'comment');
  if (first?.type !== 'expression_statement') return undefined;
  const s = first.namedChild(0);
  const v = stringLiteral(s);
  return v?.trim() || undefined;
}

function annotationsOf(n: Node | undefined): Record<string, string> | undefined {
  if (!n) return undefined;
  const out: Record<string, string> = {};
  const norm = (t: string) => (t === 'True' ? 'true' : t === 'False' ? 'false' : stringLiteral(undefined) ?? t);
  if (n.type === 'dictionary') {
    for (const p of n.namedChildren) {
      if (p?.type !== 'pair') continue;
      const k = stringLiteral(p.childForFieldName('key'));
      const v = p.childForFieldName('value');
      if (k && v) out[k] = v.type === 'string' ? stringLiteral(v) ?? v.text : norm(v.text);
    }
  } else if (n.type === 'call') {
    for (const [k, v] of kwargs(n)) out[k] = v.type === 'string' ? stringLiteral(v) ?? v.text : norm(v.text);
  } else return undefined;
  return Object.keys(out).length ? out : undefined;
}

function fastmcpHandler(ctx: AnalysisContext, mod: ModuleInfo, ev: PyEval, kind: DefinitionKind, fn: Node, call: Node | undefined, rangeNode: Node, skipPositional = 0, site?: Node): Handler {
  // A handler written in another file is reported at its registration here.
  const here = (n: Node) => nodeRange(site ?? n);
  const fnName = fn.childForFieldName('name');
  const kw = call ? kwargs(call) : new Map<string, Node>();
  const pos = call ? positional(call).slice(skipPositional) : [];
  let name = stringLiteral(kw.get('name'));
  let uri: string | undefined;
  if (kind === 'resource') uri = stringLiteral(kw.get('uri') ?? pos[0]);
  else if (!name && pos[0]?.type === 'string') name = stringLiteral(pos[0]);
  name ??= fnName?.text ?? '<anonymous>';
  const description = stringLiteral(kw.get('description')) ?? docstring(fn);
  const params: McpParam[] = [];
  const sources: Source[] = [];
  const others: string[] = [];
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    const pname = paramName(p);
    if (!pname) continue;
    if (p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern') {
      others.push(pname);
      continue;
    }
    if (pname === 'self' || pname === 'cls') {
      others.push(pname);
      continue;
    }
    const type = p.childForFieldName('type');
    const dflt = p.childForFieldName('value');
    const ti = typeInfo(type, mod, ev.resolveClass, dflt);
    if (ti.tag === 'context' || (!type && /^(ctx|context)$/.test(pname))) {
      others.push(pname);
      continue;
    }
    params.push({ name: pname, kind: ti.kind as ParamKind, constrained: ti.constrained, unbounded: ti.unbounded, range: here(p) });
    // A tool of another file: every weak parameter is reported at the one registration, so the
    // second and later ones join the first finding as further locations.
    const sameSite = kind === 'tool' && ti.weak && site ? ctx.findings.findIndex((f) => f.ruleId === 'weak-input-schema' && f.definition === name && f.file === ctx.file && f.flow.length > 0 && f.range.start.line === here(p).start.line && f.range.start.character === here(p).start.character) : -1;
    if (sameSite >= 0) {
      const f = ctx.findings[sameSite];
      ctx.findings[sameSite] = { ...f, flow: [...f.flow, { file: mod.file, range: nodeRange(p), message: `parameter \`${pname}\` of \`${name}\` also accepts anything (${ti.weak === 'untyped' ? 'no type annotation' : `typed ${ti.weak}`})` }] };
    } else if (kind === 'tool' && ti.weak) {
      ctx.findings.push({
        ruleId: 'weak-input-schema',
        severity: 'warning',
        message: ti.weak === 'untyped'
          ? `Parameter \`${pname}\` of tool \`${name}\` has no type annotation, so the tool accepts any JSON value the model sends for it. Annotate it (a str with a pattern or max_length, a Literal, an Enum, int...) so the schema rejects unexpected input.`
          : `Parameter \`${pname}\` of tool \`${name}\` is typed ${ti.weak}, so the tool accepts arbitrary JSON from the model for it. Declare a Pydantic model or TypedDict with typed fields so unexpected keys and values are rejected before the handler runs.`,
        file: ctx.file,
        range: here(p),
        // A tool written in another file is reported at its registration; the flow points at the parameter.
        flow: site ? [{ file: mod.file, range: nodeRange(p), message: `parameter \`${pname}\` of \`${name}\` declared here` }] : [],
        definition: name,
      });
    }
    if ((ti.safe & ALL_KINDS) === ALL_KINDS) {
      others.push(pname);
      continue;
    }
    let val: PyVal = sourceVal(pname, name, mod.file, p, ti.safe);
    if (ti.tag === 'path') val = { ...val, tag: 'path' };
    sources.push({ name: pname, node: p, val, model: ti.model });
  }
  const def: McpDefinition = {
    kind,
    name: kind === 'resource' && uri && !kw.get('name') ? uri : name,
    description,
    framework: 'python-fastmcp' as Framework,
    params,
    range: nodeRange(rangeNode),
    nameRange: here(fnName ?? fn),
    annotations: annotationsOf(kw.get('annotations')),
  };
  ctx.definitions.push(def);
  return { fn, mod, site, name, sources, others };
}

function lowLevelHandler(ctx: AnalysisContext, mod: ModuleInfo, ev: PyEval, fn: Node, method: string): Handler {
  const name = fn.childForFieldName('name')?.text ?? method;
  const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p && !!paramName(p) && paramName(p) !== 'self');
  const sources: Source[] = [];
  const others: string[] = [];
  void mod;
  void ev;
  if (method === 'read_resource') {
    for (const p of params) sources.push({ name: paramName(p)!, node: p, val: sourceVal(paramName(p)!, name, ctx.file, p) });
    return { fn, mod, name, sources, others };
  }
  const nameParam = params[0] ? paramName(params[0]) : undefined;
  const argsParam = params[1];
  if (nameParam) others.push(nameParam);
  if (argsParam) {
    const an = paramName(argsParam)!;
    const base = sourceVal(an, name, ctx.file, argsParam) as Val;
    sources.push({ name: an, node: argsParam, val: { ...base, args: { param: an, handler: name } } });
  }
  for (const p of params.slice(2)) others.push(paramName(p)!);
  return { fn, mod, name, sources, others, lowLevel: { argsParam, nameParam, tools: method === 'call_tool' } };
}

function runHandler(ctx: AnalysisContext, _mod: ModuleInfo, ev: PyEval, h: Handler): void {
  const mod = h.mod;
  const sc = new Scope(ev.closureScope(h.fn, mod));
  for (const o of h.others) sc.set(o, {});
  // A method's first parameter: the instance it was registered from.
  const first = h.self ? paramName(h.fn.childForFieldName('parameters')?.namedChildren.find((p) => !!p && !!paramName(p)) ?? h.fn) : undefined;
  if (h.self && first && h.others.includes(first)) sc.set(first, h.self);
  const fr = ev.newFrame(mod, h.name, true, 0, sc, [...h.others, ...h.sources.map((s) => s.name)]);
  fr.reportAt = h.site;
  ev.handlerSite = h.site;
  for (const s of h.sources) sc.set(s.name, s.model ? ev.modelFromTaint(s.model.cls, s.model.mod, s.val, 1, s.node, fr) : s.val);
  fr.nameParam = h.lowLevel?.nameParam;
  ev.tool = undefined;
  ev.rawArgsUse = undefined;
  ev.runBody(h.fn, sc, fr);
  if (h.lowLevel?.argsParam && h.lowLevel.tools && ev.rawArgsUse) {
    const p = h.lowLevel.argsParam;
    ctx.findings.push({
      ruleId: 'weak-input-schema',
      severity: 'warning',
      message: `The low-level tool handler \`${h.name}\` reads the raw \`${paramName(p)}\` dict without validating it, so whatever JSON the model sends reaches the tool code. Parse it into a Pydantic model first (\`Model(**${paramName(p)})\` / \`Model.model_validate(${paramName(p)})\`) or validate it against the tool's inputSchema.`,
      file: ctx.file,
      range: nodeRange(p),
      flow: [],
      definition: h.name,
    });
  }
}

// ---------------------------------------------------------------- low-level Tool(...) schemas

type Json = string | number | boolean | null | Json[] | { [k: string]: Json } | { __model: ClassRef };

function toJson(n: Node | null | undefined, mod: ModuleInfo, ev: PyEval, depth = 0): Json | undefined {
  if (!n || depth > 12) return undefined;
  switch (n.type) {
    case 'string':
    case 'concatenated_string':
      return stringLiteral(n) ?? (n.type === 'concatenated_string' ? n.namedChildren.map((c) => stringLiteral(c) ?? '').join('') : undefined);
    case 'integer':
    case 'float':
      return Number(n.text);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'parenthesized_expression':
      return toJson(n.namedChild(0), mod, ev, depth + 1);
    case 'list':
    case 'tuple': {
      const out: Json[] = [];
      for (const c of n.namedChildren) {
        const v = toJson(c, mod, ev, depth + 1);
        if (v !== undefined) out.push(v);
      }
      return out;
    }
    case 'dictionary': {
      const out: { [k: string]: Json } = {};
      for (const p of n.namedChildren) {
        if (p?.type === 'pair') {
          const k = stringLiteral(p.childForFieldName('key'));
          const v = toJson(p.childForFieldName('value'), mod, ev, depth + 1);
          if (k !== undefined && v !== undefined) out[k] = v;
        } else if (p?.type === 'dictionary_splat') {
          const v = toJson(p.namedChild(0), mod, ev, depth + 1);
          if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, v);
        }
      }
      return out;
    }
    case 'identifier': {
      const rhs = mod.assigns.get(n.text);
      return rhs ? toJson(rhs, mod, ev, depth + 1) : undefined;
    }
    case 'call': {
      // Model.model_json_schema() / Model.schema()
      const f = n.childForFieldName('function');
      if (f?.type === 'attribute' && /^(model_json_schema|schema|json_schema)$/.test(f.childForFieldName('attribute')?.text ?? '')) {
        const obj = f.childForFieldName('object');
        if (obj?.type === 'identifier') {
          const r = ev.resolveClass(obj.text, mod);
          if (r) return { __model: r };
        }
      }
      if (f && /^dict$/.test(f.text)) {
        const out: { [k: string]: Json } = {};
        for (const [k, v] of kwargs(n)) {
          const j = toJson(v, mod, ev, depth + 1);
          if (j !== undefined) out[k] = j;
        }
        return out;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function isObj(j: Json | undefined): j is { [k: string]: Json } {
  return !!j && typeof j === 'object' && !Array.isArray(j) && !('__model' in j);
}

function schemaParam(name: string, p: Json | undefined): { param: McpParam; safe: number } {
  let kind: ParamKind = 'unknown';
  let safe = 0;
  let constrained = false;
  let unbounded = false;
  if (isObj(p)) {
    const t = Array.isArray(p.type) ? p.type.filter((x) => x !== 'null')[0] : p.type;
    if (Array.isArray(p.enum) || p.const !== undefined) {
      kind = 'enum';
      safe = FULL;
    } else if (t === 'integer' || t === 'number') {
      kind = 'number';
      safe = FULL;
    } else if (t === 'boolean') {
      kind = 'boolean';
      safe = FULL;
    } else if (t === 'string') {
      kind = 'string';
      if (typeof p.pattern === 'string') safe = regexKinds(p.pattern, 'search');
      if (p.format === 'uuid' || p.format === 'date' || p.format === 'date-time') safe = FULL;
      unbounded = safe === 0 && p.maxLength === undefined;
    } else if (t === 'array') {
      kind = 'array';
      const items = p.items;
      if (isObj(items)) safe = schemaParam(name, items).safe;
    } else if (t === 'object') kind = 'object';
    else kind = 'any';
    constrained = (safe & ALL_KINDS) === ALL_KINDS;
  }
  return { param: { name, kind, constrained, unbounded }, safe };
}

/** A module-level assignment `NAME = <rhs>` of this module, or of the project module it is imported from. */
function moduleAssign(ctx: AnalysisContext, mod: ModuleInfo, name: string): { rhs: Node; mod: ModuleInfo } | undefined {
  const rhs = mod.assigns.get(name);
  if (rhs) return { rhs, mod };
  const imp = mod.imports.get(name);
  if (imp?.kind !== 'from') return undefined;
  const m2 = loadProjectModule(ctx, mod.file, imp.module, imp.level);
  const r2 = m2?.assigns.get(imp.member);
  return m2 && r2 ? { rhs: r2, mod: m2 } : undefined;
}

/** Bind the names of a target pattern (`n, (d, s)`) to the expressions of a literal it unpacks. */
function bindPattern(pat: Node, vals: Node[], out: Map<string, Node>): void {
  const parts = pat.namedChildren.filter((c): c is Node => !!c);
  if (parts.length !== vals.length) return;
  parts.forEach((p, i) => {
    let v = vals[i];
    while (v.type === 'parenthesized_expression' && v.namedChild(0)) v = v.namedChild(0)!;
    if (p.type === 'identifier') out.set(p.text, v);
    else if ((p.type === 'tuple_pattern' || p.type === 'list_pattern' || p.type === 'pattern_list') && (v.type === 'tuple' || v.type === 'list')) {
      bindPattern(p, v.namedChildren.filter((c): c is Node => !!c), out);
    }
  });
}

/**
 * Tool(...) declarations: a literal one, or one per entry of a table the call is made in a loop over:
 * `[Tool(name=n, description=d, inputSchema=s) for n, (d, s) in TOOLS.items()]` with `TOOLS` a
 * module-level dict (of this module or imported from another).
 */
function toolDeclarations(ctx: AnalysisContext, mod: ModuleInfo, ev: PyEval, call: Node): McpDefinition[] {
  const one = toolDeclaration(ctx, mod, ev, call);
  if (one) return [one];
  const kw = kwargs(call);
  const nameNode = kw.get('name');
  const schemaNode = kw.get('inputSchema') ?? kw.get('input_schema');
  if (nameNode?.type !== 'identifier' || schemaNode?.type !== 'identifier') return [];
  for (let p = call.parent, up = 0; p && p.type !== 'function_definition' && p.type !== 'module' && up < 16; p = p.parent, up++) {
    const clauses = p.type === 'for_statement' ? [p] : /comprehension$|^generator_expression$/.test(p.type) ? p.namedChildren.filter((c): c is Node => c?.type === 'for_in_clause') : [];
    for (const cl of clauses) {
      const left = cl.childForFieldName('left');
      const right = cl.childForFieldName('right');
      const fn = right?.type === 'call' ? right.childForFieldName('function') : null;
      const obj = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'items' ? fn.childForFieldName('object') : null;
      if (!left || !/^(pattern_list|tuple_pattern)$/.test(left.type) || obj?.type !== 'identifier') continue;
      const table = moduleAssign(ctx, mod, obj.text);
      if (table?.rhs.type !== 'dictionary') continue;
      const out: McpDefinition[] = [];
      for (const pair of table.rhs.namedChildren) {
        const k = pair?.type === 'pair' ? pair.childForFieldName('key') : null;
        const v = pair?.childForFieldName('value');
        if (!k || !v) continue;
        const bound = new Map<string, Node>();
        bindPattern(left, [k, v], bound);
        const name = stringLiteral(bound.get(nameNode.text));
        const schema = bound.get(schemaNode.text);
        if (!name || !schema) continue;
        const d = toolDeclaration(ctx, mod, ev, call, { name, schema, schemaMod: table.mod, description: bound.get(kw.get('description')?.text ?? '') });
        if (d) out.push(d);
      }
      return out;
    }
  }
  return [];
}

function toolDeclaration(ctx: AnalysisContext, mod: ModuleInfo, ev: PyEval, call: Node, entry?: { name: string; schema: Node; schemaMod: ModuleInfo; description?: Node }): McpDefinition | undefined {
  const kw = kwargs(call);
  const nameNode = kw.get('name');
  const name = entry ? entry.name : stringLiteral(nameNode);
  const schemaNode = entry ? entry.schema : kw.get('inputSchema') ?? kw.get('input_schema');
  const schemaMod = entry?.schemaMod ?? mod;
  if (!name || !schemaNode) return undefined;
  // Only `mcp.types.Tool` (or a Tool imported from the mcp package).
  const f = call.childForFieldName('function');
  const canon = f ? canonicalOf(mod, f) ?? f.text : '';
  if (!/^mcp\b|^types\.Tool$|^Tool$/.test(canon) && !mod.importsMcp) return undefined;
  const schema = toJson(schemaNode, schemaMod, ev);
  const params: McpParam[] = [];
  const safeMap = new Map<string, number>();
  if (schema && typeof schema === 'object' && !Array.isArray(schema) && '__model' in schema) {
    const { cls, mod: m2 } = schema.__model as ClassRef;
    for (const fld of modelFieldsOf(cls, m2, ev)) {
      const ti = typeInfo(fld.type, m2, ev.resolveClass, fld.value);
      params.push({ name: fld.name, kind: ti.kind, constrained: ti.constrained, unbounded: ti.unbounded, range: nodeRange(fld.node) });
      safeMap.set(fld.name, ti.safe);
    }
  } else if (isObj(schema)) {
    const props = schema.properties;
    if (isObj(props)) {
      for (const [k, p] of Object.entries(props)) {
        const { param, safe } = schemaParam(k, p);
        params.push(param);
        safeMap.set(k, safe);
      }
    }
    const weak = schema.type === 'object' && props === undefined && schema.additionalProperties !== false && !schema.anyOf && !schema.oneOf && !schema.allOf && !schema.$ref;
    if (weak && (schemaNode.type === 'dictionary' || schemaNode.type === 'identifier')) {
      // A table entry of another file: reported at this file's Tool(...) call, with a step at the entry.
      const here = schemaMod.file === ctx.file;
      ctx.findings.push({
        ruleId: 'weak-input-schema',
        severity: 'warning',
        message: `Tool \`${name}\` declares an inputSchema of \`{"type": "object"}\` with no properties, so any arguments the model sends are accepted. List each property with its type (and enum/pattern/maxLength where they apply) and set \`additionalProperties\` to false.`,
        file: ctx.file,
        range: nodeRange(here ? schemaNode : kw.get('inputSchema') ?? kw.get('input_schema') ?? call),
        flow: here ? [] : [{ file: schemaMod.file, range: nodeRange(schemaNode), message: `inputSchema of \`${name}\` in the tool table` }],
        definition: name,
      });
    }
  }
  ev.toolSchemas.set(name, safeMap);
  return {
    kind: 'tool',
    name,
    description: stringLiteral(entry ? entry.description : kw.get('description')),
    framework: 'python-low-level',
    params,
    range: nodeRange(call),
    nameRange: nodeRange(nameNode!),
    annotations: annotationsOf(kw.get('annotations')),
  };
}

function modelFieldsOf(cls: Node, mod: ModuleInfo, ev: PyEval) {
  return modelFields(cls, mod, ev.resolveClass);
}
