// SARIF 2.1.0 output: one run, every rule in tool.driver.rules (so code-scanning UIs can show
// rule help even for rules without results), results with their flow as codeFlows, and files
// whose analysis was incomplete as tool execution notifications.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, type FlowStep, type Range, type Severity } from '../engine';
import { DOCS_BASE, REPO_URL } from './format';
import type { Report, ReportedFinding } from './report';
import type { CheckOptions } from './args';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifLevel(sev: Severity | 'off'): Sarif.ReportingConfiguration.level {
  switch (sev) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'off':
      return 'none';
    default:
      return 'note';
  }
}

/**
 * GitHub code scanning reads `security-severity` (0.0–10.0) to rank alerts. Derived from the
 * worst CWE a rule maps to (CVSS-like base scores for the typical impact), else its severity.
 */
const CWE_SCORES: Record<number, number> = {
  78: 9.8, // OS command injection
  94: 9.8, // code injection
  502: 9.8, // deserialisation of untrusted data
  89: 8.8, // SQL injection
  22: 7.5, // path traversal
  918: 7.5, // SSRF
  306: 9.1, // missing authentication
  798: 8.1, // hard-coded credentials
  347: 8.1, // improper signature verification
  295: 7.4, // improper certificate validation
  346: 7.1, // origin validation error
  942: 6.5, // permissive CORS
  330: 5.9, // insufficiently random values
  1427: 6.5, // prompt injection
  20: 5.3, // improper input validation
  209: 5.3, // error message information exposure
  532: 5.3, // sensitive data in logs
  1327: 5.3, // binding to an unrestricted address
};
const SEVERITY_SCORES: Record<Severity, number> = { error: 7.0, warning: 5.0, information: 3.0, hint: 1.0 };

export function securitySeverity(cwe: readonly number[], severity: Severity): string {
  const scores = cwe.map((c) => CWE_SCORES[c]).filter((s): s is number => s !== undefined);
  const score = scores.length > 0 ? Math.max(...scores) : SEVERITY_SCORES[severity];
  return score.toFixed(1);
}

function pascal(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Artifact location: a URI relative to %SRCROOT% (the cwd), or an absolute file URI outside it. */
function artifact(cwd: string, abs: string): Sarif.ArtifactLocation {
  const rel = path.relative(cwd, abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

/** A directory's file URI with the trailing slash SARIF requires for a base URI. */
function dirUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** SARIF regions are 1-based; endColumn is one past the last character (columnKind utf16CodeUnits). */
function region(r: Range): Sarif.Region {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function physical(cwd: string, file: string, r: Range): Sarif.PhysicalLocation {
  return { artifactLocation: artifact(cwd, file), region: region(r) };
}

function threadFlowLocation(cwd: string, s: FlowStep, i: number, n: number): Sarif.ThreadFlowLocation {
  return {
    location: { physicalLocation: physical(cwd, s.file, s.range), message: { text: s.message } },
    kinds: i === 0 ? ['source'] : i === n - 1 ? ['sink'] : ['taint'],
    nestingLevel: 0,
    executionOrder: i + 1,
  };
}

export function toSarif(report: Report, options: Pick<CheckOptions, 'rules'>): Sarif.Log {
  const ruleIndex = new Map<string, number>();
  const rules: Sarif.ReportingDescriptor[] = RULES.map((r, i) => {
    ruleIndex.set(r.meta.id, i);
    const helpUri = DOCS_BASE + r.meta.docs;
    return {
      id: r.meta.id,
      name: pascal(r.meta.id),
      shortDescription: { text: r.meta.title },
      fullDescription: { text: `${r.meta.title} (${r.meta.cwe.map((c) => `CWE-${c}`).join(', ') || 'no CWE'}).` },
      help: { text: `${r.meta.title}. Documentation: ${helpUri}`, markdown: `${r.meta.title}. [Documentation](${helpUri})` },
      helpUri,
      defaultConfiguration: { level: sarifLevel(r.meta.severity), enabled: true },
      properties: {
        tags: ['security', ...r.meta.cwe.map((c) => `external/cwe/cwe-${c}`)],
        precision: 'high',
        'security-severity': securitySeverity(r.meta.cwe, r.meta.severity),
      },
    };
  });

  const results: Sarif.Result[] = report.findings.map((f) => result(report, f, ruleIndex));

  const overrides: Sarif.ConfigurationOverride[] = Object.entries(options.rules)
    .filter(([id]) => ruleIndex.has(id))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, setting]) => ({
      descriptor: { id, index: ruleIndex.get(id)! },
      configuration: setting === 'off' ? { enabled: false } : { level: sarifLevel(setting) },
    }));

  const notifications: Sarif.Notification[] = report.incomplete.map((n) => ({
    level: 'warning',
    message: { text: `Analysis of ${n.path} was incomplete: ${n.reason}` },
    locations: [{ physicalLocation: { artifactLocation: artifact(report.cwd, path.resolve(report.cwd, n.path)) } }],
    descriptor: { id: 'incomplete-analysis' },
  }));

  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  if (overrides.length > 0) invocation.ruleConfigurationOverrides = overrides;

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mcp-warden',
            fullName: 'MCP Warden',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: REPO_URL,
            rules,
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: dirUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

function result(report: Report, f: ReportedFinding, ruleIndex: Map<string, number>): Sarif.Result {
  const res: Sarif.Result = {
    ruleId: f.ruleId,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: physical(report.cwd, f.file, f.range) }],
    partialFingerprints: { 'mcpWarden/v1': f.fingerprint },
  };
  const index = ruleIndex.get(f.ruleId);
  if (index !== undefined) res.ruleIndex = index;
  if (f.flow.length > 0) {
    res.codeFlows = [
      {
        threadFlows: [{ locations: f.flow.map((s, i) => threadFlowLocation(report.cwd, s, i, f.flow.length)) }],
      },
    ];
  }
  if (f.definition !== undefined) res.properties = { mcpDefinition: f.definition };
  return res;
}

export function formatSarif(report: Report, options: Pick<CheckOptions, 'rules'>): string {
  return JSON.stringify(toSarif(report, options), null, 2) + '\n';
}
