// Engine findings → LSP diagnostics. Pure functions: no connection, no state.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { getRule, type Finding, type Severity } from '../engine';
import type { FixDiagnosticData } from './codeActions';
import { DIAGNOSTIC_SOURCE } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Where the rule doc pages live: `docs/` beside the bundle's folder (dist/server.js →
 * docs/rules/<id>.md, in the repository and in the packaged extension alike).
 */
export function docsRoot(bundleDir: string): string {
  return path.join(bundleDir, '..');
}

const docUrls = new Map<string, string | undefined>();

/** file:// URL of a rule's doc page, or undefined for an unknown rule. */
export function ruleDocUrl(ruleId: string, root: string): string | undefined {
  const key = `${root}\u0000${ruleId}`;
  if (docUrls.has(key)) return docUrls.get(key);
  const rule = getRule(ruleId);
  const url = rule ? pathToFileURL(path.join(root, rule.meta.docs)).href : undefined;
  docUrls.set(key, url);
  return url;
}

/** The engine's name for a document: its file path, or the URI itself for untitled/virtual ones. */
export function uriToFile(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

/** Inverse of uriToFile for locations the engine reports (flow steps may be in other files). */
export function fileToUri(file: string, doc: { uri: string; file: string }): string {
  if (file === doc.file) return doc.uri;
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) return file;
  return doc.uri;
}

/**
 * Diagnostics already made for findings, by finding object: the engine hands back the same
 * objects for results it reused from the last analysis, so a keystroke converts only what changed.
 */
const converted = new WeakMap<Finding, { uri: string; file: string; docsDir: string; diag: Diagnostic }>();

export function findingToDiagnostic(f: Finding, doc: { uri: string; file: string }, docsDir: string): Diagnostic {
  const hit = converted.get(f);
  if (hit && hit.uri === doc.uri && hit.file === doc.file && hit.docsDir === docsDir) return hit.diag;
  const diag = convert(f, doc, docsDir);
  converted.set(f, { uri: doc.uri, file: doc.file, docsDir, diag });
  return diag;
}

function convert(f: Finding, doc: { uri: string; file: string }, docsDir: string): Diagnostic {
  const diag: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    message: f.message,
  };
  const href = ruleDocUrl(f.ruleId, docsDir);
  if (href) diag.codeDescription = { href };
  if (f.flow.length > 0) {
    diag.relatedInformation = f.flow.map((s) => ({
      location: { uri: fileToUri(s.file, doc), range: s.range },
      message: s.message,
    }));
  }
  const data: FixDiagnosticData = { ruleId: f.ruleId };
  if (f.definition !== undefined) data.definition = f.definition;
  // The quick fixes travel with the diagnostic: code actions never analyse again (codeActions.ts).
  if (f.fixes && f.fixes.length > 0) data.fixes = f.fixes;
  diag.data = data;
  return diag;
}

/** The one Information diagnostic at line 0 saying why analysis stopped early or did not run. */
export function noteDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `MCP Warden: ${reason}`,
  };
}
