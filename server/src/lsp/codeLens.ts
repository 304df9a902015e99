// CodeLens above every MCP definition the engine discovered: "N findings" when the definition
// has findings (click: reveal the first one) and, for tools, "▶ Try in sandbox" (opens the
// sandbox panel on that tool). A pure function of the document's last analysis: the definitions
// and the diagnostics the server published for them.
//
// The client bundles this module for the command ids (client/src/codelens.ts), so it has no
// runtime imports: LSP and engine types only.
import type { CodeLens, Diagnostic, Range } from 'vscode-languageserver';
import type { McpDefinition } from '../engine/types';
import type { DiagnosticData } from './protocol';

/** Client command the "N findings" lens runs: reveals a finding and opens its marker. */
export const SHOW_FINDINGS_COMMAND = 'mcpWarden.showToolFindings';
/** Sandbox panel command (registered by the panel); the client hides the lens while it does not exist. */
export const OPEN_SANDBOX_COMMAND = 'mcpWarden.openSandbox';

export interface ShowFindingsArgs {
  uri: string;
  /** Range of the first finding of the definition. */
  range: Range;
  /** Name of the tool / resource / prompt, for messages. */
  name: string;
  count: number;
}

export interface OpenSandboxArgs {
  uri: string;
  tool: string;
}

export const TRY_IN_SANDBOX_TITLE = '▶ Try in sandbox';

export function findingsTitle(n: number): string {
  return `$(warning) ${n} finding${n === 1 ? '' : 's'}`;
}

/**
 * The lenses for one document. `diagnostics` are the ones published for it (rule findings carry
 * `data.ruleId` and `data.definition`; notes are ignored).
 */
export function buildCodeLenses(uri: string, definitions: readonly McpDefinition[], diagnostics: readonly Diagnostic[]): CodeLens[] {
  const perDefinition = new Map<McpDefinition, Diagnostic[]>();
  for (const diag of diagnostics) {
    const data = diag.data as Partial<DiagnosticData> | undefined;
    if (!data || typeof data.ruleId !== 'string') continue;
    const owner = ownerOf(definitions, diag.range, data.definition);
    if (!owner) continue;
    const list = perDefinition.get(owner) ?? [];
    list.push(diag);
    perDefinition.set(owner, list);
  }
  const lenses: CodeLens[] = [];
  for (const def of definitions) {
    const range = def.range;
    if (def.kind === 'tool') {
      const args: OpenSandboxArgs = { uri, tool: def.name };
      lenses.push({ range, command: { title: TRY_IN_SANDBOX_TITLE, command: OPEN_SANDBOX_COMMAND, arguments: [args] } });
    }
    const found = perDefinition.get(def);
    if (found && found.length > 0) {
      const first = [...found].sort((a, b) => compare(a.range, b.range))[0];
      const args: ShowFindingsArgs = { uri, range: first.range, name: def.name, count: found.length };
      lenses.push({ range, command: { title: findingsTitle(found.length), command: SHOW_FINDINGS_COMMAND, arguments: [args] } });
    }
  }
  return lenses;
}

/** A cheap fingerprint of a document's lenses: the client is asked to refresh only when it changes. */
export function lensSignature(lenses: readonly CodeLens[]): string {
  return lenses.map((l) => `${l.range.start.line}:${l.range.start.character}:${l.command?.title}:${JSON.stringify(l.command?.arguments ?? [])}`).join('|');
}

/**
 * The definition a finding belongs to: by name (the one containing the finding when several
 * share it), else the innermost definition whose range contains the finding.
 */
function ownerOf(definitions: readonly McpDefinition[], range: Range, name: string | undefined): McpDefinition | undefined {
  if (name !== undefined) {
    const named = definitions.filter((d) => d.name === name);
    if (named.length === 1) return named[0];
    if (named.length > 1) return named.find((d) => contains(d.range, range)) ?? named[0];
  }
  let best: McpDefinition | undefined;
  for (const d of definitions) {
    if (contains(d.range, range) && (!best || contains(best.range, d.range))) best = d;
  }
  return best;
}

function contains(outer: Range, inner: Range): boolean {
  return comparePos(outer.start, inner.start) <= 0 && comparePos(inner.end, outer.end) <= 0;
}

function compare(a: Range, b: Range): number {
  return comparePos(a.start, b.start) || comparePos(a.end, b.end);
}

function comparePos(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
