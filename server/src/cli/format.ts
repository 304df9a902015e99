// Text and JSON output of `mcp-warden check`. The JSON shape is documented in docs/cli.md and
// versioned by JSON_FORMAT_VERSION; change it only by adding fields.
import { getRule, type Range, type Severity } from '../engine';
import { summarize, type Report, type ReportedFinding } from './report';
import { displayPath } from './walk';

export const JSON_FORMAT_VERSION = 1;
export const REPO_URL = 'https://github.com/mcp-warden/mcp-warden';
export const DOCS_BASE = `${REPO_URL}/blob/main/`;

export function docsUrl(ruleId: string): string | undefined {
  const rule = getRule(ruleId);
  return rule ? DOCS_BASE + rule.meta.docs : undefined;
}

// ---------------------------------------------------------------------------------------------
// Text

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s, severity: (_v, s) => s };

const SGR = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Style = {
  bold: SGR(1, 22),
  dim: SGR(2, 22),
  severity: (sev, s) => (sev === 'error' ? SGR(31, 39) : sev === 'warning' ? SGR(33, 39) : sev === 'information' ? SGR(36, 39) : SGR(2, 22))(s),
};

function pos(r: Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}`;
}

/** Removes control characters (terminal escapes) that could come from analysed source text. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r?\n/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatText(report: Report, color: boolean): string {
  const st = color ? COLOR : PLAIN;
  const out: string[] = [];
  let current: string | undefined;
  for (const f of report.findings) {
    if (f.path !== current) {
      if (current !== undefined) out.push('');
      current = f.path;
    }
    out.push(
      `${st.bold(`${f.path}:${pos(f.range)}`)}  ${st.severity(f.severity, f.severity)}  ${st.dim(f.ruleId)}  ${clean(f.message)}`,
    );
    for (const step of f.flow) {
      const where = `${displayPath(report.cwd, step.file)}:${pos(step.range)}`;
      out.push(`  ${st.dim('↳')} ${st.dim(where)}  ${clean(step.message)}`);
    }
  }
  if (report.findings.length > 0) out.push('');
  out.push(summaryLine(report, st));
  return out.join('\n') + '\n';
}

function summaryLine(report: Report, st: Style): string {
  const s = summarize(report);
  const scanned = `${plural(s.files, 'file', 'files')} scanned`;
  const incomplete = s.incomplete > 0 ? `, ${s.incomplete} incomplete` : '';
  if (s.findings === 0) return `No findings; ${scanned}${incomplete}.`;
  const counts = [
    st.severity('error', plural(s.error, 'error', 'errors')),
    st.severity('warning', plural(s.warning, 'warning', 'warnings')),
    st.severity('information', `${s.information} information`),
    st.severity('hint', plural(s.hint, 'hint', 'hints')),
  ];
  return `${plural(s.findings, 'finding', 'findings')} (${counts.join(', ')}); ${scanned}${incomplete}.`;
}

// ---------------------------------------------------------------------------------------------
// JSON

export interface JsonRange {
  /** 1-based line. */
  startLine: number;
  /** 1-based column in UTF-16 code units. */
  startColumn: number;
  endLine: number;
  /** 1-based column just past the last character (exclusive), UTF-16 code units. */
  endColumn: number;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  path: string;
  range: JsonRange;
  /** Source → … → sink; empty for rules that are not about a flow. */
  flow: { path: string; range: JsonRange; message: string }[];
  /** The MCP tool/resource/prompt the finding is about, when known. */
  definition?: string;
  cwe: number[];
  docs?: string;
  fingerprint: string;
}

export interface JsonReport {
  /** Version of this JSON shape (not of the tool). */
  version: number;
  tool: { name: 'mcp-warden'; version: string };
  files: {
    path: string;
    language: string;
    /** MCP tools/resources/prompts discovered in the file. */
    definitions: { kind: string; name: string; line: number }[];
    syntaxErrors: boolean;
    /** Why analysis stopped early or skipped the file; absent when complete. */
    incomplete?: string;
  }[];
  findings: JsonFinding[];
  summary: { files: number; findings: number; error: number; warning: number; information: number; hint: number; incomplete: number };
}

export function jsonRange(r: Range): JsonRange {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function toJson(report: Report): JsonReport {
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'mcp-warden', version: report.toolVersion },
    files: report.files.map((f) => ({
      path: f.path,
      language: f.lang,
      definitions: f.analysis.definitions.map((d) => ({ kind: d.kind, name: d.name, line: d.range.start.line + 1 })),
      syntaxErrors: f.analysis.hasSyntaxErrors,
      ...(f.analysis.incomplete !== undefined ? { incomplete: f.analysis.incomplete } : {}),
    })),
    findings: report.findings.map((f) => jsonFinding(report, f)),
    summary: summarize(report),
  };
}

function jsonFinding(report: Report, f: ReportedFinding): JsonFinding {
  const rule = getRule(f.ruleId);
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    path: f.path,
    range: jsonRange(f.range),
    flow: f.flow.map((s) => ({ path: displayPath(report.cwd, s.file), range: jsonRange(s.range), message: s.message })),
    ...(f.definition !== undefined ? { definition: f.definition } : {}),
    cwe: rule ? [...rule.meta.cwe] : [],
    ...(rule ? { docs: DOCS_BASE + rule.meta.docs } : {}),
    fingerprint: f.fingerprint,
  };
}

export function formatJson(report: Report): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}
