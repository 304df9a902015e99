// Fixes for findings: a registry of fix builders keyed by rule id, and the post-pass that runs
// them over the findings of one analysed file (engine/analyze.ts calls attachFixes). Only the
// findings that exist are looked at, each at its own node, so this costs next to nothing.
import type { Node } from 'web-tree-sitter';
import type { Finding, Fix, Lang, McpDefinition } from '../types';
import { bindFixes } from './bind-all-interfaces';
import { deserializationFixes } from './unsafe-deserialization';
import { dnsRebindingFixes } from './dns-rebinding-unprotected';
import { annotationFixes } from './annotation-mismatch';
import { errorLeakFixes } from './error-detail-leak';
import { secretFixes } from './hardcoded-secret';
import { evalFixes } from './tool-input-to-eval';
import { authFixes } from './http-transport-without-auth';
import { pathFixes } from './tool-input-to-path';
import { shellFixes } from './tool-input-to-shell';
import { sqlFixes } from './tool-input-to-sql';
import { tlsFixes } from './tls-verification-disabled';
import { schemaFixes } from './weak-input-schema';
import { schemaConstraintFixes } from './schema-constraint';
import type { FixBuilder, FixContext } from './types';

const registry = new Map<string, FixBuilder[]>();

/** Adds a fix builder for a rule (several builders per rule are allowed; all are asked). */
export function registerFixes(ruleId: string, builder: FixBuilder): void {
  const list = registry.get(ruleId);
  if (list) list.push(builder);
  else registry.set(ruleId, [builder]);
}

/** Rule ids that have at least one fix builder. */
export function rulesWithFixes(): string[] {
  return [...registry.keys()].sort();
}

// Built-in fixes, one module per rule.
registerFixes('tool-input-to-shell', shellFixes);
registerFixes('tool-input-to-path', pathFixes);
registerFixes('tool-input-to-eval', evalFixes);
registerFixes('unsafe-deserialization', deserializationFixes);
registerFixes('tool-input-to-sql', sqlFixes);
// A second, never-preferred fix on the taint rules: a pattern and a bound on the declared input.
for (const rule of ['tool-input-to-shell', 'tool-input-to-path', 'tool-input-to-sql']) registerFixes(rule, schemaConstraintFixes);
registerFixes('weak-input-schema', schemaFixes);
registerFixes('hardcoded-secret', secretFixes);
registerFixes('error-detail-leak', errorLeakFixes);
registerFixes('annotation-mismatch', annotationFixes);
registerFixes('bind-all-interfaces', bindFixes);
registerFixes('dns-rebinding-unprotected', dnsRebindingFixes);
registerFixes('http-transport-without-auth', authFixes);
registerFixes('tls-verification-disabled', tlsFixes);

export interface FixSource {
  file: string;
  lang: Lang;
  text: string;
  root: Node;
  /** The MCP definitions discovered in the file (fixes read the declared parameter types). */
  definitions: readonly McpDefinition[];
  /** performance.now() after which no more fixes are computed. */
  deadline: number;
}

const CALLEE_IN_STEP = /\(`([^`]+)`\)(?: in [^`]*)?$/;

/**
 * Returns the findings with `fixes` filled in where a builder has one. Findings about another
 * file, and taint findings whose sink is in another file (reported at the call leading there),
 * get none: the edit would belong elsewhere.
 */
export function attachFixes(src: FixSource, findings: Finding[]): Finding[] {
  if (findings.length === 0 || src.lang === 'json') return findings;
  const eol = src.text.includes('\r\n') ? '\r\n' : '\n';
  const family = src.lang === 'python' ? 'py' : 'ts';
  const memo = new Map<string, unknown>();
  const defs = new Map<string, McpDefinition>();
  for (const d of src.definitions) if (!defs.has(d.name)) defs.set(d.name, d);
  return findings.map((f) => {
    const builders = registry.get(f.ruleId);
    if (!builders || f.file !== src.file || performance.now() > src.deadline) return f;
    let callee: string | undefined;
    const last = f.flow[f.flow.length - 1];
    if (last) {
      const sameSpot =
        last.file === src.file &&
        last.range.start.line === f.range.start.line &&
        last.range.start.character === f.range.start.character &&
        last.range.end.line === f.range.end.line &&
        last.range.end.character === f.range.end.character;
      if (!sameSpot) return f;
      callee = CALLEE_IN_STEP.exec(last.message)?.[1];
    }
    const node = nodeAt(src.root, f);
    if (!node) return f;
    const definition = f.definition !== undefined ? defs.get(f.definition) : undefined;
    const fc: FixContext = { file: src.file, lang: src.lang, family, text: src.text, root: src.root, finding: f, node, callee, definition, eol, memo };
    const fixes: Fix[] = [];
    for (const b of builders) {
      try {
        const r = b(fc);
        if (!r) continue;
        for (const fix of Array.isArray(r) ? r : [r]) if (fix.edits.length > 0) fixes.push(fix);
      } catch {
        // A builder that fails on odd code gives no fix; the finding stays.
      }
    }
    return fixes.length > 0 ? { ...f, fixes } : f;
  });
}

/** The node spanning exactly the finding's range (the outermost such node), or the smallest covering it. */
function nodeAt(root: Node, f: Finding): Node | undefined {
  const { start, end } = f.range;
  let n: Node | null = root.descendantForPosition({ row: start.line, column: start.character }, { row: end.line, column: end.character });
  if (!n) return undefined;
  while (
    n.parent &&
    n.parent.startPosition.row === n.startPosition.row &&
    n.parent.startPosition.column === n.startPosition.column &&
    n.parent.endPosition.row === n.endPosition.row &&
    n.parent.endPosition.column === n.endPosition.column &&
    n.parent.type !== 'arguments' &&
    n.parent.type !== 'argument_list' &&
    n.parent.type !== 'expression_statement'
  ) {
    n = n.parent;
  }
  return n;
}

export type { FixBuilder, FixContext } from './types';
