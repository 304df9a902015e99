// Analysis of one MCP client configuration file: parse with jsonc-parser, run every config rule.
// Suppressions, rule settings and sorting are applied by the engine (analyze.ts) as for code.
import { RULES } from '../rules';
import type { RuleSetting } from '../analyze';
import type { FileAnalysis, Finding } from '../types';
import { isConfigRule, type ConfigContext } from './context';
import { parseConfig } from './document';

export function analyzeConfig(file: string, text: string, rules: Record<string, RuleSetting> | undefined): FileAnalysis {
  const t0 = performance.now();
  const findings: Finding[] = [];
  let incomplete: string | undefined;
  let parseErrors: FileAnalysis['parseErrors'];
  try {
    const doc = parseConfig(text);
    const t1 = performance.now();
    parseErrors = doc.parseErrors;
    const ctx: ConfigContext = {
      file,
      doc,
      report: (r) =>
        findings.push({
          ruleId: r.ruleId,
          message: r.message,
          severity: 'warning',
          file,
          range: doc.rangeOf(r.node),
          flow: [],
          ...(r.configSecret ? { configSecret: r.configSecret } : {}),
          ...(r.fixes ? { fixes: r.fixes } : {}),
        }),
    };
    for (const rule of RULES) {
      if (!isConfigRule(rule) || rules?.[rule.meta.id] === 'off') continue;
      rule.checkConfig(ctx);
    }
    if (parseErrors.length > 0) {
      const first = parseErrors[0];
      const n = parseErrors.length;
      incomplete = `not valid JSON: ${n === 1 ? 'one syntax error' : `${n} syntax errors`}, the first at line ${first.range.start.line + 1}, column ${first.range.start.character + 1} (${first.message}); only what could be read was checked`;
    }
    return { file, lang: 'json', definitions: [], findings, hasSyntaxErrors: parseErrors.length > 0, incomplete, parseErrors, timings: { parseMs: t1 - t0, analyzeMs: performance.now() - t1 } };
  } catch (e) {
    // jsonc-parser recurses per nesting level: absurd nesting is a RangeError, never a crash.
    incomplete = e instanceof RangeError ? 'analysis stopped: JSON nested too deeply' : `analysis failed: ${e instanceof Error ? e.message : String(e)}`;
    return { file, lang: 'json', definitions: [], findings, hasSyntaxErrors: false, incomplete, parseErrors, timings: { parseMs: 0, analyzeMs: performance.now() - t0 } };
  }
}
