// The result of one `mcp-warden check` run, independent of the output format. The formatters
// (format.ts, sarif.ts) are pure functions of this value, so output is deterministic.
import { createHash } from 'node:crypto';
import type { FileAnalysis, Finding, Lang, Severity } from '../engine';

export interface FileReport {
  abs: string;
  /** Path relative to cwd, forward slashes. */
  path: string;
  lang: Lang;
  analysis: FileAnalysis;
}

export interface ReportedFinding extends Finding {
  /** `file` relative to cwd, forward slashes. */
  path: string;
  /** Stable across unrelated edits: rule, file, the flagged line's text and its occurrence. */
  fingerprint: string;
}

export interface Report {
  toolVersion: string;
  cwd: string;
  files: FileReport[];
  /** Sorted by file (in `files` order), then by position. */
  findings: ReportedFinding[];
  /** Files whose analysis stopped early or was skipped, with the reason. */
  incomplete: { path: string; reason: string }[];
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface Summary {
  files: number;
  findings: number;
  error: number;
  warning: number;
  information: number;
  hint: number;
  incomplete: number;
}

export function summarize(report: Report): Summary {
  const s: Summary = { files: report.files.length, findings: report.findings.length, error: 0, warning: 0, information: 0, hint: 0, incomplete: report.incomplete.length };
  for (const f of report.findings) s[f.severity]++;
  return s;
}

/** Computes a fingerprint per finding; `lines` are the lines of the finding's file. */
export function fingerprints(findings: readonly Finding[], relPath: string, lines: readonly string[]): string[] {
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const lineText = (lines[f.range.start.line] ?? '').replace(/\s+/g, ' ').trim();
    const key = `${f.ruleId}\u0000${relPath}\u0000${lineText}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

/** Exit code for the findings and `--fail-on` level (usage/IO errors are handled elsewhere). */
export function exitCodeFor(findings: readonly Finding[], failOn: 'error' | 'warning' | 'never'): 0 | 1 {
  if (failOn === 'never') return 0;
  const failing = failOn === 'error' ? ['error'] : ['error', 'warning'];
  return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}
