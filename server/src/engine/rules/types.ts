import type { CheckContext } from '../checks/context';
import type { Lang, Severity } from '../types';

/** Sink categories; a value can be sanitised for some and not others (bit mask). */
export const enum Kind {
  Shell = 1,
  Eval = 2,
  Path = 4,
  Url = 8,
  Sql = 16,
  Deser = 32,
}
export const ALL_KINDS = 63;

export interface RuleMeta {
  id: string;
  /** One line: what the rule flags. */
  title: string;
  severity: Severity;
  cwe: number[];
  /** Languages the rule applies to. */
  languages: ('ts' | 'py' | 'json')[];
  /** Path of the doc page, relative to the repository / extension root. */
  docs: string;
}

/**
 * A dangerous call. Callee names are canonical: the module path the name was imported from,
 * then the property chain (`child_process.exec`, `fs.readFile`, `subprocess.run`, `eval`).
 * `*.name` matches method `name` on any receiver whose text matches `receiver`.
 */
export interface SinkSpec {
  callees: string[];
  receiver?: RegExp;
  /** Positional argument indexes that are sinks (default [0]); 'all' = every argument. */
  args?: number[] | 'all';
  /** Python keyword arguments / JS option-object properties that are sinks. */
  keys?: string[];
  /** Only a sink when this keyword/option is set to a matching value (e.g. shell=True). */
  requires?: { key: string; value: RegExp };
  /** Not a sink when this keyword/option matches (e.g. Loader=SafeLoader). */
  unless?: { key: string; value: RegExp };
  /** Program + argument vector: only the program (arg 0 / element 0) is dangerous, unless it is a shell run with -c. */
  argv?: boolean;
  /** The call is a constructor (`new vm.Script(x)`). Matched either way when omitted. */
  isNew?: boolean;
  /**
   * The callee opens a local path or fetches a URL, whichever it is given (pandas readers). As a
   * `url` sink it reports only values the code treats as URLs (a literal scheme, a URL-named
   * variable or tool input), never one checked or built as a local path; as a `path` sink it
   * skips values that start with a literal remote scheme (`https://host/…`).
   */
  pathOrUrl?: 'path' | 'url';
  /** Human words for the sink, used in messages: "a shell command". */
  what: string;
}

export interface TaintRule {
  meta: RuleMeta;
  kind: Kind;
  sinks: { ts: SinkSpec[]; py: SinkSpec[] };
}

/**
 * A rule that reads the syntax tree (and the discovered MCP definitions) rather than taint flows.
 * `check` runs once per analysis of a file, after the language module, on every keystroke in the
 * editor: keep it cheap — find candidates with a text search (`ctx.text`) and look at the tree
 * only there (`ctx.root.descendantForIndex`), never walk the whole tree per rule.
 * Rules without `check` report from the language modules (weak-input-schema).
 */
export interface CheckRule {
  meta: RuleMeta;
  check?: (ctx: CheckContext) => void;
}

export type Rule = TaintRule | CheckRule;

export function isTaintRule(r: Rule): r is TaintRule {
  return (r as TaintRule).sinks !== undefined;
}

export type { Lang };
