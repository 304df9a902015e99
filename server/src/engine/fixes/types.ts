// What a fix builder sees and returns. See README.md in this folder for how a rule adds a fix.
import type { Node } from 'web-tree-sitter';
import type { Finding, Fix, Lang, McpDefinition, Position, TextEdit } from '../types';

export interface FixContext {
  file: string;
  lang: Lang;
  /** 'py' for Python, 'ts' for TypeScript/TSX/JavaScript. */
  family: 'ts' | 'py';
  text: string;
  root: Node;
  finding: Finding;
  /** The smallest node covering the finding's range (for taint rules: the sink argument). */
  node: Node;
  /**
   * For taint findings whose sink is in this file: the canonical callee the engine reported
   * (`child_process.execSync`, `yaml.load`, `cur.execute`). Undefined for other findings.
   */
  callee?: string;
  /** The MCP definition (tool, resource, prompt) the finding is about, when it is in this file. */
  definition?: McpDefinition;
  /** Line-ending of the file ('\n' or '\r\n'), for inserted lines. */
  eol: string;
  /** Results shared by the fixes of one analysis (whole-file scans done once; see util.once). */
  memo: Map<string, unknown>;
}

/**
 * Builds the fixes for one finding of one rule. Return nothing when the code's shape does not
 * allow a fix that keeps the program parsing and that the analyzer then accepts. May throw: the
 * caller drops the fixes of that finding (a broken fix must never cost the finding itself).
 */
export type FixBuilder = (fc: FixContext) => Fix | Fix[] | undefined;

export type { Finding, Fix, Position, TextEdit };
