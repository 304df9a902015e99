// Command-line parsing for `mcp-warden`. Pure: argv in, a typed command out, or a UsageError
// whose message is printed with the usage line (exit code 2).
import { RULES, type RuleSetting } from '../engine';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = 'error' | 'warning' | 'never';

export interface CheckOptions {
  paths: string[];
  format: OutputFormat;
  output?: string;
  failOn: FailOn;
  /** Per-rule severity override or 'off' (from `--rule id=severity`). */
  rules: Record<string, RuleSetting>;
  exclude: string[];
  /** Force colours on (true) or off (false); undefined = decide from the TTY and NO_COLOR. */
  color?: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

export class UsageError extends Error {}

export const USAGE =
  'usage: mcp-warden check [paths…] [--format text|json|sarif] [--output FILE] [--fail-on error|warning|never] [--rule id=severity|off]… [--exclude GLOB]…';

export const HELP = `mcp-warden — find security flaws in MCP (Model Context Protocol) server code

${USAGE}

Analyses TypeScript, JavaScript and Python files under each path (default: the current
directory). node_modules, .git, dist, build, out, coverage, .next, .venv, venv, env,
__pycache__, site-packages and .tox are skipped, and so are *.d.ts files.

Options:
  -f, --format FORMAT     text (default), json or sarif (SARIF 2.1.0)
  -o, --output FILE       write the report to FILE instead of stdout
      --fail-on LEVEL     exit 1 when a finding at or above LEVEL exists:
                          error (default), warning or never
      --rule ID=SEVERITY  set a rule's severity (error, warning, information, hint)
                          or turn it off (off); repeatable
      --exclude GLOB      skip files and directories matching GLOB (relative to the
                          current directory; a pattern without "/" matches any file or
                          directory name); repeatable
      --color, --no-color force colours on or off (default: on when stdout is a
                          terminal and NO_COLOR is not set)
  -h, --help              show this help
  -V, --version           show the version

Exit codes: 0 no findings at or above --fail-on, 1 such findings exist,
2 usage error or a path that cannot be read.

Rules: ${RULES.map((r) => r.meta.id).join(', ')}
`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];
const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  // `--help` / `--version` win wherever they appear (before `--`).
  const end = args.indexOf('--');
  const flags = end === -1 ? args : args.slice(0, end);
  if (flags.includes('-h') || flags.includes('--help')) return { kind: 'help' };
  if (flags.includes('-V') || flags.includes('--version')) return { kind: 'version' };

  const command = args.shift();
  if (command === undefined) throw new UsageError('missing command');
  if (command === 'help') return { kind: 'help' };
  if (command === 'version') return { kind: 'version' };
  if (command !== 'check') throw new UsageError(`unknown command '${command}'`);

  const options: CheckOptions = { paths: [], format: 'text', failOn: 'error', rules: {}, exclude: [] };
  let onlyPaths = false;
  while (args.length > 0) {
    const arg = args.shift()!;
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq !== -1) return arg.slice(eq + 1);
      const v = args.shift();
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '-f':
      case '--format':
        options.format = oneOf(name, value(), FORMATS);
        break;
      case '-o':
      case '--output': {
        const v = value();
        if (v === '') throw new UsageError(`${name} needs a file name`);
        options.output = v;
        break;
      }
      case '--fail-on':
        options.failOn = oneOf(name, value(), FAIL_ON);
        break;
      case '--rule': {
        const v = value();
        const m = /^([^=]+)=(.*)$/.exec(v);
        if (!m) throw new UsageError(`--rule expects id=severity, got '${v}'`);
        const id = m[1].trim();
        if (!RULES.some((r) => r.meta.id === id)) throw new UsageError(`unknown rule '${id}' (known: ${RULES.map((r) => r.meta.id).join(', ')})`);
        options.rules[id] = oneOf(`--rule ${id}`, m[2].trim(), SETTINGS);
        break;
      }
      case '--exclude': {
        const v = value();
        if (v.trim() === '') throw new UsageError('--exclude needs a glob');
        options.exclude.push(v);
        break;
      }
      case '--color':
        if (eq !== -1) throw new UsageError('--color takes no value');
        options.color = true;
        break;
      case '--no-color':
        if (eq !== -1) throw new UsageError('--no-color takes no value');
        options.color = false;
        break;
      default:
        throw new UsageError(`unknown option '${name}'`);
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return { kind: 'check', options };
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}`);
}
