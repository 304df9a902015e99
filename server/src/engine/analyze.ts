import type { Tree } from 'web-tree-sitter';
import { BudgetExceeded, NotOneUnitEdit, type AnalysisContext, type ParsedModule } from './context';
import { runChecks } from './checks';
import { analyzeConfig } from './config/analyze';
import { analyzeJs, oneUnitEditRange } from './js/analyze';
import { attachFixes } from './fixes';
import { commonEnds } from './hash';
import { langFromPath, nestingStats, nestingVerdict, ParserCrashed, Parsers, retext, type NestingStats } from './parser';
import { analyzePy, oneUnitEditRangePy } from './py/analyze';
import { beginNodeCache, endNodeCache } from './nodecache';
import { getRule } from './rules';
import { applySuppressions } from './suppress';
import type { AnalyzeOptions, FileAnalysis, FileHost, Finding, Lang, McpDefinition, Severity } from './types';

/** Helper modules kept parsed for cross-file analysis (least recently loaded dropped first). */
const MAX_CACHED_MODULES = 100;

/** Trees of analysed files up to this size are kept in the module cache for files that import them. */
const MAX_SHARED_TREE_CHARS = 200_000;

/** Files larger than this are not analysed (minified bundles, generated code). */
export const MAX_FILE_BYTES = 2_000_000;
/** Lines longer than this on average mean minified code: skipped with a note. */
const MINIFIED_AVG_LINE = 1000;

export type RuleSetting = Severity | 'off';

export interface EngineOptions extends AnalyzeOptions {
  /** Per-rule severity override or 'off'. */
  rules?: Record<string, RuleSetting>;
  /**
   * Keep per-handler results for this file and reuse them on the next analysis when the handler
   * and what it depends on are unchanged (the language server, on every edit).
   */
  incremental?: boolean;
  /**
   * With `incremental`: the ranges tree-sitter reports as changed since the previous analysis
   * of this file (`newTree.getChangedRanges(oldTree)`), when exactly one re-parse happened since.
   */
  changedRanges?: { startIndex: number; endIndex: number }[];
  /** Compute quick fixes (default true); the language server computes them later (Engine.withFixes). */
  fixes?: boolean;
  /** Run the check rules (default true); the language server runs them later (Engine.checkFindings). */
  checks?: boolean;
}

/** Time for computing the quick fixes of one file's findings. */
const FIX_BUDGET_MS = 1000;

interface CachedModule {
  version: string | number | undefined;
  mod: ParsedModule | undefined;
}

export class Engine {
  private readonly moduleCache = new Map<string, CachedModule>();
  private readonly handlerCaches = new Map<string, Map<string, unknown>>();
  /** Analyses under way (analyzeTree, checkFindings): cached module trees dropped meanwhile wait for them. */
  private running = 0;
  /**
   * Trees of cached modules replaced or evicted during an analysis: it may still hold their
   * nodes (a helper loaded early, used again after 100 more loads), so they are deleted after it.
   */
  private dropped: Tree[] = [];

  private constructor(readonly parsers: Parsers) {}

  static async create(wasmDir: string): Promise<Engine> {
    return new Engine(await Parsers.load(wasmDir));
  }

  /** Parses and analyses one file. */
  analyzeText(file: string, text: string, opts: EngineOptions & { lang?: Lang } = {}): FileAnalysis {
    const lang = opts.lang ?? langFromPath(file);
    if (!lang) throw new Error(`not a TypeScript, JavaScript or Python file: ${file}`);
    const skip = skipReason(text);
    if (skip) return emptyAnalysis(file, lang, skip);
    if (lang === 'json') {
      // MCP client configuration: jsonc-parser, no tree-sitter tree (config/analyze.ts).
      const config = analyzeConfig(file, text, opts.rules);
      return { ...config, findings: finalize(applySuppressions(text, lang, config.findings), opts.rules) };
    }
    const t0 = performance.now();
    // A file another file imported earlier is parsed already (the CLI meets most helpers twice):
    // its tree is taken out of the module cache for the analysis, so nothing evicts it meanwhile.
    const version = opts.host?.version?.(file);
    const cached = this.moduleCache.get(file);
    let tree: Tree | null | undefined;
    if (cached?.mod && cached.mod.lang === lang && cached.mod.text === text && (version === undefined || cached.version === version)) {
      this.moduleCache.delete(file);
      tree = cached.mod.tree;
    } else {
      try {
        tree = this.parsers.parse(lang, text, null, opts.budgetMs ?? 1500);
      } catch (e) {
        if (e instanceof ParserCrashed) return emptyAnalysis(file, lang, `not analysed: ${e.message}`);
        throw e;
      }
    }
    const parseMs = performance.now() - t0;
    if (!tree) return emptyAnalysis(file, lang, 'parsing took longer than the time budget', parseMs);
    try {
      return this.analyzeTree(file, lang, text, tree, opts, parseMs);
    } finally {
      // With a host (cross-file analysis), the tree stays for files that import this one.
      if (!this.parsers.broken) {
        if (opts.host && text.length <= MAX_SHARED_TREE_CHARS && !this.moduleCache.has(file)) this.cacheModule(file, { version, mod: { file, lang, text, tree } });
        else tree.delete();
      }
    }
  }

  /** Analyses an already parsed tree (the language server keeps trees per document). */
  analyzeTree(file: string, lang: Lang, text: string, tree: Tree, opts: EngineOptions = {}, parseMs = 0): FileAnalysis {
    const skip = skipReason(text);
    if (skip) return emptyAnalysis(file, lang, skip, parseMs);
    return this.run(file, lang, text, tree, tree.rootNode, undefined, opts, parseMs)!;
  }

  /**
   * The keystroke path, asked before re-parsing: when the text differs from the last incremental
   * analysis of `file` only inside one registration that is a whole top-level statement (a
   * `server.tool(…)` call in TS/JS, a decorated function in Python),
   * the range of that statement in `text`. The caller parses just that range
   * (`Parsers.parse(…, includedRanges)`) and calls analyzeUnitEdit; re-parsing a 5,000-line file
   * costs tree-sitter time in proportion to its top-level statements, the statement alone a
   * fraction of a millisecond.
   */
  unitEditRange(file: string, lang: Lang, text: string): { startIndex: number; endIndex: number } | undefined {
    if (lang === 'json' || skipReason(text)) return undefined;
    return lang === 'python' ? oneUnitEditRangePy(this.handlerCaches.get(file), text) : oneUnitEditRange(this.handlerCaches.get(file), text);
  }

  /**
   * Incremental analysis from `unitTree` (the statement unitEditRange named, parsed alone) and
   * `moduleTree` (the document's last full tree, `edit()`ed to `text` but not re-parsed: valid
   * outside that statement). The same result as analyzeTree on a full parse, or undefined when
   * this edit cannot be analysed that way (the statement does not parse cleanly, holds more
   * than that registration, …): then re-parse the whole text and call analyzeTree.
   */
  analyzeUnitEdit(file: string, lang: Lang, text: string, unitTree: Tree, moduleTree: Tree, opts: EngineOptions = {}, parseMs = 0): FileAnalysis | undefined {
    if (lang === 'json' || skipReason(text)) return undefined;
    const root = unitTree.rootNode;
    if (root.hasError || root.namedChildCount !== 1 || root.namedChild(0)?.type !== (lang === 'python' ? 'decorated_definition' : 'expression_statement')) return undefined;
    retext(moduleTree, text);
    return this.run(file, lang, text, moduleTree, root, moduleTree.rootNode, { ...opts, incremental: true, changedRanges: [], checks: false, fixes: false }, parseMs);
  }

  /** analyzeTree and analyzeUnitEdit; undefined only when the latter's edit does not fit. */
  private run(file: string, lang: Lang, text: string, tree: Tree, root: Tree['rootNode'], moduleRoot: Tree['rootNode'] | undefined, opts: EngineOptions, parseMs: number): FileAnalysis | undefined {
    const t0 = performance.now();
    const ctx: AnalysisContext = {
      file,
      lang,
      text,
      root,
      moduleRoot,
      host: opts.host,
      deadline: t0 + (opts.budgetMs ?? 1500),
      loadModule: (p) => this.loadModule(p, opts.host),
      definitions: [],
      findings: [],
      cache: opts.incremental ? { prev: this.handlerCaches.get(file) ?? new Map(), next: new Map() } : undefined,
      changedRanges: opts.incremental ? opts.changedRanges : undefined,
    };
    let incomplete: string | undefined;
    this.running++;
    beginNodeCache();
    try {
      if (lang === 'python') analyzePy(ctx);
      else analyzeJs(ctx);
      if (opts.checks !== false) runChecks(ctx, opts.rules);
    } catch (e) {
      if (e instanceof NotOneUnitEdit) return undefined;
      if (e instanceof BudgetExceeded) incomplete = 'analysis stopped at the per-file time budget';
      else if (e instanceof ParserCrashed) incomplete = `analysis stopped: ${e.message}`;
      else if (e instanceof RangeError) incomplete = 'analysis stopped: code nested too deeply';
      else incomplete = `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.analysisDone();
    }
    if (ctx.cache) {
      if (incomplete) this.handlerCaches.delete(file);
      else this.handlerCaches.set(file, ctx.cache.next);
    }
    let findings = finalize(applySuppressions(text, lang, ctx.findings), opts.rules);
    // Quick fixes for the findings that remain, read off the tree (engine/fixes). The language
    // server asks for them separately, after a pause in typing (withFixes).
    if (opts.fixes !== false) findings = this.withFixes(file, lang, text, tree, findings, ctx.definitions);
    return {
      file,
      lang,
      definitions: ctx.definitions,
      findings,
      hasSyntaxErrors: tree.rootNode.hasError,
      incomplete,
      timings: { parseMs, analyzeMs: performance.now() - t0 },
    };
  }

  /**
   * The findings with their quick fixes (`fixes`) filled in, read off the tree they were found
   * in. Findings without a fix come back as the same objects.
   */
  withFixes(file: string, lang: Lang, text: string, tree: Tree, findings: Finding[], definitions: readonly McpDefinition[]): Finding[] {
    if (this.parsers.broken) return findings;
    beginNodeCache();
    try {
      return attachFixes({ file, lang, text, root: tree.rootNode, definitions, deadline: performance.now() + FIX_BUDGET_MS }, findings);
    } finally {
      endNodeCache();
    }
  }

  /**
   * The findings of the check rules alone (rules with a `check`: transport, secrets, text…) for
   * a file whose language analysis found `definitions`; suppressions and settings applied.
   */
  checkFindings(file: string, lang: Lang, text: string, tree: Tree, definitions: readonly McpDefinition[], opts: { rules?: Record<string, RuleSetting>; budgetMs?: number; host?: FileHost } = {}): { findings: Finding[]; incomplete?: string } {
    if (skipReason(text) || this.parsers.broken) return { findings: [] };
    const ctx: AnalysisContext = {
      file,
      lang,
      text,
      root: tree.rootNode,
      // Some check rules read the project modules a handler calls into (as analyzeTree does).
      host: opts.host,
      deadline: performance.now() + (opts.budgetMs ?? 1500),
      loadModule: (p) => this.loadModule(p, opts.host),
      definitions: [...definitions],
      findings: [],
    };
    let incomplete: string | undefined;
    this.running++;
    beginNodeCache();
    try {
      runChecks(ctx, opts.rules);
    } catch (e) {
      if (e instanceof BudgetExceeded) incomplete = 'analysis stopped at the per-file time budget';
      else if (e instanceof RangeError) incomplete = 'analysis stopped: code nested too deeply';
      else incomplete = `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      this.analysisDone();
    }
    return { findings: finalize(applySuppressions(text, lang, ctx.findings), opts.rules), incomplete };
  }

  /** True after tree-sitter's WebAssembly trapped: call recover() before parsing again. */
  get parserBroken(): boolean {
    return this.parsers.broken;
  }

  /**
   * A new tree-sitter instance after a crash. Trees made before (the language server's
   * per-document trees, cached helper modules) are dropped without delete(): parse them again.
   */
  async recover(): Promise<void> {
    this.moduleCache.clear();
    this.dropped = [];
    this.handlerCaches.clear();
    await this.parsers.reload();
  }

  /** Forget cached helper modules (a file changed on disk or in an editor). */
  invalidate(file?: string): void {
    if (file) {
      // Only the parsed copy used by other files: per-handler results of files that import it
      // are keyed by its version and renew themselves.
      this.dropTree(this.moduleCache.get(file)?.mod?.tree);
      this.moduleCache.delete(file);
    } else {
      for (const c of this.moduleCache.values()) this.dropTree(c.mod?.tree);
      this.moduleCache.clear();
      this.handlerCaches.clear();
    }
  }

  /** Drop what is kept for a file that was closed. */
  forget(file: string): void {
    this.handlerCaches.delete(file);
  }

  private loadModule(absPath: string, host: FileHost | undefined): ParsedModule | undefined {
    const version = host?.version?.(absPath);
    const cached = this.moduleCache.get(absPath);
    if (cached && version !== undefined && cached.version === version) {
      // Most recently used last: the eviction below takes the first.
      this.moduleCache.delete(absPath);
      this.moduleCache.set(absPath, cached);
      return cached.mod;
    }
    const found = langFromPath(absPath);
    const lang = found === 'json' ? undefined : found;
    const text = lang ? host?.readFile(absPath) : undefined;
    // Without a version stamp from the host, an unchanged text is the cache hit (most recently used too).
    if (cached && version === undefined && text !== undefined && cached.mod?.text === text) {
      this.moduleCache.delete(absPath);
      this.moduleCache.set(absPath, cached);
      return cached.mod;
    }
    let mod: ParsedModule | undefined;
    if (lang && text !== undefined && !skipReason(text)) {
      const tree = this.parsers.parse(lang, text, null, 500);
      if (tree) mod = { file: absPath, lang, text, tree };
    }
    this.dropTree(cached?.mod?.tree);
    this.moduleCache.delete(absPath);
    this.cacheModule(absPath, { version, mod });
    return mod;
  }

  /** Deletes a cached module's tree, after the analysis under way if there is one. */
  private dropTree(tree: Tree | undefined): void {
    if (!tree || this.parsers.broken) return;
    if (this.running > 0) this.dropped.push(tree);
    else tree.delete();
  }

  private analysisDone(): void {
    endNodeCache();
    if (--this.running > 0) return;
    const trees = this.dropped;
    this.dropped = [];
    if (!this.parsers.broken) for (const t of trees) t.delete();
  }

  /** Adds a module as the most recently used one, dropping the least recently used beyond the limit. */
  private cacheModule(absPath: string, entry: CachedModule): void {
    this.moduleCache.set(absPath, entry);
    if (this.moduleCache.size > MAX_CACHED_MODULES) {
      const oldest = this.moduleCache.keys().next().value as string;
      this.dropTree(this.moduleCache.get(oldest)?.mod?.tree);
      this.moduleCache.delete(oldest);
    }
  }
}

/** What skipReason knows about the last text it was asked about. */
interface SkipState {
  text: string;
  reason: string | undefined;
  lines: number;
  /** Control characters that do not occur in source text (see controlCount). */
  controls: number;
  nesting: NestingStats;
}
/** The last few texts skipReason was asked about, most recent first (a file and its helpers). */
let skipStates: SkipState[] = [];
const SKIP_STATES = 4;

/** Characters whose insertion or removal can change bracket depth or type-argument chains. */
const NESTING_CHARS = /[()[\]{}<>;?\u0000]/;

/**
 * Why a text is not analysed at all, or undefined when it is. The language server asks about
 * the same text several times per keystroke (before parsing, before analysing), and about a
 * text that differs from the last one by a keystroke; an analysis asks about its helper files,
 * which the CLI analyses afterwards in turn. The last few answers are kept, and a small edit
 * that adds or removes no bracket is checked from the last figures instead of a full scan.
 */
export function skipReason(text: string): string | undefined {
  const states = skipStates;
  for (let i = 0; i < states.length; i++) {
    const s = states[i];
    if (s.text.length === text.length && s.text === text) {
      if (i > 0) skipStates = [s, ...states.slice(0, i), ...states.slice(i + 1)];
      return s.reason;
    }
  }
  const last = states[0];
  const edited = last && last.reason === undefined ? afterSmallEdit(last, text) : undefined;
  const now = edited ?? fullSkipState(text);
  // A keystroke's text replaces the one it was edited from; any other is added.
  skipStates = edited ? [now, ...states.slice(1)] : [now, ...states].slice(0, SKIP_STATES);
  return now.reason;
}

function afterSmallEdit(last: SkipState, text: string): SkipState | undefined {
  if (Math.abs(text.length - last.text.length) > 256) return undefined;
  const { p, sfx } = commonEnds(last.text, text);
  const removed = last.text.slice(p, last.text.length - sfx);
  const inserted = text.slice(p, text.length - sfx);
  if (removed.length > 256 || inserted.length > 256) return undefined;
  if (NESTING_CHARS.test(removed) || NESTING_CHARS.test(inserted)) return undefined;
  // Depth changes only at brackets: unchanged. A `>…<` chain can gain at most one link where
  // the text between a `>` and a `<` was edited: keep an upper bound, rescan when it could matter.
  const plus = inserted.split('+').length - 1;
  const lines = last.lines + countNewlines(inserted) - countNewlines(removed);
  const controls = last.controls + controlCount(inserted) - controlCount(removed);
  const nesting = { maxDepth: last.nesting.maxDepth, maxChain: last.nesting.maxChain + 1, maxTernary: last.nesting.maxTernary + 1, maxLineOps: last.nesting.maxLineOps + plus, newlines: lines - 1, controls };
  if (nesting.maxChain > 1000 || nesting.maxTernary > 1000 || nesting.maxLineOps > 2000) return undefined;
  const reason = sizeReason(text, lines, controls) ?? nestingReason(nesting);
  return { text, reason, lines, controls, nesting };
}

function fullSkipState(text: string): SkipState {
  if (text.length > MAX_FILE_BYTES || text.indexOf('\u0000') !== -1) {
    const lines = countNewlines(text) + 1;
    return { text, reason: sizeReason(text, lines, 0), lines, controls: 0, nesting: { maxDepth: 0, maxChain: 0, maxTernary: 0, maxLineOps: 0, newlines: lines - 1, controls: 0 } };
  }
  const nesting = nestingStats(text);
  const lines = nesting.newlines + 1;
  const controls = nesting.controls;
  const reason = sizeReason(text, lines, controls) ?? nestingReason(nesting);
  return { text, reason, lines, controls, nesting };
}

function nestingReason(nesting: NestingStats): string | undefined {
  const deep = nestingVerdict(nesting);
  return deep ? `code nested too deeply for the parser (${deep}); not analysed` : undefined;
}

/** C0 control characters other than tab, newlines, vertical tab, form feed and escape; DEL; U+FFFE/U+FFFF. */
const CONTROL = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f\ufffe\uffff]/g;

function controlCount(t: string): number {
  CONTROL.lastIndex = 0;
  let n = 0;
  while (CONTROL.exec(t)) n++;
  return n;
}

function sizeReason(text: string, lines: number, controls: number): string | undefined {
  if (text.length > MAX_FILE_BYTES) return `file is larger than ${MAX_FILE_BYTES / 1_000_000} MB; not analysed`;
  // Binary content: NUL characters do not occur in source code, nor do many other controls.
  if (text.indexOf('\u0000') !== -1) return 'file looks binary (contains NUL characters); not analysed';
  if (controls > 16 && controls * 200 > text.length) return `file looks binary (${controls} control characters); not analysed`;
  if (text.length > 20_000 && text.length / lines > MINIFIED_AVG_LINE) return 'file looks minified (very long lines); not analysed';
  return undefined;
}

function countNewlines(t: string): number {
  let n = 0;
  for (let i = t.indexOf('\n'); i !== -1; i = t.indexOf('\n', i + 1)) n++;
  return n;
}

function emptyAnalysis(file: string, lang: Lang, incomplete: string, parseMs = 0): FileAnalysis {
  return { file, lang, definitions: [], findings: [], hasSyntaxErrors: false, incomplete, timings: { parseMs, analyzeMs: 0 } };
}

/** Applies rule settings, fills default severities, removes duplicates, sorts by position. */
function finalize(findings: Finding[], rules: Record<string, RuleSetting> | undefined): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules?.[f.ruleId];
    if (setting === 'off') continue;
    // One finding per rule, place and tool: a helper reached by two tools is two entry points.
    const key = `${f.ruleId}:${f.definition ?? ''}:${f.file}:${f.range.start.line}:${f.range.start.character}:${f.range.end.line}:${f.range.end.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const severity = setting ?? getRule(f.ruleId)?.meta.severity ?? f.severity;
    // The same object when nothing changes: results reused from the last analysis stay identical.
    out.push(severity === f.severity ? f : { ...f, severity });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
  return out;
}
