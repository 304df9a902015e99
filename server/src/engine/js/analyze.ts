import type { Node } from 'web-tree-sitter';
import { nodeRange, type AnalysisContext } from '../context';
import { getRule } from '../rules';
import { CLEAN, sourceVal, type Val } from '../taint';
import type { Finding, McpDefinition, Range } from '../types';
import { discoverUnits, type DiscoveredHandler, type WeakSchema } from './discover';
import { JsEvaluator, type RawTaint } from './eval';
import { buildModuleInfo, type ModuleInfo } from './module';

export function analyzeJs(ctx: AnalysisContext): void {
  const info = buildModuleInfo({ file: ctx.file, lang: ctx.lang, text: ctx.text, tree: ctx.root.tree }, ctx);
  const units = discoverUnits(ctx, info);
  if (units.length === 0) return;
  const idents = ctx.cache ? identCache(ctx) : undefined;
  const keyOf = idents ? makeKeyer(info, idents) : undefined;
  // Versions of the project modules this file imports (part of every cache key).
  let importVersions = '';
  if (ctx.cache) for (const rel of info.relImports.values()) if (rel.file) importVersions += `${rel.file}@${ctx.host?.version?.(rel.file) ?? ctx.host?.readFile(rel.file)?.length}\u0000`;
  const occurrences = new Map<string, number>();
  let ev: JsEvaluator | undefined;
  let lastEnd = -1;
  for (const unit of units) {
    const anchor = unit.anchor;
    let key: string | undefined;
    // Registrations that hold syntax errors or overlap another one (error recovery) are always redone.
    const cacheable = anchor.startIndex >= lastEnd && !anchor.hasError;
    lastEnd = Math.max(lastEnd, anchor.endIndex);
    if (ctx.cache && keyOf && cacheable) {
      key = keyOf(anchor) + importVersions;
      // Identical registrations (copy-pasted) each get their own entry.
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      if (n > 0) key += `\u0000#${n}`;
      const hit = ctx.cache.prev.get(key) as CachedUnit | undefined;
      if (hit) {
        const moved = shift(hit, anchor, ctx.file);
        ctx.definitions.push(...moved.definitions);
        ctx.findings.push(...moved.findings);
        ctx.cache.next.set(key, moved);
        continue;
      }
    }
    const defsBefore = ctx.definitions.length;
    const before = ctx.findings.length;
    const { handlers, weak } = unit.discover();
    for (const h of handlers) ctx.definitions.push(h.def);
    for (const w of weak) ctx.findings.push(weakFinding(w, ctx));
    for (const h of handlers) {
      if (h.fn) {
        ev ??= new JsEvaluator(ctx, info);
        ev.runHandler(h.fn, handlerArgs(h, ctx, h.fn), h.def.name, h.classBody);
      } else if (h.importName && h.registration) {
        ev ??= new JsEvaluator(ctx, info);
        const imp = ev.resolveImport(h.importName);
        if (imp) ev.runHandler(imp.fn, handlerArgs(h, ctx, h.registration), h.def.name, undefined, imp.info, h.registration);
      }
    }
    if (key !== undefined) {
      ctx.cache!.next.set(key, {
        line: anchor.startPosition.row,
        col: anchor.startPosition.column,
        endLine: anchor.endPosition.row,
        definitions: ctx.definitions.slice(defsBefore),
        findings: ctx.findings.slice(before),
      } satisfies CachedUnit);
    }
  }
}

function weakFinding(w: WeakSchema, ctx: AnalysisContext): Finding {
  const rule = getRule('weak-input-schema')!;
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
  const next = new Map<string, string[]>();
  ctx.cache!.next.set(IDENTS_KEY, next);
  return (text) => {
    let ids = next.get(text) ?? prev?.get(text);
    if (!ids) ids = [...new Set(text.match(IDENT) ?? [])];
    next.set(text, ids);
    return ids;
  };
}

/** 64-bit FNV-1a style hash of a text (two 32-bit lanes), for cache keys. */
export function textHash(t: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ t.length;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * What a registration's results depend on: its own text, the module's imports, the top-level
 * declarations it names (transitively, with their positions, since findings may point into
 * them) and the class around it. Closures of declarations are computed once per analysis.
 */
function makeKeyer(info: ModuleInfo, idents: (text: string) => string[]): (anchor: Node) => string {
  const importsHash = textHash(info.importsText);
  const closures = new Map<string, string>();
  const declPart = (decl: Node, text: string) => `${decl.startIndex}:${textHash(text)}`;
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
    return c;
  };
  return (anchor) => {
    const own = anchor.text;
    const parts: string[] = [own, importsHash];
    // A registration inside a class depends on the whole class (this.method handlers).
    for (const cls of info.classes.values()) {
      if (cls.startIndex <= anchor.startIndex && cls.endIndex >= anchor.endIndex) parts.push(declPart(cls, cls.text));
    }
    for (const name of idents(own)) {
      const decl = info.decls.get(name);
      if (!decl) continue;
      if (decl.startIndex <= anchor.startIndex && decl.endIndex >= anchor.endIndex) {
        // The registration sits inside this declaration: depend on the rest of it.
        const t = decl.text;
        const rest = t.slice(0, anchor.startIndex - decl.startIndex) + t.slice(anchor.endIndex - decl.startIndex);
        parts.push(declPart(decl, rest));
        for (const n of idents(rest)) if (n !== name && info.decls.has(n)) parts.push(closureOf(n));
      } else parts.push(closureOf(name));
    }
    return parts.join('\u0000');
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
    props.set(input.name, input.constrained ? CLEAN : sourceVal(input.name, def, ctx.file, input.node));
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
