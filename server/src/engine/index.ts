// Public surface of the engine: what the language server, the CLI, tests and benchmarks use.
export { Engine, skipReason, MAX_FILE_BYTES, type EngineOptions, type RuleSetting } from './analyze';
export { Parsers, langFromPath, langFromLanguageId, makeEdit, makeEditAt, SUPPORTED_EXTENSIONS } from './parser';
export { RULES, TAINT_RULES, getRule } from './rules';
export { parseSuppressions } from './suppress';
export * from './types';
export { rulesWithFixes } from './fixes';
export { commonEnds } from './hash';
export { has as textHasAny } from './checks/transport/util';
