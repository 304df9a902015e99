import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as WebTreeSitter from 'web-tree-sitter';
import type { Edit, Language, Parser, Tree } from 'web-tree-sitter';

type Binding = typeof WebTreeSitter;

/**
 * web-tree-sitter keeps its WebAssembly instance in a module-level variable and a trap leaves
 * it unusable, so it is loaded from dist/web-tree-sitter.cjs (copied there by the build) with a
 * fresh module each time: a restart is a new copy of the module and a new instance.
 */
function loadBinding(wasmDir: string): Binding {
  const file = path.resolve(wasmDir, 'web-tree-sitter.cjs');
  const req = createRequire(file);
  delete req.cache[file];
  return req(file) as Binding;
}
import { isMcpConfigPath } from './config/files';
import { installNodeCache } from './nodecache';
import type { Lang, TreeLang } from './types';

const GRAMMAR_FILES: Record<TreeLang, string> = {
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  python: 'tree-sitter-python.wasm',
};

const EXTENSIONS: Record<string, Lang> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.py': 'python',
  '.pyi': 'python',
};

const LANGUAGE_IDS: Record<string, Lang> = {
  typescript: 'typescript',
  typescriptreact: 'tsx',
  javascript: 'javascript',
  javascriptreact: 'javascript',
  python: 'python',
};

export function langFromPath(file: string): Lang | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.d.ts')) return undefined;
  if (lower.endsWith('.json')) return isMcpConfigPath(file) ? 'json' : undefined;
  return EXTENSIONS[path.extname(lower)];
}

export function langFromLanguageId(languageId: string, file?: string): Lang | undefined {
  return LANGUAGE_IDS[languageId] ?? (file ? langFromPath(file) : undefined);
}

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/**
 * tree-sitter's WebAssembly stops working for good after it traps (a stack overflow on some
 * pathological inputs): parsing throws this until `Parsers.reload()` has made a new instance.
 */
export class ParserCrashed extends Error {
  constructor(detail: string, restarting = true) {
    super(restarting ? `the parser failed (${detail}); it is being restarted` : `the parser fails on this text (${detail})`);
  }
}

function quickHash(t: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * After a trap the old instance's memory is corrupt, and its FinalizationRegistry callbacks
 * (freeing trees and parsers as they are collected) would call into it and crash the process:
 * every exported WebAssembly function of the dead instance becomes a no-op.
 */
function disarm(binding: Binding): void {
  const mod = (binding as unknown as { __emscriptenModule?: () => Record<string, unknown> | undefined }).__emscriptenModule?.();
  if (!mod) return;
  for (const k of Object.keys(mod)) if (k.startsWith('_') && typeof mod[k] === 'function') mod[k] = () => 0;
}

/** Inputs known to overflow tree-sitter's stack: thousands of chained `<T>` type arguments, extreme bracket depth. */
export function pathologicalNesting(text: string): string | undefined {
  return nestingVerdict(nestingStats(text));
}

/** Deepest bracket nesting and longest `>…<` chain of a text (see pathologicalNesting). */
export interface NestingStats {
  maxDepth: number;
  maxChain: number;
  /** Most `?` of conditional expressions in one statement (`a ? b : c ? d : …` nests). */
  maxTernary: number;
  /** Most `+` and `{` on one line (a chain of thousands of `a + a + …` or `{x}{x}…`). */
  maxLineOps: number;
  /** Newline characters. */
  newlines: number;
  /** Control characters that do not occur in source text (see NESTING_CHARS). */
  controls: number;
}

export function nestingVerdict(st: NestingStats): string | undefined {
  // Tests of the crash recovery feed such inputs on purpose.
  if (process.env.MCP_WARDEN_TEST_SKIP_NESTING_CHECK === '1') return undefined;
  if (st.maxDepth > 2500) return `brackets nested ${st.maxDepth} levels deep`;
  if (st.maxChain > 1000) return `${st.maxChain} chained type arguments`;
  // tree-sitter takes ~0.1 ms per level of a conditional chain, and the analysis could not
  // walk that deep anyway.
  if (st.maxTernary > 1000) return `${st.maxTernary} conditional expressions nested in one statement`;
  // A line of thousands of `+` or interpolations: generated code. Inside a syntax error
  // tree-sitter's recovery takes seconds over it (found by the fuzzer: 2,900 `dir +` in a broken
  // object literal, 4,000 `{cmd}` in a broken parameter list).
  if (st.maxLineOps > 2000) return `a line with ${st.maxLineOps} operators and interpolations`;
  return undefined;
}

/**
 * What nestingStats does with each ASCII character: 0 passes over it with one lookup, 1 acts on
 * it (brackets, `>`, `;`, `?`, `+`, newlines), 2 counts it as a control character (C0 controls
 * other than NUL, tab, newlines, vertical tab, form feed and escape; DEL).
 */
const NESTING_CHARS = new Uint8Array(128);
for (const ch of '\n+(){}[]>;?') NESTING_CHARS[ch.charCodeAt(0)] = 1;
for (let c = 1; c < 128; c++) if ((c <= 8 || (c >= 14 && c <= 26) || c >= 28) && c < 32) NESTING_CHARS[c] = 2;
NESTING_CHARS[127] = 2;

/**
 * One pass over a text: bracket depth, `>…<` chains, conditional chains and operators per line
 * (nestingVerdict), and for skipReason the newlines and the control characters (those above,
 * U+FFFE and U+FFFF), which binary content is full of.
 */
export function nestingStats(text: string): NestingStats {
  let depth = 0;
  let maxDepth = 0;
  let chain = 0;
  let maxChain = 0;
  let ternary = 0;
  let maxTernary = 0;
  let lineOps = 0;
  let maxLineOps = 0;
  let newlines = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (c >= 0xfffe) controls++;
      continue;
    }
    const k = NESTING_CHARS[c];
    if (k === 0) continue;
    if (k === 2) {
      controls++;
      continue;
    }
    if (c === 10) {
      lineOps = 0;
      newlines++;
    } else if ((c === 43 || c === 123) && ++lineOps > maxLineOps) maxLineOps = lineOps;
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > maxDepth) maxDepth = depth;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 62 /* > */) {
      // `>` then `<` (whitespace between allowed): one more link of a `<T><T>…` chain.
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)) j++;
      if (text.charCodeAt(j) === 60 && ++chain > maxChain) maxChain = chain;
    } else if (c === 59 /* ; */) {
      chain = 0;
      ternary = 0;
    } else if (c === 63 /* ? */) {
      // Not `?.` or `??` (nor the second `?` of one).
      const next = text.charCodeAt(i + 1);
      if (next !== 46 && next !== 63 && text.charCodeAt(i - 1) !== 63 && ++ternary > maxTernary) maxTernary = ternary;
    }
    if (c === 123 || c === 125) ternary = 0;
  }
  return { maxDepth, maxChain, maxTernary, maxLineOps, newlines, controls };
}

/** Characters handed to tree-sitter per read (see Parsers.parse). */
const PARSE_CHUNK = 512;

/** Loads tree-sitter and the grammars once; afterwards parsing is synchronous. */
export class Parsers {
  private readonly parsers = new Map<TreeLang, Parser>();
  private languages: Map<TreeLang, Language>;
  private binding: Binding;
  /** Set when the WebAssembly trapped: nothing parses until reload(). */
  broken = false;
  /** Texts that made it trap, so the same text is not tried again after the restart. */
  private readonly crashed = new Set<string>();

  private constructor(
    loaded: { binding: Binding; languages: Map<TreeLang, Language> },
    private readonly wasmDir: string,
  ) {
    this.binding = loaded.binding;
    this.languages = loaded.languages;
  }

  /** `wasmDir` holds web-tree-sitter.cjs, web-tree-sitter.wasm and the grammar .wasm files. */
  static async load(wasmDir: string): Promise<Parsers> {
    return new Parsers(await Parsers.instantiate(wasmDir), wasmDir);
  }

  private static async instantiate(wasmDir: string): Promise<{ binding: Binding; languages: Map<TreeLang, Language> }> {
    const binding = loadBinding(wasmDir);
    installNodeCache(binding.Node);
    await binding.Parser.init({ locateFile: (f: string) => path.join(wasmDir, f) });
    const languages = new Map<TreeLang, Language>();
    for (const [lang, file] of Object.entries(GRAMMAR_FILES) as [TreeLang, string][]) {
      languages.set(lang, await binding.Language.load(path.join(wasmDir, file)));
    }
    return { binding, languages };
  }

  /**
   * A fresh WebAssembly instance after a crash. Every Tree made before is unusable afterwards:
   * callers drop them (without delete()) and parse again.
   */
  async reload(): Promise<void> {
    this.parsers.clear();
    const loaded = await Parsers.instantiate(this.wasmDir);
    this.binding = loaded.binding;
    this.languages = loaded.languages;
    this.broken = false;
  }

  language(lang: TreeLang): Language {
    const l = this.languages.get(lang);
    if (!l) throw new Error(`grammar for ${lang} not loaded`);
    return l;
  }

  /**
   * Parses `text`, reusing `oldTree` (already `edit`ed to match) when given. Returns null when
   * parsing ran past `budgetMs`. With `includedRanges`, only those parts of the text are parsed
   * (positions stay those of the whole text): the keystroke path parses the one registration
   * an edit falls in (see Engine.analyzeUnitEdit).
   */
  parse(lang: TreeLang, text: string, oldTree?: Tree | null, budgetMs = 2000, includedRanges?: TreeRange[]): Tree | null {
    if (this.broken) throw new ParserCrashed('an earlier input');
    const fingerprint = () => `${lang}:${text.length}:${quickHash(text)}`;
    if (this.crashed.size > 0 && this.crashed.has(fingerprint())) throw new ParserCrashed('this text crashed it before', false);
    const deadline = performance.now() + budgetMs;
    // Returning true cancels the parse (web-tree-sitter's typing says void; the runtime honours it).
    // The clock is read every 64th call: the callback runs very often.
    let calls = 0;
    const progressCallback = () => (++calls & 63) === 0 && performance.now() > deadline;
    try {
      let parser = this.parsers.get(lang);
      if (!parser) {
        parser = new this.binding.Parser();
        parser.setLanguage(this.language(lang));
        this.parsers.set(lang, parser);
      }
      // Short chunks: web-tree-sitter copies each chunk into WebAssembly memory with a JS loop,
      // and an incremental parse asks for a new chunk after every reused subtree (given the
      // whole rest of the text, it copies 5 K characters each time).
      const input = (index: number) => text.slice(index, index + PARSE_CHUNK);
      const tree = parser.parse(input, oldTree ?? null, { progressCallback: progressCallback as unknown as () => void, ...(includedRanges ? { includedRanges } : {}) });
      if (!tree) parser.reset();
      else retext(tree, text);
      return tree;
    } catch (e) {
      this.broken = true;
      disarm(this.binding);
      if (this.crashed.size > 100) this.crashed.clear();
      this.crashed.add(fingerprint());
      throw new ParserCrashed(e instanceof Error ? e.message : String(e));
    }
  }
}

/** Builds a tree-sitter edit from a text change given as UTF-16 offsets in the old text. */
/** A range of text for `Parsers.parse(…, includedRanges)` (web-tree-sitter's Range). */
export interface TreeRange {
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
}

/**
 * Points the tree's Node.text at `text`: after `tree.edit()` without a re-parse (the keystroke
 * path keeps the edited tree for the declarations outside the edit), node offsets are those of
 * the new text. Node.text reads through this callback: it gets the whole rest (one O(1) slice)
 * instead of 512-character pieces to concatenate.
 */
export function retext(tree: Tree, text: string): void {
  (tree as unknown as { textCallback: (index: number) => string }).textCallback = (index) => text.slice(index);
}

export function makeEdit(oldText: string, start: number, oldEnd: number, newText: string): Edit {
  const point = (text: string, offset: number) => {
    let row = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      row++;
      lineStart = i + 1;
    }
    return { row, column: offset - lineStart };
  };
  const newEnd = start + newText.length;
  const updated = oldText.slice(0, start) + newText + oldText.slice(oldEnd);
  // Tree.edit reads these fields; a plain object works with whichever module instance made the tree.
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: point(oldText, start),
    oldEndPosition: point(oldText, oldEnd),
    newEndPosition: point(updated, newEnd),
  } as Edit;
}

/**
 * The same edit from positions the caller already knows (an LSP range and its offsets), without
 * scanning the text: what the language server uses on every keystroke.
 */
export function makeEditAt(start: number, oldEnd: number, startPos: { line: number; character: number }, oldEndPos: { line: number; character: number }, newText: string): Edit {
  let row = startPos.line;
  let column = startPos.character;
  const lastNl = newText.lastIndexOf('\n');
  if (lastNl === -1) column += newText.length;
  else {
    for (let i = newText.indexOf('\n'); i !== -1; i = newText.indexOf('\n', i + 1)) row++;
    column = newText.length - lastNl - 1;
  }
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: start + newText.length,
    startPosition: { row: startPos.line, column: startPos.character },
    oldEndPosition: { row: oldEndPos.line, column: oldEndPos.character },
    newEndPosition: { row, column },
  } as Edit;
}

export type { Tree, Node } from 'web-tree-sitter';
