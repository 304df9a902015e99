import type { Node, Tree } from 'web-tree-sitter';
import type { Finding, FileHost, FlowStep, Lang, McpDefinition, Range } from './types';

/** A parsed file the analysis can look into (the file itself or a helper module it imports). */
export interface ParsedModule {
  file: string;
  lang: Lang;
  text: string;
  tree: Tree;
}

/** Thrown when the per-file time budget runs out; caught by the engine. */
export class BudgetExceeded extends Error {
  constructor() {
    super('analysis time budget exceeded');
  }
}

export interface AnalysisContext {
  file: string;
  lang: Lang;
  text: string;
  root: Node;
  host?: FileHost;
  /** performance.now() value after which analysis must stop (checkBudget throws). */
  deadline: number;
  /** Parses another project file (cached); undefined when it cannot be read or parsed. */
  loadModule(absPath: string): ParsedModule | undefined;
  definitions: McpDefinition[];
  findings: Finding[];
  /**
   * Results kept between analyses of the same file (language server only): the language
   * modules read `prev` and write what is still valid into `next`.
   */
  cache?: { prev: Map<string, unknown>; next: Map<string, unknown> };
  /**
   * Where the syntax tree differs from the one of the previous analysis of this file (from
   * tree-sitter's getChangedRanges), when the caller knows: lets an edit inside one handler
   * redo only that handler.
   */
  changedRanges?: { startIndex: number; endIndex: number }[];
  /**
   * Keystroke path (Engine.analyzeUnitEdit): `root` is a tree of the one edited registration
   * only, and the module's declarations are read from this tree instead — the document's last
   * full tree, `edit()`ed to the new text, valid everywhere but inside that registration.
   */
  moduleRoot?: Node;
}

/** Thrown on the keystroke path (ctx.moduleRoot set) when the edit is not one it can take. */
export class NotOneUnitEdit extends Error {}

export function checkBudget(ctx: AnalysisContext): void {
  if (performance.now() > ctx.deadline) throw new BudgetExceeded();
}

export function nodeRange(n: Node): Range {
  return {
    start: { line: n.startPosition.row, character: n.startPosition.column },
    end: { line: n.endPosition.row, character: n.endPosition.column },
  };
}

export function step(file: string, n: Node, message: string): FlowStep {
  return { file, range: nodeRange(n), message };
}

/** Text of a string literal node without quotes (JS or Python); undefined if not a plain literal. */
export function stringValue(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  if (n.type === 'string') {
    // JS: (string (string_fragment)); Python: (string (string_start) (string_content) (string_end))
    let out = '';
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_fragment' || c.type === 'string_content' || c.type === 'escape_sequence') out += c.text;
      else if (c.type === 'interpolation') return undefined;
    }
    return out;
  }
  if (n.type === 'template_string' && !n.namedChildren.some((c) => c?.type === 'template_substitution')) {
    return n.text.slice(1, -1);
  }
  if (n.type === 'concatenated_string') {
    let out = '';
    for (const c of n.namedChildren) {
      const v = stringValue(c);
      if (v === undefined) return undefined;
      out += v;
    }
    return out;
  }
  return undefined;
}
