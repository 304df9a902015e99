// Runs the check rules (rules with a `check` function) over an analysed file.
import { checkBudget, type AnalysisContext } from '../context';
import { RULES } from '../rules';
import type { RuleSetting } from '../analyze';
import { makeCheckContext, reportRange } from './context';

export function runChecks(ctx: AnalysisContext, settings: Record<string, RuleSetting> | undefined): void {
  const lang = ctx.lang === 'python' ? 'py' : 'ts';
  const c = makeCheckContext(
    ctx,
    (r) => ctx.findings.push({ ruleId: r.ruleId, message: r.message, severity: 'warning', file: ctx.file, range: reportRange(r.at), flow: r.flow ?? [], definition: r.definition }),
    () => checkBudget(ctx),
  );
  for (const rule of RULES) {
    if (!('check' in rule) || !rule.check) continue;
    if (!rule.meta.languages.includes(lang)) continue;
    if (settings?.[rule.meta.id] === 'off') continue;
    rule.check(c);
  }
}
