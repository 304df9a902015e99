// The `mcpWarden.*` settings as the language server sees them: one type, its defaults, and a
// tolerant parser. package.json `contributes.configuration` describes the same settings;
// test/unit/settings.test.mjs checks that the two agree.
// (`mcpWarden.trace.server` is read by vscode-languageclient itself, not by the server.)

export type RuleLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface Settings {
  /** `mcpWarden.enable`: analyse and report at all. */
  enable: boolean;
  /** `mcpWarden.rules`: per-rule severity or 'off', keyed by rule id. */
  rules: Record<string, RuleLevel>;
  /** `mcpWarden.exclude`: glob patterns of files not to analyse. */
  exclude: string[];
  /** `mcpWarden.codeLens.enable`: CodeLens above MCP tools ("N findings", "▶ Try in sandbox"). */
  'codeLens.enable': boolean;
}

/** The settings section, as passed to workspace/configuration. */
export const SETTINGS_SECTION = 'mcpWarden';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  rules: Object.freeze({}) as Record<string, RuleLevel>,
  exclude: Object.freeze(['**/node_modules/**', '**/dist/**', '**/build/**', '**/.venv/**', '**/venv/**']) as string[],
  'codeLens.enable': true,
});

/** A problem found while parsing settings (reported to the output channel, never thrown). */
export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Turns whatever the client sent for the `mcpWarden` section into Settings. Unknown keys are
 * ignored; a value of the wrong type falls back to its default; bad entries inside `rules` and
 * `exclude` are dropped one by one. Never throws.
 */
export function parseSettings(raw: unknown, problems: SettingsProblem[] = []): Settings {
  const obj = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push({ key: SETTINGS_SECTION, message: `expected an object, got ${typeName(raw)}; using defaults` });
  }

  let enable = DEFAULT_SETTINGS.enable;
  if (obj.enable !== undefined && obj.enable !== null) {
    if (typeof obj.enable === 'boolean') enable = obj.enable;
    else problems.push({ key: 'mcpWarden.enable', message: `expected a boolean, got ${typeName(obj.enable)}` });
  }

  const rules: Record<string, RuleLevel> = {};
  if (isRecord(obj.rules)) {
    for (const [id, value] of Object.entries(obj.rules)) {
      const level = typeof value === 'string' ? (value.trim().toLowerCase() as RuleLevel) : undefined;
      // 'info' is a common slip for 'information'.
      const normalised = (level as string) === 'info' ? 'information' : level;
      if (normalised && RULE_LEVELS.includes(normalised)) rules[id] = normalised;
      else problems.push({ key: `mcpWarden.rules.${id}`, message: `expected one of ${RULE_LEVELS.join(', ')}, got ${JSON.stringify(value)}` });
    }
  } else if (obj.rules !== undefined && obj.rules !== null) {
    problems.push({ key: 'mcpWarden.rules', message: `expected an object, got ${typeName(obj.rules)}` });
  }

  let exclude = [...DEFAULT_SETTINGS.exclude];
  if (Array.isArray(obj.exclude)) {
    exclude = [];
    for (const g of obj.exclude) {
      if (typeof g === 'string' && g.trim() !== '') exclude.push(g.trim());
      else problems.push({ key: 'mcpWarden.exclude', message: `ignored a non-string or empty pattern: ${JSON.stringify(g)}` });
    }
  } else if (obj.exclude !== undefined && obj.exclude !== null) {
    problems.push({ key: 'mcpWarden.exclude', message: `expected an array of glob strings, got ${typeName(obj.exclude)}` });
  }

  // VS Code sends dotted settings nested (`codeLens: { enable }`); accept the flat key too.
  let codeLensEnable = DEFAULT_SETTINGS['codeLens.enable'];
  const lensValue = isRecord(obj.codeLens) ? obj.codeLens.enable : obj['codeLens.enable'];
  if (lensValue !== undefined && lensValue !== null) {
    if (typeof lensValue === 'boolean') codeLensEnable = lensValue;
    else problems.push({ key: 'mcpWarden.codeLens.enable', message: `expected a boolean, got ${typeName(lensValue)}` });
  }

  return { enable, rules, exclude, 'codeLens.enable': codeLensEnable };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v;
}
