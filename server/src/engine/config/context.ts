// What a configuration rule sees, and the shape of such a rule. A config rule is a CheckRule
// (meta only, so the rule catalogue, docs and SARIF treat it like any other) plus `checkConfig`.
import type { Node } from 'jsonc-parser';
import type { CheckRule, Rule } from '../rules/types';
import type { ConfigSecretFixData, Fix } from '../types';
import type { ConfigDocument } from './document';

export interface ConfigReport {
  ruleId: string;
  message: string;
  /** The JSON node the finding is about (a string value, usually). */
  node: { offset: number; length: number };
  configSecret?: ConfigSecretFixData;
  /** Text edits that fix the finding (not preferred unless they keep behaviour). */
  fixes?: Fix[];
}

export interface ConfigContext {
  file: string;
  doc: ConfigDocument;
  report(r: ConfigReport): void;
}

export interface ConfigRule extends CheckRule {
  checkConfig(ctx: ConfigContext): void;
}

export function isConfigRule(r: Rule): r is ConfigRule {
  return typeof (r as Partial<ConfigRule>).checkConfig === 'function';
}

export type { Node };
