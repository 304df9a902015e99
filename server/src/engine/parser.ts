import * as path from 'node:path';
import { Edit, Language, Parser, type Tree } from 'web-tree-sitter';
import type { Lang } from './types';

const GRAMMAR_FILES: Record<Lang, string> = {
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
  return EXTENSIONS[path.extname(lower)];
}

export function langFromLanguageId(languageId: string, file?: string): Lang | undefined {
  return LANGUAGE_IDS[languageId] ?? (file ? langFromPath(file) : undefined);
}

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** Loads tree-sitter and the grammars once; afterwards parsing is synchronous. */
export class Parsers {
  private readonly parsers = new Map<Lang, Parser>();

  private constructor(private readonly languages: Map<Lang, Language>) {}

  /** `wasmDir` holds web-tree-sitter.wasm and the grammar .wasm files. */
  static async load(wasmDir: string): Promise<Parsers> {
    await Parser.init({ locateFile: (f: string) => path.join(wasmDir, f) });
    const languages = new Map<Lang, Language>();
    for (const [lang, file] of Object.entries(GRAMMAR_FILES) as [Lang, string][]) {
      languages.set(lang, await Language.load(path.join(wasmDir, file)));
    }
    return new Parsers(languages);
  }

  language(lang: Lang): Language {
    const l = this.languages.get(lang);
    if (!l) throw new Error(`grammar for ${lang} not loaded`);
    return l;
  }

  /**
   * Parses `text`, reusing `oldTree` (already `edit`ed to match) when given. Returns null when
   * parsing ran past `budgetMs`.
   */
  parse(lang: Lang, text: string, oldTree?: Tree | null, budgetMs = 2000): Tree | null {
    let parser = this.parsers.get(lang);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(this.language(lang));
      this.parsers.set(lang, parser);
    }
    const deadline = performance.now() + budgetMs;
    // Returning true cancels the parse (web-tree-sitter's typing says void; the runtime honours it).
    // The clock is read every 64th call: the callback runs very often.
    let calls = 0;
    const progressCallback = () => (++calls & 63) === 0 && performance.now() > deadline;
    const tree = parser.parse(text, oldTree ?? null, { progressCallback: progressCallback as unknown as () => void });
    if (!tree) parser.reset();
    return tree;
  }
}

/** Builds a tree-sitter edit from a text change given as UTF-16 offsets in the old text. */
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
  return new Edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: point(oldText, start),
    oldEndPosition: point(oldText, oldEnd),
    newEndPosition: point(updated, newEnd),
  });
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
  return new Edit({
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: start + newText.length,
    startPosition: { row: startPos.line, column: startPos.character },
    oldEndPosition: { row: oldEndPos.line, column: oldEndPos.character },
    newEndPosition: { row, column },
  });
}

export type { Tree, Node } from 'web-tree-sitter';
