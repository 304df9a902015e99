import type { Finding, Lang } from './types';

// `// mcp-warden-ignore-next-line tool-input-to-shell, tool-input-to-path -- reason`
// `# mcp-warden-ignore-next-line tool-input-to-sql -- reason` (Python)
// `// mcp-warden-ignore-file` or `// mcp-warden-ignore-file weak-input-schema -- reason`
const DIRECTIVE = /(?:\/\/|\/\*|#)[ \t]*mcp-warden-ignore-(next-line|file)\b([^\n]*)/g;

interface Suppression {
  /** Line the directive applies to (next line), or -1 for the whole file. */
  line: number;
  /** Rule ids; empty = every rule. */
  rules: string[];
}

export function parseSuppressions(text: string, _lang: Lang): Suppression[] {
  if (text.indexOf('mcp-warden-ignore') === -1) return [];
  const out: Suppression[] = [];
  // Lines counted from the previous directive on, so many directives cost one pass.
  let row = 0;
  let counted = 0;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const rest = m[2].split('--')[0].split('*/')[0];
    const rules = rest.split(/[\s,]+/).filter((r) => /^[a-z][a-z0-9-]*$/.test(r));
    let line = -1;
    if (m[1] === 'next-line') {
      for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) row++;
      counted = m.index;
      line = row + 1;
    }
    out.push({ line, rules });
  }
  return out;
}

export function applySuppressions(text: string, lang: Lang, findings: Finding[]): Finding[] {
  const sups = parseSuppressions(text, lang);
  if (sups.length === 0) return findings;
  return findings.filter(
    (f) => !sups.some((s) => (s.line === -1 || s.line === f.range.start.line) && (s.rules.length === 0 || s.rules.includes(f.ruleId))),
  );
}
