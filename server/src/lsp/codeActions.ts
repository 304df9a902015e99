// Code actions for MCP Warden diagnostics. Pure functions of the diagnostics (their `data` carries
// the fixes the engine computed) and, for the suppression comment, the flagged line's text:
// nothing here analyses code.
//   - the rule's fixes (quick fix; `isPreferred` only for fixes that keep behaviour);
//   - "Suppress <rule> on this line": `// mcp-warden-ignore-next-line <rule> -- <reason>` (`#` in Python);
//   - "Show documentation for <rule>": runs the client command that opens the rule's doc page;
//   - `source.fixAll.mcp-warden`: every preferred fix of the document, non-overlapping.
// Only type imports from the LSP library: the client imports the constants below as well.
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { Fix } from '../engine';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from './protocol';

const QUICK_FIX = 'quickfix'; // CodeActionKind.QuickFix

/** The code action kind of "fix all safe MCP Warden issues" (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.mcp-warden';

/** Client command that opens a rule's documentation: arguments `[href: string, ruleId: string]`. */
export const SHOW_RULE_DOCS_COMMAND = 'mcpWarden.showRuleDocumentation';

/** What the server advertises in `codeActionProvider.codeActionKinds`. */
export const CODE_ACTION_KINDS = [QUICK_FIX, FIX_ALL_KIND];

/** `Diagnostic.data` of a finding with its fixes. */
export interface FixDiagnosticData extends DiagnosticData {
  fixes?: Fix[];
}

export interface ActionDocument {
  uri: string;
  /** True for Python (the suppression comment starts with `#`). */
  python: boolean;
  /** False where a comment would break the file (strict JSON configuration files): no suppression action. */
  comments?: boolean;
  /** Text of a line (without its line break). */
  lineText(line: number): string;
  /** The document's line break ('\n' when not given). */
  eol?: string;
}

/** True when an action of `kind` is wanted by a request restricted to `only`. */
export function kindWanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return kind !== FIX_ALL_KIND && !kind.startsWith('source');
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function dataOf(d: Diagnostic): FixDiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = d.data as FixDiagnosticData | undefined;
  if (!data || typeof data.ruleId !== 'string' || !/^[a-z][a-z0-9-]*$/.test(data.ruleId)) return undefined;
  return data;
}

function validFix(f: unknown): f is Fix {
  const x = f as Fix;
  return (
    !!x &&
    typeof x.title === 'string' &&
    typeof x.preferred === 'boolean' &&
    Array.isArray(x.edits) &&
    x.edits.every((e) => e && typeof e.newText === 'string' && e.range && Number.isInteger(e.range.start?.line) && Number.isInteger(e.range.end?.character))
  );
}

/**
 * Code actions for a `textDocument/codeAction` request. `documentDiagnostics` gives every current
 * MCP Warden diagnostic of the document (for fix-all); the request's own `context.diagnostics`
 * are what the quick fixes are about.
 */
export function codeActions(params: CodeActionParams, doc: ActionDocument, documentDiagnostics: () => Diagnostic[]): CodeAction[] {
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (kindWanted(QUICK_FIX, only)) {
    for (const d of params.context.diagnostics) {
      const data = dataOf(d);
      if (!data) continue;
      for (const fix of data.fixes ?? []) {
        if (!validFix(fix)) continue;
        out.push({
          title: fix.title,
          kind: QUICK_FIX,
          diagnostics: [d],
          isPreferred: fix.preferred,
          edit: { changes: { [doc.uri]: fix.edits } },
        });
      }
      if (doc.comments !== false) out.push(suppressAction(d, data.ruleId, doc));
      const href = d.codeDescription?.href;
      if (href) {
        out.push({
          title: `Show documentation for ${data.ruleId}`,
          kind: QUICK_FIX,
          diagnostics: [d],
          command: { title: `Show documentation for ${data.ruleId}`, command: SHOW_RULE_DOCS_COMMAND, arguments: [href, data.ruleId] },
        });
      }
    }
  }
  if (only && kindWanted(FIX_ALL_KIND, only)) {
    const all = fixAllAction(documentDiagnostics(), doc.uri);
    if (all) out.push(all);
  }
  return out;
}

/** `// mcp-warden-ignore-next-line <rule> -- <reason>` above the flagged line, at its indentation. */
export function suppressAction(d: Diagnostic, ruleId: string, doc: ActionDocument): CodeAction {
  const line = d.range.start.line;
  const text = doc.lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  const mark = doc.python ? '#' : '//';
  const title = `Suppress ${ruleId} on this line`;
  // The line above already suppresses other rules: add this one to it.
  if (line > 0) {
    const above = doc.lineText(line - 1);
    const m = /^[ \t]*(?:\/\/|#)[ \t]*mcp-warden-ignore-next-line\b/.exec(above);
    if (m) {
      const rest = above.slice(m[0].length);
      const cut = rest.indexOf('--');
      const list = cut === -1 ? rest : rest.slice(0, cut);
      const reason = cut === -1 ? '' : ' ' + rest.slice(cut).trim();
      const rules = list.split(/[\s,]+/).filter(Boolean);
      if (rules.length > 0 && rules.every((r) => /^[a-z][a-z0-9-]*$/.test(r)) && !rules.includes(ruleId)) {
        const newText = `${m[0]} ${[...rules, ruleId].join(', ')}${reason}`;
        return {
          title,
          kind: QUICK_FIX,
          diagnostics: [d],
          edit: { changes: { [doc.uri]: [{ range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } }, newText }] } },
        };
      }
    }
  }
  const edit: TextEdit = {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}${mark} mcp-warden-ignore-next-line ${ruleId} -- <reason>${doc.eol ?? '\n'}`,
  };
  return { title, kind: QUICK_FIX, diagnostics: [d], edit: { changes: { [doc.uri]: [edit] } } };
}

const before = (a: { line: number; character: number }, b: { line: number; character: number }): boolean =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: TextEdit, b: TextEdit): boolean => before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
const editKey = (e: TextEdit): string => `${e.range.start.line}:${e.range.start.character}:${e.range.end.line}:${e.range.end.character}:${e.newText}`;

/**
 * The edits of every preferred fix among `diagnostics`, in document order. An edit shared by
 * several fixes (a helper or import added once per file) is applied once; a fix that overlaps an
 * earlier one is left for the next run.
 */
export function fixAllEdits(diagnostics: Diagnostic[]): { edits: TextEdit[]; applied: number; skipped: number } {
  const fixes: Fix[] = [];
  for (const d of diagnostics) {
    const data = dataOf(d);
    const fix = data?.fixes?.find((f) => validFix(f) && f.preferred);
    if (fix) fixes.push(fix);
  }
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    const fresh = fix.edits.filter((e) => !seen.has(editKey(e)));
    if (fresh.some((e) => chosen.some((c) => overlaps(c, e)))) {
      skipped++;
      continue;
    }
    for (const e of fresh) {
      seen.add(editKey(e));
      chosen.push(e);
    }
    applied++;
  }
  const empty = (e: TextEdit): number => (e.range.start.line === e.range.end.line && e.range.start.character === e.range.end.character ? 0 : 1);
  // Document order; at one position insertions first (in the order the fixes gave them).
  chosen.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || empty(a) - empty(b));
  return { edits: chosen, applied, skipped };
}

function fixAllAction(diagnostics: Diagnostic[], uri: string): CodeAction | undefined {
  const { edits, applied } = fixAllEdits(diagnostics);
  if (applied === 0) return undefined;
  return {
    title: `Fix all safe MCP Warden issues (${applied})`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits } },
  };
}

/**
 * The diagnostics last reported per document, with the document version they belong to (fix-all
 * uses them; a stale entry makes the server analyse again first).
 */
export class ReportedDiagnostics {
  private readonly byUri = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  set(uri: string, version: number, diagnostics: Diagnostic[]): void {
    this.byUri.set(uri, { version, diagnostics });
  }

  get(uri: string, version: number): Diagnostic[] | undefined {
    const e = this.byUri.get(uri);
    return e && e.version === version ? e.diagnostics : undefined;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
