// Taint evaluator for Python handler bodies: abstract interpretation over the tree-sitter tree,
// path-sensitive for guards (copy-on-write scopes per branch), context-sensitive through calls
// to project functions (same file and other files), with sink checks driven by rules/*.ts.

import * as path from 'node:path';
import type { Node } from 'web-tree-sitter';
import type { FlowStep } from '../types';
import { checkBudget, nodeRange, step, type AnalysisContext } from '../context';
import { ALL_KINDS, Kind, type SinkSpec, type TaintRule } from '../rules';
import { PY_DB_HANDLE } from '../rules/tool-input-to-sql';
import { isTainted, lookupSinks, reportFlow, sinkTable, sourceVal, taintFor, taintOf, type SinkEntry, type Taint } from '../taint';
import { FULL, isEnumClass, isModelClass, modelFields, stringLiteral, typeInfo, unescapePy, type ClassRef, type ClassResolver } from './annotations';
import { canonicalOf, importBindings, isCoreModule, isExternalModule, loadProjectModule, type ImportRef, type ModuleInfo } from './module';
import { kindsForChars, prefixFixesHost, regexKinds } from './regex';
import { field, is, named, operator, ty, txt } from './syntax';
import { ALL_BITS, CLEAN, elementOf, flat, stepPy, markSafe, mergePy, FIRSTWORD, NO_ABS, NO_DOTDOT, NOT_PARENT, safeMask, Scope, strVal, litVal, type Origin, type Part, type PyVal } from './values';

const MAX_CALL_DEPTH = 4;
const MAX_EXPR_DEPTH = 120;
const MAX_STMT_DEPTH = 200;
const PATHV = Kind.Path | NO_ABS | NO_DOTDOT;
/** What an allow-list check proves: everything, including the first word of a command line. */
const ALLOW = FULL | FIRSTWORD | NOT_PARENT;

interface Arg {
  node: Node;
  val: PyVal;
  splat?: boolean;
}

interface Args {
  pos: Arg[];
  kw: Map<string, Arg>;
  kwSplat: Arg[];
}

interface LoopCtx {
  base: Scope;
  breaks: Scope[];
  continues: Scope[];
}

export interface Frame {
  mod: ModuleInfo;
  name: string;
  handler: boolean;
  depth: number;
  base: Scope;
  returns: PyVal[];
  exits: Scope[];
  truthy: Scope[];
  loops: LoopCtx[];
  /** Call site in the analysed file: where sinks inside other files are reported. */
  reportAt?: Node;
  /** Low-level call_tool handler: the parameter holding the tool name. */
  nameParam?: string;
  /** Names of the function's parameters (for `self` and exit facts). */
  params: string[];
}

/** A sink reached inside a call, kept to be re-issued for each caller (with the caller's taints). */
interface Report {
  rule: TaintRule;
  what: string;
  callee: string;
  t: Taint;
  at: Node;
  /** File of the sink. */
  file: string;
  /** Call in the analysed file through which a sink in another file is reached. */
  site?: Node;
}

interface CallResult {
  /** Taints of the arguments the result was computed with, by slot (see sigOf). */
  taints: Taint[];
  /** Sinks reached inside the call, in terms of `taints`. */
  reports: Report[];
  /** The callee read a low-level handler's raw arguments. */
  rawArgs?: Node;
  ret: PyVal;
  /** Safe mask of each parameter at every normal exit. */
  exitSafe: number[];
  /** Safe mask of each parameter at every return of a truthy value (for validators). */
  truthySafe?: number[];
  /** Value of the first parameter (`self`) at exit, for constructors. */
  selfOut?: PyVal;
}

interface Fact {
  expr: Node;
  kinds: number;
  sc?: Scope;
}

interface Target {
  canonical?: string;
  method?: string;
  recv?: PyVal;
  recvNode?: Node;
  fn?: PyVal;
  self?: PyVal;
  display: string;
}

const SHELLS = /^(sh|bash|zsh|dash|ksh|fish|csh|tcsh|ash|cmd|cmd\.exe|powershell|powershell\.exe|pwsh|python[0-9.]*|node|nodejs|deno|bun|perl|ruby|php|osascript|lua|Rscript)$/i;
const SHELL_FLAG = /^(-[a-z]*c|\/c|\/k|-command|-e|--eval|-p|--print|-r)$/i;
const VALIDATOR = /^_*(validate|valid_|sanitize|sanitise|check|ensure|verify|assert|is_safe|is_allowed|is_valid|is_permitted|is_within|is_inside|is_subpath|safe_|secure_|allowed_|restrict|confine|guard)/i;
const PATH_SINK_METHODS = new Set(['read_text', 'read_bytes', 'write_text', 'write_bytes', 'open', 'unlink', 'iterdir', 'rmdir', 'mkdir', 'touch', 'rename', 'replace', 'symlink_to', 'hardlink_to', 'glob', 'rglob', 'chmod', 'lchmod', 'readlink', 'copy', 'copy_into', 'move', 'move_into', 'walk']);
const PATH_ONLY_METHODS = new Set(['read_text', 'read_bytes', 'write_text', 'write_bytes', 'iterdir', 'unlink', 'rmdir', 'touch', 'symlink_to', 'hardlink_to', 'rglob']);
const PATH_TARGET_METHODS = new Set(['rename', 'replace', 'symlink_to', 'hardlink_to', 'copy', 'move']);
const PATH_RESULT_METHODS = new Set(['resolve', 'absolute', 'expanduser', 'joinpath', 'with_name', 'with_suffix', 'with_stem', 'relative_to', 'as_posix', 'parent']);
const BOOL_METHODS = /^(startswith|endswith|is[a-z_]*|exists|count|find|rfind|index|rindex|__contains__|__len__|match_found|has_key)$/;
const STR_KEEP = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'casefold', 'title', 'capitalize', 'swapcase', 'encode', 'decode', 'zfill', 'ljust', 'rjust', 'center', 'expandtabs', 'removeprefix', 'removesuffix', 'translate', 'format_map', 'replace', 'copy', 'as_posix']);
const IDENTITY_METHODS = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'casefold']);
const CLEAN_CALLS = new Set([
  'int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash', 'id', 'isinstance', 'issubclass', 'callable', 'hasattr', 'type', 'range', 'print',
  'uuid.UUID', 'uuid.uuid4', 'uuid.uuid1', 'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.islink', 'os.path.isabs', 'os.path.getsize',
  'os.path.getmtime', 'os.path.getctime', 'os.path.lexists', 'os.getenv', 'os.environ.get', 'os.getcwd', 'os.cpu_count', 'time.time', 'time.monotonic',
  'datetime.datetime.now', 'datetime.datetime.fromisoformat', 'datetime.date.fromisoformat', 'datetime.datetime.strptime', 'logging.getLogger',
  'secrets.token_hex', 'secrets.token_urlsafe', 'tempfile.mkdtemp', 'tempfile.gettempdir', 'tempfile.mkstemp', 'decimal.Decimal', 'any', 'all',
  'json.dumps.__len__', 'math.floor', 'math.ceil', 'asyncio.sleep', 'time.sleep',
]);
const CLEAN_PREFIXES = /^(hashlib|hmac|logging|math|random|secrets|time|datetime|uuid|zlib\.crc32|binascii\.crc32|ipaddress\.ip_network\.is)\b/;
/** Methods of a Pillow image that return data (or nothing) rather than another image. */
const IMAGE_DATA_METHODS = new Set(['save', 'show', 'tobytes', 'getdata', 'getpixel', 'histogram', 'getbbox', 'getcolors', 'getextrema', 'close', 'verify', 'load', 'thumbnail', 'paste', 'putpixel', 'putdata']);
const HTTP_CLIENTS = /^(httpx\.(Async)?Client|requests\.(Session|session)|requests\.sessions\.Session|aiohttp\.ClientSession|urllib3\.PoolManager|niquests\.(Async)?Session)$/;
const DB_CONNECT = /^(sqlite3\.connect|(google\.cloud\.)?bigquery\.Client|trino\.dbapi\.connect|pymssql\.connect|databricks\.sql\.connect|redshift_connector\.connect|pyathena\.connect|impala\.dbapi\.connect|aiosqlite\.connect|psycopg2?\.connect|psycopg\.(Async)?Connection\.connect|psycopg_pool\.\w+|pymysql\.connect|MySQLdb\.connect|mysql\.connector\.connect|asyncpg\.(connect|create_pool)|aiomysql\.(connect|create_pool)|duckdb\.connect|sqlalchemy\.create_engine|sqlalchemy\.ext\.asyncio\.create_async_engine|clickhouse_connect\.get_client|snowflake\.connector\.connect|pyodbc\.connect|cx_Oracle\.connect|oracledb\.connect)$/;
const DB_METHODS = new Set(['cursor', 'connect', 'acquire', 'begin', 'execute', 'connection', '__enter__', '__aenter__', 'get_connection']);
const PATH_CTORS = /^(pathlib\.(Path|PurePath|PosixPath|PurePosixPath|WindowsPath|PureWindowsPath)|anyio\.Path|trio\.Path|aiopath\.AsyncPath|zipfile\.Path|Path)$/;

/** Schemes pandas (through fsspec) fetches rather than opens. */
const REMOTE_SCHEME = /^(https?|ftp|s3|s3a|gs|gcs|az|abfs|abfss|adl|hdfs|webhdfs):\/\//i;
/** Names of values that hold URLs: `url`, `csv_url`, `source_uri`, `links`, `dataUrl`. */
const URL_NAME = /(^|_)(url|uri|href|link|endpoint)s?(_|$)/i;
const URL_NAME_CAMEL = /[a-z0-9](Url|URL|Uri|URI|Href|Link|Endpoint)s?$/;

function argAt(pos: Arg[], i: number): Arg | undefined {
  for (let k = 0; k < pos.length; k++) {
    if (pos[k].splat && k <= i) return pos[k];
    if (k === i) return pos[k];
  }
  return undefined;
}

function lastSeg(s: string): string {
  const i = s.lastIndexOf('.');
  return i >= 0 ? s.slice(i + 1) : s;
}


export class PyEval {
  readonly table = sinkTable('py');
  private readonly memo = new Map<string, CallResult>();
  private readonly active = new Set<string>();
  private readonly modVals = new Map<string, PyVal>();
  private readonly importCache = new Map<string, PyVal>();
  private readonly summaries = new Map<string, CallResult>();
  private readonly classAttrCache = new Map<string, Map<string, Node>>();
  private quiet = 0;
  private ticks = 0;
  /** Current tool of a low-level call_tool handler (from `if name == "..."` branches). */
  tool: string | undefined;
  /** Low-level tool name → argument name → safe mask declared by its inputSchema. */
  readonly toolSchemas = new Map<string, Map<string, number>>();
  /** Set when a low-level handler reads its raw `arguments` dict. */
  rawArgsUse: Node | undefined;
  /** Registration in the analysed file of a handler written in another file (where its findings go). */
  handlerSite: Node | undefined;

  constructor(readonly ctx: AnalysisContext, readonly root: ModuleInfo) {
    this.resolveClass.alias = (name, mod) => {
      const imp = mod.imports.get(name);
      if (imp?.kind !== 'from' || (imp.level === 0 && isCoreModule(imp.module))) return undefined;
      const m2 = loadProjectModule(this.ctx, mod.file, imp.module, imp.level);
      const node = m2?.assigns.get(imp.member);
      return m2 && node ? { node, mod: m2 } : undefined;
    };
  }

  // ------------------------------------------------------------ entry points

  newFrame(mod: ModuleInfo, name: string, handler: boolean, depth: number, base: Scope, params: string[]): Frame {
    return { mod, name, handler, depth, base, returns: [], exits: [], truthy: [], loops: [], params };
  }

  /** Runs a handler body with its parameters already bound in `sc`. */
  runBody(fn: Node, sc: Scope, fr: Frame): void {
    const body = field(fn, 'body');
    if (body) this.execBlock(body, sc, fr, 0);
  }

  private readonly enclosingScopes = new Map<number, Scope>();

  /**
   * Scope a handler defined inside functions closes over (`def main(): db = Db(); @server.call_tool()
   * async def handle(...)`): the enclosing bodies run once, quietly, with their parameters clean.
   */
  closureScope(fn: Node, mod: ModuleInfo): Scope | undefined {
    const chain: Node[] = [];
    for (let p = fn.parent, up = 0; p && up < 64; p = p.parent, up++) if (is(p, 'function_definition')) chain.unshift(p);
    let scope: Scope | undefined;
    for (const outer of chain) {
      const cached = this.enclosingScopes.get(outer.id);
      if (cached) {
        scope = cached;
        continue;
      }
      const sc = new Scope(scope);
      const params: string[] = [];
      // A method's `self`: the tools it defines inside can reach the instance's attributes.
      let owner: Node | null = outer.parent;
      if (owner && is(owner, 'decorated_definition')) owner = owner.parent;
      const ownerClass = owner && is(owner, 'block') && owner.parent && is(owner.parent, 'class_definition') ? owner.parent : null;
      let first = true;
      for (const p of named(field(outer, 'parameters'))) {
        const name = paramName(p);
        if (!name) continue;
        params.push(name);
        let v: PyVal = CLEAN;
        if (first && ownerClass && name === 'self') v = { tag: 'instance', klass: ownerClass, mod };
        first = false;
        const ptype = field(p, 'type');
        if (ptype) {
          const r = this.resolveClass(txt(ptype).replace(/^Optional\[(.*)\]$/, '$1').replace(/\|\s*None$/, '').trimEnd(), mod);
          if (r && !isEnumClass(r.cls, r.mod, this.resolveClass) && !isModelClass(r.cls, r.mod, this.resolveClass)) v = { tag: 'instance', klass: r.cls, mod: r.mod };
        }
        sc.set(name, v);
      }
      const fr = this.newFrame(mod, txt(field(outer, 'name')) ?? '<enclosing>', true, 1, sc, params);
      this.quiet++;
      try {
        const body = field(outer, 'body');
        if (body) this.execBlock(body, sc, fr, 0);
      } finally {
        this.quiet--;
      }
      this.enclosingScopes.set(outer.id, sc);
      scope = sc;
    }
    return scope;
  }

  readonly resolveClass: ClassResolver = (name: string, mod: ModuleInfo): ClassRef | undefined => {
    const c = mod.classes.get(name);
    if (c) return { cls: c, mod };
    const imp = mod.imports.get(name);
    if (!imp || imp.kind !== 'from') return undefined;
    const v = this.resolveImport(mod, name, imp);
    if (v.tag === 'class' && v.klass && v.mod) return { cls: v.klass, mod: v.mod };
    return undefined;
  };

  // ------------------------------------------------------------ statements

  private tick(): void {
    if ((++this.ticks & 63) === 0) checkBudget(this.ctx);
  }

  /** Executes a block; true when every path through it leaves (return/raise/continue/break). */
  execBlock(block: Node, sc: Scope, fr: Frame, d: number): boolean {
    if (d > MAX_STMT_DEPTH) return false;
    for (const s of named(block)) {
      this.tick();
      if (this.execStmt(s, sc, fr, d)) return true;
    }
    return false;
  }

  private execStmt(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    switch (ty(s)) {
      case 'expression_statement':
        for (const e of named(s)) this.exprStatement(e, sc, fr, d);
        return false;
      case 'return_statement': {
        const e = named(s)[0];
        const v = e ? this.evalExpr(e, sc, fr, 0) : CLEAN;
        this.noteReturn(v, e, sc, fr);
        return true;
      }
      case 'raise_statement':
        return true;
      case 'continue_statement':
      case 'break_statement': {
        const loop = fr.loops[fr.loops.length - 1];
        if (loop) (is(s, 'break_statement') ? loop.breaks : loop.continues).push(sc.snapshot(loop.base));
        return true;
      }
      case 'if_statement':
        return this.execIf(s, sc, fr, d);
      case 'for_statement':
        return this.execFor(s, sc, fr, d);
      case 'while_statement':
        return this.execWhile(s, sc, fr, d);
      case 'try_statement':
        return this.execTry(s, sc, fr, d);
      case 'with_statement':
        return this.execWith(s, sc, fr, d);
      case 'match_statement':
        return this.execMatch(s, sc, fr, d);
      case 'function_definition': {
        const n = field(s, 'name');
        if (n) sc.set(txt(n), { fn: s, mod: fr.mod, env: sc });
        return false;
      }
      case 'decorated_definition': {
        const def = field(s, 'definition');
        if (def) return this.execStmt(def, sc, fr, d);
        return false;
      }
      case 'class_definition': {
        const n = field(s, 'name');
        if (n) sc.set(txt(n), { tag: 'class', klass: s, mod: fr.mod });
        return false;
      }
      case 'assert_statement': {
        const c = named(s)[0];
        if (c) {
          this.evalExpr(c, sc, fr, 0);
          this.applyFacts(this.condFacts(c, true, sc, fr), sc, fr);
        }
        return false;
      }
      case 'import_statement':
      case 'import_from_statement': {
        for (const [alias, ref] of importBindings(s).bindings) sc.set(alias, this.resolveImport(fr.mod, alias, ref));
        return false;
      }
      case 'ERROR':
        for (const c of named(s)) {
          if (/_statement$|_definition$/.test(ty(c))) {
            if (this.execStmt(c, sc, fr, d + 1)) return false;
          } else if (!is(c, 'identifier')) this.exprStatement(c, sc, fr, d);
        }
        return false;
      default:
        return false;
    }
  }

  private noteReturn(v: PyVal, e: Node | undefined, sc: Scope, fr: Frame): void {
    fr.returns.push(v);
    if (fr.handler) return;
    fr.exits.push(paramState(sc, fr));
    if (e && !/^(False|None|0|""|''|\[\]|\{\})$/.test(txt(e))) {
      if (/^(comparison_operator|not_operator|boolean_operator|call|parenthesized_expression)$/.test(ty(e))) {
        const t = sc.fork();
        this.applyFacts(this.condFacts(e, true, t, fr), t, fr);
        fr.truthy.push(paramState(t, fr));
      } else fr.truthy.push(fr.exits[fr.exits.length - 1]);
    }
  }

  private exprStatement(e: Node, sc: Scope, fr: Frame, d: number): void {
    if (is(e, 'assignment')) this.execAssign(e, sc, fr);
    else if (is(e, 'augmented_assignment')) this.execAugAssign(e, sc, fr);
    else if (is(e, 'call')) this.evalCall(e, sc, fr, 0, true);
    else if (is(e, 'await')) {
      const inner = named(e)[0];
      if (is(inner, 'call')) this.evalCall(inner, sc, fr, 0, true);
      else if (inner) this.evalExpr(inner, sc, fr, 0);
    } else this.evalExpr(e, sc, fr, 0);
    void d;
  }

  private execAssign(a: Node, sc: Scope, fr: Frame): PyVal {
    const left = field(a, 'left');
    const right = field(a, 'right');
    if (!left || !right) return CLEAN;
    let v: PyVal;
    if (is(right, 'assignment')) v = this.execAssign(right, sc, fr);
    else {
      const inner = is(right, 'await') ? named(right)[0] : right;
      v = is(inner, 'call') ? this.evalCall(inner, sc, fr, 0, true) : this.evalExpr(right, sc, fr, 0);
      const org = this.targetsOf(right, ALL_BITS, sc, 0);
      if (org.length) v = { ...v, org };
      else if (v.org) v = { ...v, org: undefined };
    }
    this.assignTarget(left, v, sc, fr, right);
    return v;
  }

  private execAugAssign(a: Node, sc: Scope, fr: Frame): void {
    const left = field(a, 'left');
    const right = field(a, 'right');
    if (!left || !right) return;
    const op = operator(a) ?? '+=';
    const cur = this.evalExpr(left, sc, fr, 0);
    const r = this.evalExpr(right, sc, fr, 0);
    let v: PyVal;
    if (op === '+=' && (cur.elems || r.elems)) v = this.concatLists([cur, r]);
    else if (op === '+=') v = this.buildString([...this.partsOf(cur), ...this.partsOf(r)]);
    else if (op === '/=') v = { ...this.join2(cur, r), tag: cur.tag === 'path' ? 'path' : undefined };
    else v = this.join2(cur, r);
    this.assignTarget(left, v, sc, fr, right);
  }

  private join2(a: PyVal, b: PyVal): PyVal {
    if (!isTainted(a) && !isTainted(b)) return CLEAN;
    return flat({ elems: [a, b] });
  }

  assignTarget(t: Node, v: PyVal, sc: Scope, fr: Frame, valueNode?: Node): void {
    switch (ty(t)) {
      case 'identifier': {
        let val = v;
        if (isTainted(v) && valueNode) val = stepPy(v, step(fr.mod.file, t, `assigned to \`${txt(t)}\``));
        sc.set(txt(t), val);
        return;
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        const ts = named(t);
        const hasSplat = ts.some((x) => is(x, 'list_splat_pattern') || is(x, 'list_splat'));
        ts.forEach((x, i) => {
          if (is(x, 'list_splat_pattern') || is(x, 'list_splat')) {
            const rest = v.elems ? v.elems.slice(i, v.elems.length - (ts.length - i - 1)) : [elementOf(v)];
            const inner = named(x)[0];
            if (inner) this.assignTarget(inner, { t: flat({ elems: rest }).t, elems: v.elems ? rest : undefined }, sc, fr);
            return;
          }
          const ev = v.elems && !hasSplat && v.elems.length === ts.length ? (v.elems[i] as PyVal) : elementOf(v);
          this.assignTarget(x, ev, sc, fr);
        });
        return;
      }
      case 'as_pattern_target':
      case 'parenthesized_expression': {
        const inner = named(t)[0];
        if (inner) this.assignTarget(inner, v, sc, fr, valueNode);
        return;
      }
      case 'attribute': {
        const obj = field(t, 'object');
        const attr = txt(field(t, 'attribute'));
        if (!is(obj, 'identifier') || !attr) return;
        const cur = this.lookup(txt(obj), sc, fr);
        if (cur.tag === 'class' || cur.tag === 'module' || cur.callee) return;
        const props = new Map(cur.props ?? []);
        props.set(attr, v);
        sc.set(txt(obj), { ...cur, props });
        return;
      }
      case 'subscript': {
        const obj = field(t, 'value');
        const key = field(t, 'subscript');
        if (!is(obj, 'identifier') || !key) return;
        const cur = this.lookup(txt(obj), sc, fr);
        if (cur.callee || cur.tag === 'module') return;
        const k = this.evalExpr(key, sc, fr, 1);
        if (k.str !== undefined && !cur.elems) {
          const props = new Map(cur.props ?? []);
          props.set(k.str, v);
          sc.set(txt(obj), { ...cur, props, table: undefined });
        } else if (isTainted(v) || isTainted(k)) {
          sc.set(txt(obj), { ...cur, t: flat({ elems: [cur, v, k] }).t, table: undefined, elems: undefined });
        }
        return;
      }
      default:
        return;
    }
  }

  private execIf(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const clauses: { cond: Node; body: Node }[] = [];
    const c0 = field(s, 'condition');
    const b0 = field(s, 'consequence');
    if (c0 && b0) clauses.push({ cond: c0, body: b0 });
    let elseBody: Node | undefined;
    for (const alt of s.childrenForFieldName('alternative')) {
      if (!alt) continue;
      if (is(alt, 'elif_clause')) {
        const c = field(alt, 'condition');
        const b = field(alt, 'consequence');
        if (c && b) clauses.push({ cond: c, body: b });
      } else if (is(alt, 'else_clause')) elseBody = field(alt, 'body') ?? undefined;
    }
    const paths: Scope[] = [];
    // What the earlier conditions being false proves, computed once per clause (long elif chains).
    const negated: Fact[] = [];
    let decided = false;
    for (const { cond, body } of clauses) {
      const b = sc.fork();
      if (negated.length) this.applyFacts(negated, b, fr);
      // A condition on a constant (`if trusted:` with trusted=False bound by the caller) prunes.
      // The first condition runs before any branch is taken: what its calls leave behind (a
      // helper that raises unless its argument is allowed, `if c not in columns_of(t): raise`,
      // vets t) holds on every path, the else path included.
      const truth = truthiness(this.evalExpr(cond, negated.length ? b : sc, fr, 0));
      if (truth === false) continue;
      if (truth === true) decided = true;
      const neg = this.condFacts(cond, false, b, fr);
      for (const f of neg) negated.push({ ...f, sc: f.sc ?? b });
      this.applyFacts(this.condFacts(cond, true, b, fr), b, fr);
      const saved = this.tool;
      const tool = this.toolBranch(cond, fr);
      if (tool) this.tool = tool;
      const term = this.execBlock(body, b, fr, d + 1);
      this.tool = saved;
      if (!term) paths.push(b);
      if (decided) break;
    }
    const e = sc.fork();
    if (negated.length) this.applyFacts(negated, e, fr);
    if (decided) {
      // The else branch cannot run.
    } else if (elseBody) {
      if (!this.execBlock(elseBody, e, fr, d + 1)) paths.push(e);
    } else paths.push(e);
    if (paths.length === 0) return true;
    sc.merge(paths);
    return false;
  }

  /** `name == "tool"` in a low-level handler: the tool whose arguments the branch reads. */
  private toolBranch(cond: Node, fr: Frame): string | undefined {
    if (!fr.nameParam && !this.tool) return undefined;
    if (!is(cond, 'comparison_operator')) return undefined;
    const ops = named(cond);
    if (ops.length !== 2 || operator(cond) !== '==') return undefined;
    const [a, b] = ops;
    const lit = is(b, 'string') ? b : is(a, 'string') ? a : undefined;
    const other = lit === b ? a : b;
    if (!lit || !is(other, 'identifier')) return undefined;
    if (fr.nameParam && txt(other) !== fr.nameParam) return undefined;
    return this.literal(lit);
  }

  private literal(n: Node): string | undefined {
    const v = this.stringConst(n);
    return v;
  }

  private execFor(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const left = field(s, 'left');
    const right = field(s, 'right');
    const body = field(s, 'body');
    if (!left || !right || !body) return false;
    const coll = this.evalExpr(right, sc, fr, 0);
    let item = elementOf(coll);
    // `for info in socket.getaddrinfo(host, ...)`: each element is a view of what the list is a view of.
    const org = this.targetsOf(right, ALL_BITS, sc, 0).filter((o) => o.prop === undefined);
    if (org.length && is(left, 'identifier')) item = { ...item, org };
    const elseBody = field(field(s, 'alternative'), 'body');
    const vetted = this.astWhitelistWalk(left, right, body, fr);
    const term = this.loop(sc, fr, d, body, (b) => this.assignTarget(left, item, b, fr), elseBody, false, true);
    if (vetted && !term) this.applyFacts([{ expr: vetted, kinds: Kind.Eval }], sc, fr);
    return term;
  }

  /**
   * `for node in ast.walk(tree): if not isinstance(node, ALLOWED): raise …`: once the loop has
   * run out, every node of `tree` is one of ALLOWED, so the tree (and the code compiled from it)
   * cannot reach attributes or calls: safe to evaluate. Only when ALLOWED is a literal tuple of
   * node classes (here or in a module constant) without `Attribute` or `Call` (with both gone no
   * escape is left: no dunder walk, no `eval("…")`, no `__import__`), and the loop has no `break`.
   * Returns the walked expression.
   */
  private astWhitelistWalk(left: Node, right: Node, body: Node, fr: Frame): Node | undefined {
    if (!is(left, 'identifier') || !is(right, 'call')) return undefined;
    const fn = field(right, 'function');
    if (!fn || canonicalOf(fr.mod, fn) !== 'ast.walk') return undefined;
    const walked = named(field(right, 'arguments')).filter((a) => !is(a, 'comment'));
    if (walked.length !== 1 || !is(walked[0], 'identifier')) return undefined;
    const node = txt(left);
    let ok = false;
    for (const st of named(body)) {
      if (is(st, 'break_statement') || st.descendantsOfType('break_statement').length) return undefined;
      if (!is(st, 'if_statement') || ok) continue;
      const cond = field(st, 'condition');
      const then = named(field(st, 'consequence'));
      const last = then[then.length - 1];
      if (!cond || !is(cond, 'not_operator') || !last || !is(last, 'raise_statement') || field(st, 'alternative')) continue;
      const call = field(cond, 'argument');
      if (!call || !is(call, 'call') || txt(field(call, 'function')) !== 'isinstance') continue;
      const args = named(field(call, 'arguments'));
      if (args.length !== 2 || txt(args[0]) !== node) continue;
      let allowed: Node | undefined = args[1];
      if (allowed && is(allowed, 'identifier')) allowed = fr.mod.assigns.get(txt(allowed));
      if (!allowed || !is(allowed, 'tuple')) continue;
      const names = named(allowed).map((e) => (is(e, 'attribute') ? txt(field(e, 'attribute')) : txt(e)) ?? '');
      if (names.length === 0 || names.some((x) => !/^[A-Z][A-Za-z]*$/.test(x) || x === 'Attribute' || x === 'Call' || x === 'AST' || x === 'expr' || x === 'stmt')) continue;
      ok = true;
    }
    return ok ? walked[0] : undefined;
  }

  private execWhile(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const cond = field(s, 'condition');
    const body = field(s, 'body');
    if (!body) return false;
    if (cond) this.evalExpr(cond, sc, fr, 0);
    const elseBody = field(field(s, 'alternative'), 'body');
    const infinite = !!cond && /^(True|1)$/.test(txt(cond));
    return this.loop(sc, fr, d, body, (b) => {
      if (cond) this.applyFacts(this.condFacts(cond, true, b, fr), b, fr);
    }, elseBody, infinite);
  }

  /** Runs a loop body twice (loop-carried taint), merging zero-iteration, fall-through and break/continue states. */
  /**
   * Runs a loop body twice (loop-carried taint). After the loop: the states at `break`, plus
   * the states where the loop ran out (zero iterations, end of body, `continue`) once they went
   * through the `else:` block. True when no path leaves the loop normally.
   */
  private loop(sc: Scope, fr: Frame, d: number, body: Node, bind: (b: Scope) => void, elseBody: Node | null, infinite = false, forAll = false): boolean {
    const passes = fr.loops.length < 2 ? 2 : 1;
    let final: Scope[] = [];
    for (let i = 0; i < passes; i++) {
      const ctx: LoopCtx = { base: sc, breaks: [], continues: [] };
      fr.loops.push(ctx);
      const b = sc.fork();
      bind(b);
      const term = this.execBlock(body, b, fr, d + 1);
      fr.loops.pop();
      const zero = sc.fork();
      const normal = infinite ? [] : [zero, ...ctx.continues];
      if (!term && !infinite) normal.push(b);
      // A check every element passes (`for addr in addrs: if addr.is_private: return False`)
      // holds for the list after the loop; an empty list passes vacuously.
      if (forAll && !term && ctx.continues.length === 0) {
        for (const [name, v] of b.vars) {
          const pre = sc.get(name);
          if (pre && v.t && pre.t && v.t.param === pre.t.param && v.t.definition === pre.t.definition && (v.t.safe & pre.t.safe) === pre.t.safe && v.t.safe !== pre.t.safe) zero.set(name, v);
        }
      }
      final = [...ctx.breaks];
      if (elseBody && normal.length) {
        const e = sc.fork();
        e.merge(normal);
        if (!this.execBlock(elseBody, e, fr, d + 1)) final.push(e);
      } else final.push(...normal);
      if (i + 1 < passes) {
        // Loop-carried state for the second pass: everything any iteration could leave behind.
        const carried = [sc.fork(), ...ctx.continues, ...ctx.breaks];
        if (!term) carried.push(b);
        sc.merge(carried);
      }
    }
    if (final.length === 0) return true;
    sc.merge(final);
    return false;
  }

  private execTry(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const body = field(s, 'body');
    const b = sc.fork();
    let term = body ? this.execBlock(body, b, fr, d + 1) : false;
    const paths: Scope[] = [];
    let fin: Node | undefined;
    const handlers: Node[] = [];
    for (const c of named(s)) {
      if (is(c, 'else_clause') && !term) {
        const eb = field(c, 'body');
        if (eb) term = this.execBlock(eb, b, fr, d + 1);
      } else if (is(c, 'except_clause') || is(c, 'except_group_clause')) handlers.push(c);
      else if (is(c, 'finally_clause')) fin = named(c).find((x) => is(x, 'block'));
    }
    if (!term) paths.push(b);
    for (const h of handlers) {
      const hs = sc.fork();
      for (const [n, v] of b.vars) hs.set(n, mergePy([sc.get(n), v]));
      const blk = named(h).find((x) => is(x, 'block'));
      const asp = named(h).find((x) => is(x, 'as_pattern'));
      const alias = field(asp, 'alias');
      if (alias) this.assignTarget(alias, CLEAN, hs, fr);
      if (blk && !this.execBlock(blk, hs, fr, d + 1)) paths.push(hs);
      else if (!blk) paths.push(hs);
    }
    if (paths.length) sc.merge(paths);
    if (fin) {
      if (this.execBlock(fin, sc, fr, d + 1)) return true;
    }
    return paths.length === 0;
  }

  private execWith(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const clause = named(s).find((c) => is(c, 'with_clause'));
    for (const item of named(clause)) {
      if (!is(item, 'with_item')) continue;
      const v = field(item, 'value');
      if (!v) continue;
      if (is(v, 'as_pattern')) {
        const expr = named(v)[0];
        const alias = field(v, 'alias');
        const val = expr ? this.evalCtxManager(expr, sc, fr) : CLEAN;
        if (alias) this.assignTarget(alias, val, sc, fr, expr);
      } else this.evalCtxManager(v, sc, fr);
    }
    const body = field(s, 'body');
    return body ? this.execBlock(body, sc, fr, d + 1) : false;
  }

  private evalCtxManager(e: Node, sc: Scope, fr: Frame): PyVal {
    const inner = is(e, 'await') ? named(e)[0] : e;
    if (is(inner, 'call')) return this.evalCall(inner, sc, fr, 0, true);
    return this.evalExpr(e, sc, fr, 0);
  }

  private execMatch(s: Node, sc: Scope, fr: Frame, d: number): boolean {
    const subj = field(s, 'subject');
    const subject = subj ? this.evalExpr(subj, sc, fr, 0) : CLEAN;
    const body = field(s, 'body');
    const paths: Scope[] = [];
    let wildcard = false;
    for (const c of field(s, 'body')?.childrenForFieldName('alternative') ?? named(body)) {
      if (!c || !is(c, 'case_clause')) continue;
      const b = sc.fork();
      const pat = named(c).find((x) => is(x, 'case_pattern'));
      if (pat && (txt(pat) === '_' || named(pat).length === 0)) wildcard = true;
      if (pat) this.bindCaptures(pat, subject, b, fr, 0);
      const guard = field(c, 'guard');
      if (guard) {
        const g = named(guard)[0] ?? guard;
        this.applyFacts(this.condFacts(g, true, b, fr), b, fr);
      }
      const saved = this.tool;
      if (subj && fr.nameParam && txt(subj) === fr.nameParam && pat) {
        const lit = named(pat).find((x) => is(x, 'string'));
        if (lit) this.tool = this.stringConst(lit);
      }
      const blk = field(c, 'consequence');
      const term = blk ? this.execBlock(blk, b, fr, d + 1) : false;
      this.tool = saved;
      if (!term) paths.push(b);
    }
    if (!wildcard) paths.push(sc.fork());
    if (paths.length === 0) return true;
    sc.merge(paths);
    return false;
  }

  private bindCaptures(p: Node, subject: PyVal, sc: Scope, fr: Frame, depth: number): void {
    if (depth > 6) return;
    if (is(p, 'dotted_name') && named(p).length === 1 && is(p.parent, 'case_pattern')) {
      if (txt(p) !== '_') this.assignTarget(named(p)[0], flat(subject), sc, fr);
      return;
    }
    if (is(p, 'as_pattern')) {
      const alias = field(p, 'alias');
      if (alias) this.assignTarget(alias, flat(subject), sc, fr);
    }
    for (const c of named(p)) if (!is(c, 'string') && !is(c, 'class_pattern')) this.bindCaptures(c, subject, sc, fr, depth + 1);
  }

  // ------------------------------------------------------------ expressions

  evalExpr(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    if (d > MAX_EXPR_DEPTH) return this.deepFallback(n, sc);
    this.tick();
    switch (ty(n)) {
      case 'identifier':
        return this.lookup(txt(n), sc, fr);
      case 'string':
        return this.evalString(n, sc, fr, d);
      case 'concatenated_string': {
        const parts: Part[] = [];
        for (const c of named(n)) parts.push(...this.partsOf(this.evalExpr(c, sc, fr, d + 1)));
        return this.buildString(parts);
      }
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
        return litVal(txt(n));
      case 'parenthesized_expression': {
        const inner = named(n)[0];
        return inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
      }
      case 'attribute':
        return this.evalAttribute(n, sc, fr, d);
      case 'subscript':
        return this.evalSubscript(n, sc, fr, d);
      case 'call':
        return this.evalCall(n, sc, fr, d, false);
      case 'await': {
        const inner = named(n)[0];
        return inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
      }
      case 'binary_operator':
        return this.evalBinary(n, sc, fr, d);
      case 'boolean_operator': {
        const l = field(n, 'left');
        const r = field(n, 'right');
        const lv = l ? this.evalExpr(l, sc, fr, d + 1) : CLEAN;
        // `a and b`: b is evaluated where a holds; `a or b`: where a does not.
        const op = operator(n);
        const rs = sc.fork();
        if (l && !this.quiet) this.applyFacts(this.condFacts(l, op === 'and', rs, fr), rs, fr);
        const rv = r ? this.evalExpr(r, rs, fr, d + 1) : CLEAN;
        return mergePy([lv, rv]);
      }
      case 'not_operator': {
        const a = field(n, 'argument');
        const t = a ? truthiness(this.evalExpr(a, sc, fr, d + 1)) : undefined;
        return t === undefined ? CLEAN : litVal(t ? 'False' : 'True');
      }
      case 'comparison_operator':
        for (const c of named(n)) this.evalExpr(c, sc, fr, d + 1);
        return CLEAN;
      case 'unary_operator': {
        const a = field(n, 'argument');
        return a ? flat(this.evalExpr(a, sc, fr, d + 1)) : CLEAN;
      }
      case 'conditional_expression': {
        const [a, cond, b] = named(n);
        if (!a || !cond || !b) return CLEAN;
        const truth = truthiness(this.evalExpr(cond, sc, fr, d + 1));
        if (truth === true) return this.evalExpr(a, sc, fr, d + 1);
        if (truth === false) return this.evalExpr(b, sc, fr, d + 1);
        const s1 = sc.fork();
        this.applyFacts(this.condFacts(cond, true, s1, fr), s1, fr);
        const s2 = sc.fork();
        this.applyFacts(this.condFacts(cond, false, s2, fr), s2, fr);
        return mergePy([this.evalExpr(a, s1, fr, d + 1), this.evalExpr(b, s2, fr, d + 1)]);
      }
      case 'list':
      case 'tuple':
      case 'expression_list':
      case 'set': {
        const elems: PyVal[] = [];
        for (const c of named(n)) {
          if (is(c, 'list_splat')) {
            const inner = named(c)[0];
            const v = inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
            if (v.elems) elems.push(...(v.elems as PyVal[]));
            else elems.push(flat(v));
          } else elems.push(this.evalExpr(c, sc, fr, d + 1));
        }
        return { elems, t: undefined };
      }
      case 'dictionary': {
        const props = new Map<string, PyVal>();
        let extra: PyVal[] = [];
        for (const c of named(n)) {
          if (is(c, 'pair')) {
            const k = field(c, 'key');
            const v = field(c, 'value');
            const kv = k ? this.evalExpr(k, sc, fr, d + 1) : CLEAN;
            const vv = v ? this.evalExpr(v, sc, fr, d + 1) : CLEAN;
            if (kv.str !== undefined) props.set(kv.str, vv);
            else extra = [...extra, kv, vv];
          } else if (is(c, 'dictionary_splat')) {
            const inner = named(c)[0];
            const v = inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
            if (v.props) for (const [k, pv] of v.props) props.set(k, pv as PyVal);
            else if (isTainted(v)) extra.push(v);
          }
        }
        if (extra.some(isTainted)) props.set('*', flat({ elems: extra }));
        return { props };
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.evalComprehension(n, sc, fr, d);
      case 'lambda':
        return { fn: n, mod: fr.mod, env: sc };
      case 'named_expression': {
        const name = field(n, 'name');
        const value = field(n, 'value');
        const v = value ? this.evalExpr(value, sc, fr, d + 1) : CLEAN;
        if (name) this.assignTarget(name, v, sc, fr, value ?? undefined);
        return v;
      }
      case 'yield': {
        const inner = named(n)[0];
        if (inner) fr.returns.push(this.evalExpr(inner, sc, fr, d + 1));
        return CLEAN;
      }
      case 'list_splat':
      case 'dictionary_splat':
      case 'keyword_argument': {
        const inner = is(n, 'keyword_argument') ? field(n, 'value') : named(n)[0];
        return inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
      }
      case 'assignment':
        return this.execAssign(n, sc, fr);
      case 'ellipsis':
      case 'slice':
      case 'comment':
        return CLEAN;
      default: {
        const vals = named(n).map((c) => this.evalExpr(c, sc, fr, d + 1));
        return vals.some(isTainted) ? flat({ elems: vals }) : CLEAN;
      }
    }
  }

  /** Expressions nested beyond the depth limit: the taint of the variables they mention. */
  private deepFallback(n: Node, sc: Scope): PyVal {
    const vals: PyVal[] = [];
    for (const id of n.descendantsOfType('identifier')) {
      const v = id ? sc.get(txt(id)) : undefined;
      if (v && isTainted(v)) vals.push(v);
      if (vals.length > 8) break;
    }
    return vals.length ? flat({ elems: vals }) : CLEAN;
  }

  private stringConst(n: Node): string | undefined {
    if (is(n, 'concatenated_string')) {
      let s = '';
      for (const c of named(n)) {
        const v = this.stringConst(c);
        if (v === undefined) return undefined;
        s += v;
      }
      return s;
    }
    if (!is(n, 'string')) return undefined;
    let raw = false;
    let out = '';
    for (const c of named(n)) {
      if (is(c, 'string_start')) raw = /r/i.test(txt(c));
      else if (is(c, 'string_content')) out += txt(c);
      else if (is(c, 'interpolation')) return undefined;
    }
    return raw ? out : unescapePy(out);
  }

  private evalString(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    // Plain (non-f) literals: read from the text, without visiting the children.
    const src = txt(n);
    const m = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(src);
    if (m && src.length >= m[0].length + m[2].length) {
      const body = src.slice(m[0].length, src.length - m[2].length);
      return strVal(/r/i.test(m[1]) ? body : unescapePy(body));
    }
    let raw = false;
    let fmt = false;
    const parts: Part[] = [];
    for (const c of named(n)) {
      if (is(c, 'string_start')) {
        raw = /r/i.test(txt(c));
        fmt = /f|t/i.test(txt(c).replace(/["']/g, ''));
      } else if (is(c, 'string_content')) {
        let s = raw ? txt(c) : unescapePy(txt(c));
        if (fmt) s = s.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
        parts.push({ s });
      } else if (is(c, 'interpolation')) {
        const e = field(c, 'expression') ?? named(c)[0];
        parts.push({ v: e ? this.evalExpr(e, sc, fr, d + 1) : CLEAN });
      }
    }
    return this.buildString(parts);
  }

  /** String structure of a value, for concatenation. */
  private partsOf(v: PyVal): Part[] {
    if (v.parts && v.parts.length <= 24) return v.parts;
    if (v.str !== undefined) return [{ s: v.str }];
    return [{ v }];
  }

  /** Builds a string value from parts; a literal prefix that fixes scheme+host makes it safe for URLs. */
  buildString(parts: Part[]): PyVal {
    const merged: Part[] = [];
    for (const p of parts) {
      const last = merged[merged.length - 1];
      if (p.s !== undefined && last && last.s !== undefined) merged[merged.length - 1] = { s: last.s + p.s };
      else if (p.v && p.v.str !== undefined && !isTainted(p.v)) {
        if (last && last.s !== undefined) merged[merged.length - 1] = { s: last.s + p.v.str };
        else merged.push({ s: p.v.str });
      } else merged.push(p);
    }
    if (merged.every((p) => p.s !== undefined)) return strVal(merged.map((p) => p.s).join(''));
    const vals = merged.filter((p) => p.v).map((p) => p.v!);
    const tainted = vals.some(isTainted);
    const keep = merged.length <= 24 ? merged : undefined;
    if (!tainted) return { parts: keep };
    // Host fixed by what comes before the first tainted piece?
    let text = '';
    let unknownHead = false;
    // The literal start alone already fixes the host (`f"https://api.x.com/{ws}/{slug}"`,
    // `f"/repositories/{ws}/{slug}"` on a client with a base_url), whatever comes after it.
    let headFixed = false;
    for (const p of merged) {
      if (p.s !== undefined) {
        text += p.s;
        continue;
      }
      if (isTainted(p.v)) break;
      // A lone "/" is not enough: an unknown value after it could make "//host".
      if (!unknownHead && prefixFixesHost(text) && !/^\/(?:\/|$)/.test(text)) headFixed = true;
      // After an unknown base, a whole literal path segment (`f"{self.base}/items/{kind}/{x}"`) ends
      // the host part: untainted values after it cannot move the host.
      if (unknownHead && /\/[^/?#:@]+\//.test(text)) headFixed = true;
      unknownHead = true;
      text = '';
    }
    let fixed = false;
    if (headFixed) fixed = true;
    else if (!unknownHead) fixed = prefixFixesHost(text);
    // Right after an unknown base (`f"{BASE}{path}"`), `@evil.example` or `.evil.example` moves
    // the host (as in the JS engine): nothing between them is not enough.
    else fixed = !/\/\/[^/?#]*$/.test(text) && !/^[a-z]*:?\/?$/i.test(text.trim());
    let v: PyVal = { t: flat({ elems: vals }).t, parts: keep };
    if (fixed) v = markSafe(v, Kind.Url);
    return v;
  }

  private concatLists(vals: PyVal[]): PyVal {
    const elems: PyVal[] = [];
    for (const v of vals) {
      if (v.elems) elems.push(...(v.elems as PyVal[]));
      else if (isTainted(v) || v.str !== undefined) elems.push(v.str !== undefined ? v : flat(v));
    }
    return { elems };
  }

  private evalBinary(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    const op = operator(n);
    if (op === '+') {
      // Left-leaning chains (a + b + c + ...) walked iteratively.
      const operands: Node[] = [];
      let cur: Node | null = n;
      while (cur && is(cur, 'binary_operator') && operator(cur) === '+' && operands.length < 5000) {
        const r = field(cur, 'right');
        if (r) operands.push(r);
        cur = field(cur, 'left');
      }
      if (cur) operands.push(cur);
      operands.reverse();
      const vals = operands.map((o) => this.evalExpr(o, sc, fr, d + 1));
      if (vals.some((v) => v.elems) || operands.some((o) => is(o, 'list') || is(o, 'list_comprehension'))) return this.concatLists(vals);
      const parts: Part[] = [];
      for (const v of vals) parts.push(...this.partsOf(v));
      return this.buildString(parts);
    }
    const l = field(n, 'left');
    const r = field(n, 'right');
    const lv = l ? this.evalExpr(l, sc, fr, d + 1) : CLEAN;
    const rv = r ? this.evalExpr(r, sc, fr, d + 1) : CLEAN;
    if (op === '%' && lv.str !== undefined) return this.percentFormat(lv.str, rv);
    // A path join: one side is a Path, or a string is divided by (`project_dir(p) / "bin"`).
    if (op === '/' && (lv.tag === 'path' || rv.tag === 'path' || lv.str !== undefined || rv.str !== undefined)) {
      const j = this.join2(lv, rv);
      // The pieces stay known (`root / name / "bin" / "pip"` ends in a literal name).
      const parts = isTainted(j) ? mergeLiteralParts([...this.partsOf(lv), { s: '/' }, ...this.partsOf(rv)]) : undefined;
      return parts && parts.length <= 24 ? { ...j, tag: 'path', parts } : { ...j, tag: 'path' };
    }
    if (op === '|' && (lv.props || rv.props)) return { props: new Map([...(lv.props ?? []), ...(rv.props ?? [])]) };
    return this.join2(lv, rv);
  }

  private percentFormat(tpl: string, args: PyVal): PyVal {
    const re = /%(\(([^)%\n]*)\))?[-#0 +]*(\*|[1-9]\d*)?(\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
    const parts: Part[] = [];
    let last = 0;
    let i = 0;
    for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
      parts.push({ s: tpl.slice(last, m.index) });
      last = m.index + m[0].length;
      if (m[6] === '%') {
        parts.push({ s: '%' });
        continue;
      }
      let v: PyVal;
      if (m[2] !== undefined) v = (args.props?.get(m[2]) as PyVal | undefined) ?? flat(args);
      else if (args.elems) v = (args.elems[i++] as PyVal | undefined) ?? CLEAN;
      else v = args;
      if (/[diouxXeEfFgGc]/.test(m[6])) v = CLEAN; // numeric conversions cannot carry text
      parts.push({ v });
    }
    parts.push({ s: tpl.slice(last) });
    return this.buildString(parts);
  }

  private formatMethod(tpl: string, args: Args): PyVal {
    const parts: Part[] = [];
    let auto = 0;
    let last = 0;
    const re = /\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g;
    for (let m = re.exec(tpl); m; m = re.exec(tpl)) {
      parts.push({ s: tpl.slice(last, m.index) });
      last = m.index + m[0].length;
      if (m[0] === '{{' || m[0] === '}}') {
        parts.push({ s: m[0][0] });
        continue;
      }
      const field = m[1];
      const head = field.split(/[.[]/)[0];
      let v: PyVal;
      if (head === '') v = argAt(args.pos, auto++)?.val ?? this.kwSplatVal(args);
      else if (/^\d+$/.test(head)) v = argAt(args.pos, +head)?.val ?? CLEAN;
      else v = args.kw.get(head)?.val ?? this.kwSplatVal(args);
      if (head !== field) v = flat(v);
      parts.push({ v });
    }
    parts.push({ s: tpl.slice(last) });
    return this.buildString(parts);
  }

  private kwSplatVal(args: Args): PyVal {
    return args.kwSplat.length ? flat({ elems: args.kwSplat.map((a) => a.val) }) : CLEAN;
  }

  private evalComprehension(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    const inner = sc.fork();
    const body = field(n, 'body');
    for (const c of named(n)) {
      if (is(c, 'for_in_clause')) {
        const l = field(c, 'left');
        const r = field(c, 'right');
        const rv = r ? this.evalExpr(r, inner, fr, d + 1) : CLEAN;
        if (l) this.assignTarget(l, elementOf(rv), inner, fr);
      } else if (is(c, 'if_clause')) {
        const cond = named(c)[0];
        if (cond) {
          this.evalExpr(cond, inner, fr, d + 1);
          this.applyFacts(this.condFacts(cond, true, inner, fr), inner, fr);
        }
      }
    }
    if (!body) return CLEAN;
    if (is(body, 'pair')) {
      const k = field(body, 'key');
      const v = field(body, 'value');
      const kv = k ? this.evalExpr(k, inner, fr, d + 1) : CLEAN;
      const vv = v ? this.evalExpr(v, inner, fr, d + 1) : CLEAN;
      // {t.name: t for t in ALL_TOOLS}: a table of the instances (any one of them by key).
      if (!isTainted(kv) && !isTainted(vv)) return vv.tag === 'instset' || vv.tag === 'instance' ? { props: new Map([['*', vv]]) } : { props: new Map() };
      return { props: new Map([['*', flat({ elems: [kv, vv] })]]), item: kv };
    }
    const bv = this.evalExpr(body, inner, fr, d + 1);
    if (!isTainted(bv)) return bv.tag ? { item: bv } : CLEAN;
    return { t: flat(bv).t, item: bv };
  }

  private evalAttribute(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    const objNode = field(n, 'object');
    const attr = txt(field(n, 'attribute')) ?? '';
    if (!objNode) return CLEAN;
    const obj = this.evalExpr(objNode, sc, fr, d + 1);
    return this.attrOf(obj, attr, fr);
  }

  private attrOf(obj: PyVal, attr: string, fr: Frame): PyVal {
    if (obj.tag === 'module' && obj.mod) return this.moduleValue(obj.mod, attr);
    // One of several instances: each one's method (called with that instance as `self`).
    if (obj.tag === 'instset' && obj.elems) return this.instanceMethods(obj, attr) ?? CLEAN;
    if (obj.callee) return obj.callee === 'sys' && attr === 'executable' ? strVal('python3') : { callee: `${obj.callee}.${attr}` };
    if (obj.props?.has(attr)) return obj.props.get(attr) as PyVal;
    if (obj.tag === 'class' && obj.klass && obj.mod) {
      const m = this.findMethod(obj.klass, obj.mod, attr);
      if (m) return { fn: m.fn, mod: m.mod, klass: obj.klass };
      if (isEnumClass(obj.klass, obj.mod, this.resolveClass)) return CLEAN;
      const init = this.classAttrs(obj.klass, obj.mod).get(attr);
      if (init) return this.evalModuleExpr(init, obj.mod, `${obj.klass.id}.${attr}`);
      return CLEAN;
    }
    if (obj.tag === 'instance' && obj.klass && obj.mod) {
      const m = this.findMethod(obj.klass, obj.mod, attr);
      if (m) return { fn: m.fn, mod: m.mod, klass: obj.klass, item: obj };
      const init = this.classAttrs(obj.klass, obj.mod).get(attr);
      if (init) return this.evalModuleExpr(init, obj.mod, `${obj.klass.id}.${attr}`);
      // `repo: EventRepo` / `http: aiohttp.ClientSession` (a dataclass field, a typed attribute).
      const typed = this.annotatedAttr(obj.klass, obj.mod, attr);
      if (typed) return typed;
      return obj.props ? flat(obj) : CLEAN;
    }
    if (obj.tag === 'path') {
      if (attr === 'name' || attr === 'stem' || attr === 'suffix' || attr === 'suffixes') return markSafe(flat(obj), PATHV);
      if (attr === 'parent' || attr === 'parents') return { ...flat(obj), tag: 'path', norm: obj.norm };
      return flat(obj);
    }
    if (obj.args) return CLEAN;
    if (!isTainted(obj)) return CLEAN;
    if (obj.props) return flat(obj);
    return obj.t ? { t: obj.t } : flat(obj);
  }

  private evalSubscript(n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    const valueNode = field(n, 'value');
    const keys = n.childrenForFieldName('subscript').filter((k): k is Node => !!k);
    if (!valueNode) return CLEAN;
    const obj = this.evalExpr(valueNode, sc, fr, d + 1);
    const key = keys.length === 1 ? keys[0] : undefined;
    const kv = key && !is(key, 'slice') ? this.evalExpr(key, sc, fr, d + 1) : CLEAN;
    if (obj.args) {
      if (kv.str !== undefined) return (obj.props?.get(kv.str) as PyVal | undefined) ?? this.argSource(obj, kv.str, n, fr);
      this.rawArgsUse ??= n;
      return { t: obj.t };
    }
    if (obj.callee === 'os.environ') return CLEAN;
    const anyInst = obj.props?.get('*') as PyVal | undefined;
    if (obj.table && kv.str === undefined && (anyInst?.tag === 'instset' || anyInst?.tag === 'instance')) return anyInst;
    if (obj.table) return kv.str === undefined ? this.functionSet(obj) : ((obj.props?.get(kv.str) as PyVal | undefined) ?? CLEAN);
    if (is(key, 'slice')) return obj.tag === 'path' ? flat(obj) : flat(obj);
    if (obj.props && kv.str !== undefined) return (obj.props.get(kv.str) as PyVal | undefined) ?? (obj.props.get('*') as PyVal | undefined) ?? (obj.t ? { t: obj.t } : CLEAN);
    if (obj.elems && kv.lit !== undefined && /^-?\d+$/.test(kv.lit)) {
      const i = +kv.lit;
      const e = obj.elems[i < 0 ? obj.elems.length + i : i] as PyVal | undefined;
      if (e) return e;
    }
    if (!isTainted(obj)) return CLEAN;
    return elementOf(obj);
  }

  /**
   * The methods of an instance a computed name can pick (`getattr(self, f"tool_{name}")`): those
   * starting with the name's literal start (public ones when it has none), keyed by the rest.
   */
  private methodSet(obj: PyVal, nameVal: PyVal): PyVal | undefined {
    const head = nameVal.parts?.[0]?.s ?? '';
    const props = new Map<string, PyVal>();
    const seen = new Set<string>();
    let cls: Node | undefined = obj.klass;
    let mod = obj.mod!;
    for (let depth = 0; cls && depth < 4; depth++) {
      for (const st of named(field(cls, 'body'))) {
        const def = is(st, 'decorated_definition') ? field(st, 'definition') : st;
        const name = is(def, 'function_definition') ? txt(field(def, 'name')) : undefined;
        if (!name || seen.has(name) || name.startsWith('_') && !head.startsWith('_') || !name.startsWith(head) || name === head) continue;
        seen.add(name);
        props.set(name.slice(head.length), { fn: def!, mod, klass: obj.klass, item: obj });
        if (props.size >= 64) break;
      }
      // The first base class of the project, for inherited tools.
      const base = named(field(cls, 'superclasses')).find((b) => is(b, 'identifier'));
      const r = base ? this.resolveClass(txt(base), mod) : undefined;
      if (!r || r.cls.id === cls.id) break;
      cls = r.cls;
      mod = r.mod;
    }
    return props.size ? { tag: 'fnset', props } : undefined;
  }

  /** A table of functions indexed by a value (`HANDLERS[name]`): any of them may be called. */
  private functionSet(table: PyVal): PyVal {
    if (!table.props) return CLEAN;
    const fns = [...table.props].filter(([, v]) => (v as PyVal).fn);
    if (fns.length === 0) return CLEAN;
    return { tag: 'fnset', props: new Map(fns) };
  }

  /** Per-key source for a low-level handler's `arguments` dict. */
  private argSource(obj: PyVal, key: string, at: Node, fr: Frame): PyVal {
    const def = this.tool ?? obj.args!.handler;
    const schema = this.tool ? this.toolSchemas.get(this.tool) : undefined;
    const safe = schema?.get(key) ?? 0;
    this.rawArgsUse ??= at;
    if ((safe & ALL_KINDS) === ALL_KINDS) return CLEAN;
    return sourceVal(key, def, fr.mod.file, at, safe & ALL_KINDS, `tool input \`${key}\` (chosen by the model) read from \`${obj.args!.param}\``);
  }

  // ------------------------------------------------------------ names and modules

  /** Value of a name / attribute chain at module level (registrations: `mcp.add_tool(tools.read)`). */
  evalStatic(n: Node, mod: ModuleInfo): PyVal {
    const fr = this.newFrame(mod, '<module>', true, MAX_CALL_DEPTH, new Scope(), []);
    this.quiet++;
    try {
      return this.evalExpr(n, fr.base, fr, 0);
    } finally {
      this.quiet--;
    }
  }

  lookup(name: string, sc: Scope, fr: Frame): PyVal {
    const v = sc.get(name);
    if (v !== undefined) return v;
    return this.moduleValue(fr.mod, name);
  }

  moduleValue(mod: ModuleInfo, name: string): PyVal {
    const key = `${mod.file}\0${name}`;
    const cached = this.modVals.get(key);
    if (cached) return cached;
    this.modVals.set(key, { callee: name });
    let v: PyVal;
    const fn = mod.functions.get(name);
    const cls = mod.classes.get(name);
    const asg = mod.assigns.get(name);
    const imp = mod.imports.get(name);
    if (fn) v = { fn, mod };
    else if (cls) v = { tag: 'class', klass: cls, mod };
    else if (asg) v = this.evalModuleExpr(asg, mod, name);
    else if (imp) v = this.resolveImport(mod, name, imp);
    else {
      v = { callee: name };
      for (const st of mod.star) {
        const m2 = loadProjectModule(this.ctx, mod.file, st.module, st.level);
        if (m2 && (m2.functions.has(name) || m2.classes.has(name) || m2.assigns.has(name))) {
          v = this.moduleValue(m2, name);
          break;
        }
      }
    }
    this.modVals.set(key, v);
    return v;
  }

  /** Value of a module-level expression: never tainted; collections of literals become lookup tables. */
  private evalModuleExpr(rhs: Node, mod: ModuleInfo, key: string): PyVal {
    const k = `${mod.file}\0=${key}`;
    const cached = this.modVals.get(k);
    if (cached) return cached;
    this.modVals.set(k, CLEAN);
    const fr = this.newFrame(mod, '<module>', false, MAX_CALL_DEPTH - 1, new Scope(), []);
    this.quiet++;
    let v: PyVal;
    try {
      v = this.evalExpr(rhs, fr.base, fr, 0);
    } finally {
      this.quiet--;
    }
    const out: PyVal = { ...v, t: undefined };
    if (/^(dictionary|list|tuple|set|dictionary_comprehension|list_comprehension|set_comprehension)$/.test(ty(rhs))) out.table = true;
    if (/^(frozenset|set|tuple|list|dict|MappingProxyType|types\.MappingProxyType)\(/.test(txt(rhs))) out.table = true;
    const res = isTainted(out) ? { tag: out.tag, str: out.str, table: out.table, norm: out.norm, callee: out.callee, klass: out.klass, mod: out.mod } as PyVal : out;
    this.modVals.set(k, res);
    return res;
  }

  resolveImport(mod: ModuleInfo, alias: string, ref: ImportRef): PyVal {
    const key = `${mod.file}\0${alias}\0${ref.canonical}`;
    const cached = this.importCache.get(key);
    if (cached) return cached;
    let v: PyVal = { callee: ref.canonical };
    this.importCache.set(key, v);
    if (ref.kind === 'module') {
      if (ref.level > 0 || !isCoreModule(ref.module)) {
        const m2 = loadProjectModule(this.ctx, mod.file, ref.module, ref.level);
        if (m2) v = { tag: 'module', mod: m2 };
      }
    } else if (ref.kind === 'from' && (ref.level > 0 || (ref.module && !isCoreModule(ref.module)))) {
      const m2 = loadProjectModule(this.ctx, mod.file, ref.module, ref.level);
      if (m2 && (m2.functions.has(ref.member) || m2.classes.has(ref.member) || m2.assigns.has(ref.member) || m2.imports.has(ref.member))) v = this.moduleValue(m2, ref.member);
      else {
        const sub = loadProjectModule(this.ctx, mod.file, ref.module ? `${ref.module}.${ref.member}` : ref.member, ref.level);
        if (sub) v = { tag: 'module', mod: sub };
      }
    }
    this.importCache.set(key, v);
    return v;
  }

  findMethod(cls: Node, mod: ModuleInfo, name: string, depth = 0): { fn: Node; mod: ModuleInfo } | undefined {
    const body = field(cls, 'body');
    for (const s of named(body)) {
      const def = is(s, 'decorated_definition') ? field(s, 'definition') : s;
      if (is(def, 'function_definition') && txt(field(def, 'name')) === name) return { fn: def, mod };
    }
    if (depth > 3) return undefined;
    const sup = field(cls, 'superclasses');
    for (const b of named(sup)) {
      if (!is(b, 'identifier')) continue;
      const r = this.resolveClass(txt(b), mod);
      if (r && r.cls.id !== cls.id) {
        const m = this.findMethod(r.cls, r.mod, name, depth + 1);
        if (m) return m;
      }
    }
    return undefined;
  }

  /**
   * The method of each of several instances, keyed by the tool name each class declares
   * (`name = "fetch_demo_reel"`), else by the class name.
   */
  private instanceMethods(obj: PyVal, attr: string): PyVal | undefined {
    const props = new Map<string, PyVal>();
    for (const inst of (obj.elems ?? []) as PyVal[]) {
      if (!inst.klass || !inst.mod) continue;
      const m = this.findMethod(inst.klass, inst.mod, attr);
      if (!m) continue;
      const nameNode = this.classAttrs(inst.klass, inst.mod).get('name');
      const key = (nameNode ? stringLiteral(nameNode) : undefined) ?? txt(field(inst.klass, 'name')) ?? `${props.size}`;
      props.set(key, { fn: m.fn, mod: m.mod, klass: inst.klass, item: inst });
    }
    return props.size ? { tag: 'fnset', props } : undefined;
  }

  /** A class-level `attr: Type` annotation naming a project class, a path or an HTTP client. */
  private annotatedAttr(cls: Node, mod: ModuleInfo, attr: string): PyVal | undefined {
    for (const s of named(field(cls, 'body'))) {
      const a = is(s, 'expression_statement') ? named(s)[0] : undefined;
      if (!is(a, 'assignment') || txt(field(a, 'left')) !== attr) continue;
      const type = field(a, 'type');
      if (!type || field(a, 'right')) return undefined;
      const ti = typeInfo(type, mod, this.resolveClass);
      if (ti.tag === 'path' || ti.tag === 'httpclient') return { tag: ti.tag };
      const r = /^[A-Za-z_][\w.]*$/.test(txt(type)) ? this.resolveClass(txt(type), mod) : undefined;
      if (r && !isEnumClass(r.cls, r.mod, this.resolveClass)) return { tag: 'instance', klass: r.cls, mod: r.mod };
      return undefined;
    }
    return undefined;
  }

  /** `self.x = <expr>` in __init__ and class-level `x = <expr>`: the initialisers by attribute name. */
  private classAttrs(cls: Node, mod: ModuleInfo): Map<string, Node> {
    const key = `${mod.file}:${cls.id}`;
    let m = this.classAttrCache.get(key);
    if (m) return m;
    m = new Map();
    this.classAttrCache.set(key, m);
    const body = field(cls, 'body');
    for (const s of named(body)) {
      if (is(s, 'expression_statement')) {
        const a = named(s)[0];
        const l = field(a, 'left');
        const r = field(a, 'right');
        if (is(a, 'assignment') && is(l, 'identifier') && r) m.set(txt(l), r);
      }
    }
    const init = this.findMethod(cls, mod, '__init__');
    const walk = (b: Node | null, depth: number) => {
      for (const s of named(b)) {
        if (depth < 3 && /^(if_statement|try_statement|with_statement|else_clause|elif_clause|except_clause|finally_clause|block)$/.test(ty(s))) {
          walk(s, depth + 1);
          continue;
        }
        if (!is(s, 'expression_statement')) continue;
        const a = named(s)[0];
        const l = field(a, 'left');
        const r = field(a, 'right');
        if (!is(a, 'assignment') || !is(l, 'attribute') || !r) continue;
        const o = field(l, 'object');
        const at = field(l, 'attribute');
        if (txt(o) === 'self' && at && !m!.has(txt(at))) m!.set(txt(at), r);
      }
    };
    if (init) walk(field(init.fn, 'body'), 0);
    return m;
  }

  // ------------------------------------------------------------ calls

  private evalArgs(argsNode: Node | null, sc: Scope, fr: Frame, d: number): Args {
    const out: Args = { pos: [], kw: new Map(), kwSplat: [] };
    if (!argsNode) return out;
    if (is(argsNode, 'generator_expression')) {
      out.pos.push({ node: argsNode, val: this.evalExpr(argsNode, sc, fr, d + 1) });
      return out;
    }
    for (const a of named(argsNode)) {
      if (is(a, 'keyword_argument')) {
        const k = txt(field(a, 'name'));
        const v = field(a, 'value');
        if (k && v) out.kw.set(k, { node: v, val: this.evalExpr(v, sc, fr, d + 1) });
      } else if (is(a, 'list_splat')) {
        const inner = named(a)[0];
        const v = inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
        if (v.elems) for (const e of v.elems) out.pos.push({ node: inner!, val: e as PyVal });
        else out.pos.push({ node: inner ?? a, val: v, splat: true });
      } else if (is(a, 'dictionary_splat')) {
        const inner = named(a)[0];
        const v = inner ? this.evalExpr(inner, sc, fr, d + 1) : CLEAN;
        if (v.props && !v.args) {
          for (const [k, pv] of v.props) if (k !== '*') out.kw.set(k, { node: inner!, val: pv as PyVal });
          if (v.props.has('*') || v.t) out.kwSplat.push({ node: inner ?? a, val: v });
        } else out.kwSplat.push({ node: inner ?? a, val: v });
      } else out.pos.push({ node: a, val: this.evalExpr(a, sc, fr, d + 1) });
    }
    return out;
  }

  evalCall(n: Node, sc: Scope, fr: Frame, d: number, stmt: boolean): PyVal {
    this.tick();
    const fnNode = field(n, 'function');
    if (!fnNode) return CLEAN;
    let target: Target;
    if (is(fnNode, 'attribute')) {
      const recvNode = field(fnNode, 'object')!;
      const method = txt(field(fnNode, 'attribute')) ?? '';
      const recv = recvNode ? this.evalExpr(recvNode, sc, fr, d + 1) : CLEAN;
      target = this.methodTarget(recv, recvNode, method);
    } else {
      const fv = this.evalExpr(fnNode, sc, fr, d + 1);
      target = this.valueTarget(fv, txt(fnNode));
    }
    const args = this.evalArgs(field(n, 'arguments'), sc, fr, d);
    return this.invoke(target, args, n, sc, fr, d, stmt);
  }

  private valueTarget(fv: PyVal, display: string): Target {
    if (fv.fn || fv.tag === 'class') return { fn: fv, self: fv.item, display };
    if (fv.callee) return { canonical: fv.callee, display };
    return { display, fn: fv };
  }

  private methodTarget(recv: PyVal, recvNode: Node, method: string): Target {
    const display = `${txt(recvNode).length > 40 ? '…' : txt(recvNode)}.${method}`;
    if (recv.tag === 'module' && recv.mod) return this.valueTarget(this.moduleValue(recv.mod, method), display);
    if (recv.callee) {
      // A project name we could not resolve (`db.execute`): receiver-named sinks still apply.
      if (isExternalModule(recv.callee)) return { canonical: `${recv.callee}.${method}`, display, recvNode };
      return { canonical: `${recv.callee}.${method}`, display, recvNode, recv: CLEAN, method };
    }
    if (recv.tag === 'class' && recv.klass && recv.mod) {
      if (/^(model_validate|parse_obj|model_validate_json|parse_raw|validate|from_dict)$/.test(method) && isModelClass(recv.klass, recv.mod, this.resolveClass)) {
        return { fn: recv, display, recv, recvNode, method: `validate:${method}` };
      }
      const m = this.findMethod(recv.klass, recv.mod, method);
      if (m) return { fn: { fn: m.fn, mod: m.mod, klass: recv.klass }, display, recv, recvNode, method };
      return { method, recv, recvNode, display };
    }
    if (recv.tag === 'instance' && recv.klass && recv.mod) {
      const m = this.findMethod(recv.klass, recv.mod, method);
      if (m) return { fn: { fn: m.fn, mod: m.mod, klass: recv.klass }, self: recv, display, recv, recvNode, method };
    }
    // `tool = next(t for t in ALL_TOOLS if t.name == name)`: each instance's method.
    if (recv.tag === 'instset') {
      const set = this.instanceMethods(recv, method);
      if (set) return { fn: set, display, recvNode, method };
    }
    if (recv.props?.has(method)) {
      const pv = recv.props.get(method) as PyVal;
      if (pv.fn || pv.callee) return { ...this.valueTarget(pv, display), recv, recvNode, method };
    }
    return { method, recv, recvNode, display };
  }

  /** Performs a call: sink checks, then the result value. */
  private invoke(tg: Target, args: Args, n: Node, sc: Scope, fr: Frame, d: number, stmt: boolean): PyVal {
    // Calls through executors: asyncio.to_thread(fn, *args), loop.run_in_executor(None, fn, *args).
    if (tg.canonical && /^(asyncio\.to_thread|anyio\.to_thread\.run_sync|starlette\.concurrency\.run_in_threadpool|run_in_threadpool)$/.test(tg.canonical) && args.pos.length) {
      const [f, ...rest] = args.pos;
      return this.invoke(this.valueTarget(f.val, txt(f.node)), { ...args, pos: rest }, n, sc, fr, d, stmt);
    }
    if (tg.method === 'run_in_executor' && args.pos.length >= 2) {
      const [, f, ...rest] = args.pos;
      return this.invoke(this.valueTarget(f.val, txt(f.node)), { ...args, pos: rest }, n, sc, fr, d, stmt);
    }
    // One of a table of functions: each is called (named after its key when it is a tool name).
    if (tg.fn?.tag === 'fnset' && tg.fn.props) {
      const results: PyVal[] = [];
      const saved = this.tool;
      for (const [key, fv] of tg.fn.props) {
        if (fr.nameParam || saved === undefined) this.tool = key;
        results.push(this.callFunction(fv as PyVal, (fv as PyVal).klass ? ((fv as PyVal).item as PyVal | undefined) : undefined, args, n, sc, fr, key));
        this.tool = saved;
      }
      return mergePy(results);
    }
    // Project function / class / lambda.
    if (tg.fn && (tg.fn.fn || tg.fn.tag === 'class')) {
      const fv = tg.fn;
      if (fv.tag === 'class' && fv.klass && fv.mod && tg.method?.startsWith('validate:')) {
        const src = args.pos[0] ?? args.kw.get('obj') ?? args.kw.get('json_data');
        const v = src?.val ?? CLEAN;
        if (tg.method.endsWith('_json') || tg.method.endsWith('raw')) return this.modelFromTaint(fv.klass, fv.mod, v, 1);
        return this.modelInstance(fv.klass, fv.mod, { pos: [], kw: new Map(), kwSplat: src ? [src] : [] }, n, fr);
      }
      if (fv.tag === 'class' && fv.klass && fv.mod) return this.construct(fv, args, n, sc, fr, d);
      return this.callFunction(fv, tg.self, args, n, sc, fr, tg.display, tg.self && tg.recvNode && is(tg.recvNode, 'identifier') ? txt(tg.recvNode) : undefined);
    }
    let sinks = false;
    const canonical = tg.canonical;
    if (canonical) {
      const entries = lookupSinks(this.table, canonical, undefined, undefined);
      if (entries.length) {
        sinks = true;
        this.checkSinks(entries, canonical, args, n, fr);
      }
    }
    if (tg.method && tg.recv && tg.recvNode) {
      sinks = this.methodSinks(tg, args, n, fr) || sinks;
    }
    if (canonical && !sinks) {
      const root = canonical.split('.')[0];
      const name = lastSeg(canonical);
      if (!isExternalModule(root) && VALIDATOR.test(name) && !CLEAN_CALLS.has(canonical)) return this.assumedValidator(name, args, sc, fr, stmt);
    }
    if (canonical) {
      const k = this.known(canonical, args, n, sc, fr);
      if (k) return k;
    }
    if (tg.method && tg.recv) return this.methodResult(tg, args, n, sc, fr, stmt);
    if (tg.fn && !canonical) return flat({ elems: [tg.fn, ...args.pos.map((a) => a.val), ...[...args.kw.values()].map((a) => a.val)] });
    return this.generic(args);
  }

  private generic(args: Args, recv?: PyVal): PyVal {
    const vals: PyVal[] = [];
    if (recv) vals.push(recv);
    for (const a of args.pos) vals.push(a.val);
    for (const a of args.kw.values()) vals.push(a.val);
    for (const a of args.kwSplat) vals.push(a.val);
    if (!vals.some(isTainted)) return CLEAN;
    return flat({ elems: vals });
  }

  /** A project function named like a validator whose body we cannot see: trusted. */
  private assumedValidator(name: string, args: Args, sc: Scope, fr: Frame, stmt: boolean): PyVal {
    const kinds = kindsFromName(name);
    if (stmt) {
      for (const a of args.pos) this.applyFacts([{ expr: a.node, kinds }], sc, fr);
    }
    return markSafe(this.generic(args), kinds);
  }

  private methodSinks(tg: Target, args: Args, n: Node, fr: Frame): boolean {
    const recv = tg.recv!;
    const method = tg.method!;
    const recvNode = tg.recvNode!;
    let found = false;
    if ((recv.tag === 'path' && PATH_SINK_METHODS.has(method)) || (!recv.tag && PATH_ONLY_METHODS.has(method) && isTainted(recv))) {
      const entries = lookupSinks(this.table, 'pathlib.Path.*', undefined, undefined);
      for (const e of entries) {
        const t = taintFor(recv, e.rule.kind);
        const callee = `pathlib.Path.${method}`;
        if (t) this.report(e.rule, e.spec.what, callee, t, recvNode, fr);
        if (PATH_TARGET_METHODS.has(method)) {
          const a = args.pos[0] ?? args.kw.get('target');
          const ta = a ? taintFor(a.val, e.rule.kind) : undefined;
          if (a && ta) this.report(e.rule, e.spec.what, callee, ta, a.node, fr);
        }
      }
      found = entries.length > 0;
    }
    if (recv.tag === 'archive') {
      const entries = lookupSinks(this.table, `archive.${method}`, undefined, undefined);
      if (entries.length) {
        this.checkSinks(entries, `${txt(recvNode)}.${method}`, args, n, fr);
        found = true;
      }
    }
    if (recv.tag === 'image') {
      const entries = lookupSinks(this.table, `image.${method}`, undefined, undefined);
      if (entries.length) {
        this.checkSinks(entries, `${txt(recvNode).length > 40 ? '…' : txt(recvNode)}.${method}`, args, n, fr);
        found = true;
      }
    }
    if (recv.tag === 'httpclient') {
      const entries = lookupSinks(this.table, `httpclient.${method}`, undefined, undefined);
      if (entries.length) {
        this.checkSinks(entries, `${txt(recvNode)}.${method}`, args, n, fr);
        found = true;
      }
    }
    if (recv.callee && recv.callee.split('.')[0] && isExternalModule(recv.callee)) return found;
    const rtext = recv.tag === 'db' ? 'db' : txt(recvNode);
    const entries = lookupSinks(this.table, undefined, method, rtext);
    if (entries.length && !(recv.tag === 'httpclient' || recv.tag === 'path')) {
      this.checkSinks(entries, `${txt(recvNode).length > 40 ? '…' : txt(recvNode)}.${method}`, args, n, fr);
      found = true;
    }
    return found;
  }

  private checkSinks(entries: SinkEntry[], callee: string, args: Args, n: Node, fr: Frame): void {
    for (const { rule, spec } of entries) {
      if (spec.requires) {
        const kv = args.kw.get(spec.requires.key);
        if (!kv) continue;
        const text = kv.val.lit ?? (kv.val.str !== undefined ? JSON.stringify(kv.val.str) : txt(kv.node));
        if (!spec.requires.value.test(text)) continue;
      }
      if (spec.unless && this.unlessMatches(spec, args, n, fr.mod.root)) continue;
      if (spec.argv) {
        this.checkArgv(rule, spec, callee, args, fr);
        continue;
      }
      const targets: Arg[] = [];
      const idx = spec.args ?? [0];
      if (idx === 'all') targets.push(...args.pos);
      else for (const i of idx) {
        const a = argAt(args.pos, i);
        if (a) targets.push(a);
      }
      for (const k of spec.keys ?? []) {
        const a = args.kw.get(k);
        if (a) targets.push(a);
      }
      if (idx !== 'all' && (spec.keys?.length ?? 0) > 0) for (const a of args.kwSplat) if (a.val.t || a.val.props?.has('*')) targets.push(a);
      for (const a of targets) {
        let v = a.val;
        let at = a.node;
        // shell=True with a list: only the first element is the command line.
        if (spec.requires?.key === 'shell' && v.elems) {
          v = (v.elems[0] as PyVal | undefined) ?? CLEAN;
          at = elementNode(a.node, 0);
        }
        const t = taintFor(v, rule.kind);
        if (t && spec.pathOrUrl && !this.pathOrUrlApplies(spec.pathOrUrl, v, at)) continue;
        if (t) this.report(rule, spec.what, callee, t, at, fr);
      }
    }
  }

  /**
   * A reader that opens a local path or fetches a URL (pandas): as a URL sink, only a value the
   * code uses as a URL (it starts with a literal scheme, or the expression is named like one:
   * `url`, `csv_url`, `args["source_url"]`), never one checked or built as a local path (a
   * containment check, a pathlib Path, a normalised path, a literal non-URL prefix); as a path
   * sink, not a value that starts with a literal remote scheme.
   */
  private pathOrUrlApplies(as: 'path' | 'url', v: PyVal, at: Node): boolean {
    const first = v.str ?? v.parts?.[0]?.s;
    const remote = first !== undefined && REMOTE_SCHEME.test(first);
    if (as === 'path') return !remote;
    if (remote) return true;
    if (first !== undefined || v.tag === 'path' || v.norm || safeMask(v) & Kind.Path) return false;
    let name: string | undefined;
    if (is(at, 'identifier')) name = txt(at);
    else if (is(at, 'attribute')) name = txt(field(at, 'attribute'));
    else if (is(at, 'subscript')) {
      const key = at.childrenForFieldName('subscript')[0];
      name = key && is(key, 'string') ? this.stringConst(key) : undefined;
    } else if (is(at, 'call')) {
      // args.get("url") / params.get("csv_url")
      const f = field(at, 'function');
      const k = named(field(at, 'arguments'))[0];
      if (is(f, 'attribute') && txt(field(f, 'attribute')) === 'get' && k && is(k, 'string')) name = this.stringConst(k);
    }
    return name !== undefined && (URL_NAME.test(name) || URL_NAME_CAMEL.test(name));
  }

  private unlessMatches(spec: SinkSpec, args: Args, call: Node, moduleRoot: Node): boolean {
    const u = spec.unless!;
    const kv = args.kw.get(u.key);
    if (kv && u.value.test(kv.val.lit ?? txt(kv.node))) return true;
    // `Loader=loader` with `loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)` (or a
    // SafeLoader on every path) in the same function or module.
    if (kv && is(kv.node, 'identifier') && u.key === 'Loader' && assignedLoadersSafe(call, moduleRoot, txt(kv.node))) return true;
    const sinkIdx = spec.args === undefined ? [0] : spec.args;
    for (let i = 0; i < args.pos.length; i++) {
      if (sinkIdx !== 'all' && sinkIdx.includes(i)) continue;
      if (u.value.test(args.pos[i].node.text)) return true;
    }
    return false;
  }

  private checkArgv(rule: TaintRule, spec: SinkSpec, callee: string, args: Args, fr: Frame): void {
    let argv: Arg[];
    if (/create_subprocess_exec$|^os\.exec[lv]p?e?$|^os\.spawn|^os\.posix_spawnp?$/.test(callee) && !/^os\.exec[v]/.test(callee)) {
      argv = /^os\.spawn/.test(callee) ? args.pos.slice(1) : args.pos;
      if (/^os\.(spawnv|posix_spawn)/.test(callee) && argv[1]?.val.elems) argv = [argv[0], ...this.listArgs(argv[1]).slice(1)];
    } else {
      const first = args.pos[0] ?? args.kw.get('args');
      if (!first) return;
      argv = first.val.elems ? this.listArgs(first) : /^pexpect\./.test(callee) ? this.splitArg(first) : [first];
    }
    const prog = argv[0];
    if (!prog) return;
    // A shell or interpreter given a script with -c / -e, anywhere in the argv (`sudo bash -c`,
    // `docker exec c sh -c`, `timeout 5 python3 -c`): the script is a shell command.
    const base = (a: Arg | undefined) => (a?.val.str !== undefined ? path.basename(a.val.str.replace(/\\/g, '/')) : undefined);
    for (let i = 0; i + 1 < argv.length && i < 8; i++) {
      const name = base(argv[i]);
      if (!name || !SHELLS.test(name)) continue;
      const k = argv.findIndex((a, j) => j > i && j <= i + 3 && a.val.str !== undefined && SHELL_FLAG.test(a.val.str));
      if (k < 0) continue;
      for (const a of argv.slice(k + 1)) {
        const t = taintFor(a.val, rule.kind);
        if (t) {
          this.report(rule, 'a shell command', callee, t, a.node, fr);
          return;
        }
      }
      if (i === 0) return;
    }
    const t = taintFor(prog.val, rule.kind);
    // `_project_dir(p) / ".venv" / "bin" / "pip"`: a program of fixed name inside a folder the
    // input was checked to stay in (which folder is chosen, not which program).
    if (t && !taintFor(prog.val, Kind.Path) && /\/[\w.+-]+$/.test(prog.val.parts?.[prog.val.parts.length - 1]?.s ?? '')) return;
    if (t) this.report(rule, spec.what, callee, t, prog.node, fr);
  }

  /** Elements of a list argument with the nodes to report at. */
  private listArgs(a: Arg): Arg[] {
    const elems = (a.val.elems ?? []) as PyVal[];
    return elems.map((v, i) => ({ node: elementNode(a.node, i), val: v }));
  }

  private splitArg(a: Arg): Arg[] {
    const v = this.splitValue(a.val);
    return v.elems ? this.listArgs({ node: a.node, val: v }) : [a];
  }

  /** `s.split()` / `shlex.split(s)`: the words before the first tainted piece are known. */
  splitValue(v: PyVal): PyVal {
    if (v.str !== undefined) return { elems: v.str.split(/\s+/).filter(Boolean).map(strVal) };
    if (!v.parts) {
      if (!isTainted(v)) return CLEAN;
      const t = flat(v).t!;
      if (t.safe & FIRSTWORD) return { elems: [markSafe({ t }, FULL), { t }] };
      return { t, item: { t } };
    }
    const elems: PyVal[] = [];
    let word = '';
    let wordClean = true;
    let open = false;
    for (const p of v.parts) {
      if (p.s !== undefined) {
        const pieces = p.s.split(/(\s+)/);
        for (const piece of pieces) {
          if (piece === '') continue;
          if (/^\s+$/.test(piece)) {
            if (open) elems.push(wordClean ? strVal(word) : CLEAN);
            word = '';
            wordClean = true;
            open = false;
          } else {
            word += piece;
            open = true;
          }
        }
      } else if (p.v && isTainted(p.v)) {
        elems.push({ t: flat(p.v).t });
        return { elems, t: undefined };
      } else {
        wordClean = false;
        open = true;
      }
    }
    if (open) elems.push(wordClean ? strVal(word) : CLEAN);
    return { elems };
  }

  /** Results of well-known library calls (sanitisers, constructors, pass-through helpers). */
  private known(c: string, args: Args, n: Node, sc: Scope, fr: Frame): PyVal | undefined {
    const a0 = args.pos[0]?.val ?? CLEAN;
    const all = () => this.generic(args);
    if (CLEAN_CALLS.has(c) || CLEAN_PREFIXES.test(c)) return CLEAN;
    if (c === 'str' || c === 'os.fspath' || c === 'repr' || c === 'format') {
      if (!isTainted(a0)) return a0.str !== undefined ? a0 : a0.parts ? { parts: a0.parts } : CLEAN;
      return { t: flat(a0).t, norm: a0.norm, parts: a0.parts };
    }
    if (c === 'shlex.quote' || c === 'pipes.quote') return markSafe(flat(a0), Kind.Shell);
    if (/^(pymysql\.(converters\.)?escape_string|MySQLdb\.(_mysql\.)?escape_string)$/.test(c)) return markSafe(flat(a0), Kind.Sql);
    if (c === 'shlex.split') return this.splitValue(a0);
    if (c === 'shlex.join' || c === 'subprocess.list2cmdline') {
      const first = (a0.elems?.[0] as PyVal | undefined) ?? (a0.elems ? CLEAN : a0);
      const v = flat(a0);
      return isTainted(first) ? v : markSafe(v, Kind.Shell);
    }
    if (c === 'os.path.basename' || c === 'posixpath.basename' || c === 'ntpath.basename') return markSafe(flat(a0), PATHV);
    if (c === 'werkzeug.utils.secure_filename' || c === 'secure_filename' || c === 'pathvalidate.sanitize_filename' || c === 'sanitize_filename' || c === 'slugify.slugify' || c === 'django.utils.text.get_valid_filename') {
      return markSafe(flat(a0), PATHV | Kind.Shell | Kind.Sql | Kind.Eval);
    }
    if (/^(os\.path|posixpath|ntpath)\.(realpath|abspath|normpath)$/.test(c)) return { ...flat(a0), norm: true };
    // werkzeug's safe_join returns None (or raises) for anything that would leave the base.
    if (/^(werkzeug\.(utils|security)\.safe_join|safe_join|flask\.safe_join)$/.test(c)) return { ...markSafe(all(), PATHV), norm: true };
    if (/^(os\.path|posixpath|ntpath)\.join$/.test(c)) {
      const parts: Part[] = [];
      args.pos.forEach((a, i) => {
        if (i) parts.push({ s: '/' });
        parts.push(...this.partsOf(a.val));
      });
      const v = this.buildString(parts);
      return isTainted(v) ? { t: flat(v).t } : v;
    }
    if (/^(os\.path|posixpath|ntpath)\.(expanduser|expandvars|dirname|splitext|split)$/.test(c)) return all();
    if (PATH_CTORS.test(c)) {
      const v = all();
      return { ...v, tag: 'path' };
    }
    if (/^pathlib\.Path\.(home|cwd)$/.test(c) || c === 'Path.home' || c === 'Path.cwd') return { tag: 'path', norm: true };
    if (HTTP_CLIENTS.test(c)) return { tag: 'httpclient' };
    if (/^(tarfile\.open|tarfile\.TarFile|zipfile\.ZipFile|zipfile\.PyZipFile|shutil\.ReadOnlyZipFile)$/.test(c)) return { tag: 'archive' };
    // Pillow images: their content is not a path, but `.save(fp)` writes the file it is given.
    if (/^PIL\.(Image\.(open|new|fromarray|frombytes|merge|composite|blend|alpha_composite)|ImageOps\.\w+)$/.test(c)) return { tag: 'image' };
    // In-memory streams: the content is the input, there is no path.
    if (/^(io\.(BytesIO|StringIO)|StringIO\.StringIO|cStringIO\.StringIO)$/.test(c)) return { ...markSafe(flat(a0), FULL & ~Kind.Deser), tag: 'file' };
    // map(f, xs) / filter(f, xs): f runs on every element.
    if ((c === 'map' || c === 'filter') && args.pos.length >= 2) {
      const [f, ...its] = args.pos;
      const r = this.invoke(this.valueTarget(f.val, txt(f.node)), { pos: its.map((it) => ({ node: it.node, val: elementOf(it.val) })), kw: new Map(), kwSplat: [] }, n, sc, fr, 0, false);
      const item = c === 'map' ? r : elementOf(args.pos[1].val);
      return isTainted(item) ? { t: flat(item).t, item } : { item };
    }
    if (DB_CONNECT.test(c)) return { tag: 'db' };
    if (c === 're.compile' || c === 'regex.compile') return { tag: 'regex', str: a0.str };
    if (c === 're.sub' || c === 're.subn' || c === 'regex.sub') {
      const pat = a0.str;
      const repl = args.pos[1]?.val ?? CLEAN;
      const subj = args.pos[2]?.val ?? CLEAN;
      const k = pat !== undefined && repl.str !== undefined ? negatedClassKinds(pat, repl.str) : 0;
      const v = this.join2(repl, subj);
      return k ? markSafe(v, k) : v;
    }
    if (/^urllib\.parse\.(quote|quote_plus)$/.test(c) || c === 'quote' || c === 'quote_plus') {
      const safe = args.kw.get('safe') ?? args.pos[1];
      let k = Kind.Shell | Kind.Sql | Kind.Eval;
      if (c.endsWith('quote_plus') || (safe && safe.val.str === '')) k |= PATHV;
      return markSafe(flat(a0), k);
    }
    if (/^(urllib\.parse\.urljoin|urlparse\.urljoin|urljoin)$/.test(c)) {
      // urljoin(base, "/items/" + x) keeps base's host; urljoin(base, x) lets an absolute x replace it.
      const rel = args.pos[1]?.val ?? CLEAN;
      const v = this.join2(a0, rel);
      const p = rel.parts?.[0]?.s ?? rel.str;
      const relFixed = !isTainted(rel) || (p !== undefined && /^(\/(?!\/)|[\w.~-]+\/)/.test(p) && !/^[a-z][\w+.-]*:/i.test(p));
      return relFixed && !isTainted(a0) ? markSafe(v, Kind.Url) : v;
    }
    if ((c === 'locals' || c === 'vars') && !args.pos.length) {
      const props = new Map<string, PyVal>();
      for (let s: Scope | undefined = sc; s && s !== fr.base.parent; s = s.parent) for (const [k, v] of s.vars) if (!props.has(k) && !k.startsWith('#')) props.set(k, v);
      return { props };
    }
    if (c === 'urllib.parse.urlencode') return markSafe(all(), Kind.Shell | Kind.Sql | Kind.Eval | PATHV);
    if (/^(urllib\.parse\.(urlparse|urlsplit)|urlparse\.urlparse)$/.test(c)) return { ...flat(a0), tag: 'urlparts' };
    if (c === 'base64.b64encode' || c === 'base64.urlsafe_b64encode' || c === 'binascii.hexlify') return markSafe(flat(a0), Kind.Shell | Kind.Sql | Kind.Eval | PATHV);
    if (/^tempfile\.\w+$/.test(c)) return { tag: 'file' };
    // The content of a file the model chose: dangerous only to deserialise.
    if (/^(open|io\.open|codecs\.open|builtins\.open|aiofiles\.open|gzip\.open|bz2\.open|lzma\.open)$/.test(c)) return { ...markSafe(flat(a0), FULL & ~Kind.Deser), tag: 'file' };
    // getattr(tools, f"tool_{name}"): any method of the instance with that prefix (a dispatch by name).
    if (c === 'getattr' && a0.tag === 'instance' && a0.klass && a0.mod && args.pos[1] && args.pos[1].val.str === undefined) {
      const set = this.methodSet(a0, args.pos[1].val);
      if (set) return set;
    }
    if (c === 'os.environ.get' || c === 'os.getenv' || c === 'getattr' && !isTainted(args.pos[1]?.val)) return CLEAN;
    if (c === 'json.loads' || c === 'json.load' || c === 'yaml.safe_load' || c === 'tomllib.loads' || c === 'orjson.loads') return isTainted(a0) ? { t: flat(a0).t } : CLEAN;
    if (c === 'list' || c === 'tuple') return a0.elems ? { elems: a0.elems } : isTainted(a0) ? { t: flat(a0).t, item: elementOf(a0) } : a0.str !== undefined ? CLEAN : { item: a0.item };
    if (c === 'sorted' || c === 'set' || c === 'frozenset' || c === 'reversed' || c === 'iter' || c === 'filter') return isTainted(a0) ? { t: flat(a0).t, item: elementOf(a0) } : CLEAN;
    if (c === 'enumerate') return isTainted(a0) ? { t: flat(a0).t, item: { elems: [CLEAN, elementOf(a0)] } } : CLEAN;
    if (c === 'zip') {
      const items = args.pos.map((a) => elementOf(a.val));
      return items.some(isTainted) ? { t: flat({ elems: items }).t, item: { elems: items } } : CLEAN;
    }
    if (c === 'next') return elementOf(a0);
    if (c === 'dict') {
      const props = new Map<string, PyVal>(a0.props ? [...a0.props].map(([k, v]) => [k, v as PyVal]) : []);
      for (const [k, a] of args.kw) props.set(k, a.val);
      if (!a0.props && isTainted(a0)) props.set('*', flat(a0));
      return { props };
    }
    if (c === 'functools.partial' && args.pos.length) return args.pos[0].val;
    // psycopg's sql.Identifier / sql.Literal quote what they are given.
    if (/(^|\.)sql\.(Identifier|Literal|Placeholder)$/.test(c) && /^(psycopg2?|sql)\b/.test(c)) return markSafe(all(), Kind.Sql);
    if (/(^|\.)sql\.(SQL|Composed)$/.test(c) && /^(psycopg2?|sql)\b/.test(c)) return { ...all(), tag: 'sqlcomposed' };
    // SQLAlchemy expression language: values are bound parameters.
    if (/^sqlalchemy(\.sql)?(\.expression)?\.(select|insert|update|delete|and_|or_|func\.\w+|bindparam|literal|column|table)$/.test(c)) return { ...markSafe(all(), Kind.Sql), tag: 'sqlexpr' };
    if (c === 'contextlib.closing' || c === 'contextlib.nullcontext' || c === 'typing.cast' || c === 'cast') return args.pos[c.endsWith('cast') ? 1 : 0]?.val ?? CLEAN;
    void n;
    void sc;
    void fr;
    return undefined;
  }

  private methodResult(tg: Target, args: Args, n: Node, sc: Scope, fr: Frame, stmt: boolean): PyVal {
    const recv = tg.recv!;
    const m = tg.method!;
    const recvNode = tg.recvNode!;
    const a0 = args.pos[0]?.val ?? CLEAN;
    if (recv.args) {
      if (m === 'get' || m === 'pop' || m === '__getitem__') {
        if (a0.str !== undefined) {
          const src = (recv.props?.get(a0.str) as PyVal | undefined) ?? this.argSource(recv, a0.str, n, fr);
          const dflt = args.pos[1]?.val;
          return dflt ? mergePy([src, dflt]) : src;
        }
      }
      if (m === 'copy') return recv;
      this.rawArgsUse ??= n;
      return flat(recv);
    }
    if (recv.tag === 'regex') {
      if (m === 'sub' || m === 'subn') {
        const repl = args.pos[0]?.val ?? CLEAN;
        const subj = args.pos[1]?.val ?? CLEAN;
        const k = recv.str !== undefined && repl.str !== undefined ? negatedClassKinds(recv.str, repl.str) : 0;
        const v = this.join2(repl, subj);
        return k ? markSafe(v, k) : v;
      }
      return this.generic(args);
    }
    if (recv.tag === 'path') {
      if (PATH_RESULT_METHODS.has(m)) {
        // with_name / with_stem refuse a name with a separator: a name checked not to be `..`
        // stays in recv's folder.
        const asName = (a: PyVal) => ((m === 'with_name' || m === 'with_stem') && safeMask(a) & NOT_PARENT ? markSafe(a, PATHV) : a);
        const v = this.join2(recv, m === 'joinpath' || m === 'with_name' || m === 'with_stem' ? flat({ elems: args.pos.map((a) => asName(a.val)) }) : CLEAN);
        const out: PyVal = { ...v, tag: m === 'as_posix' ? undefined : 'path', norm: m === 'resolve' ? true : m === 'relative_to' ? false : m === 'absolute' || m === 'expanduser' ? false : recv.norm && m !== 'joinpath' };
        if (m === 'relative_to' && args.pos[0]) this.containFact(recvNode, sc, fr);
        return out;
      }
      if (m === 'read_text' || m === 'read_bytes' || m === 'open') return { ...markSafe(flat(recv), FULL & ~Kind.Deser), tag: m === 'open' ? 'file' : undefined };
      // Entries listed under a folder: the model chose none of them, unless it chose the folder itself.
      if (m === 'iterdir' || m === 'glob' || m === 'rglob') return { item: { ...(taintFor(recv, Kind.Path) ? flat(recv) : markSafe(flat(recv), PATHV)), tag: 'path' } };
      return CLEAN;
    }
    if ((recv.tag === 'db' || PY_DB_HANDLE.test(txt(recvNode))) && /^(mogrify|escape|escape_string|literal)$/.test(m)) {
      // The drivers' own quoting: cursor.mogrify(sql, params) escapes every parameter as it puts
      // it in (the statement is as safe for SQL as its text); conn.escape(x) / literal(x) quote x.
      const q = m === 'mogrify' ? args.pos[0] ?? args.kw.get('query') ?? args.kw.get('operation') : undefined;
      const v = this.generic(args);
      return m === 'mogrify' && (!q || taintFor(q.val, Kind.Sql)) ? v : markSafe(v, Kind.Sql);
    }
    if (recv.tag === 'db' && DB_METHODS.has(m)) return { tag: 'db' };
    if (recv.tag === 'archive') return m === 'open' || m === 'extractfile' ? { tag: 'file' } : CLEAN;
    if (recv.tag === 'image') return IMAGE_DATA_METHODS.has(m) ? CLEAN : { tag: 'image' };
    if (recv.tag === 'sqlexpr') return { ...markSafe(this.generic(args, recv), Kind.Sql), tag: 'sqlexpr' };
    if (recv.tag === 'sqlcomposed' && (m === 'format' || m === 'join')) return { ...this.join2(recv, markSafe(this.generic(args), Kind.Sql)), tag: 'sqlcomposed' };
    if (recv.tag === 'httpclient') return this.generic(args);
    // fh.read() carries what the file handle does (the content of a chosen file: unsafe to unpickle).
    if (recv.tag === 'file' && /^(read|readline|readlines|read1|getvalue|getbuffer)$/.test(m)) return flat(recv);
    if (recv.tag === 'file' || recv.tag === 'db') return this.generic(args);
    // Methods of a value.
    if (BOOL_METHODS.test(m)) return CLEAN;
    if (m === 'format' && recv.str !== undefined) return this.formatMethod(recv.str, args);
    if (m === 'join' && (recv.str !== undefined || !isTainted(recv))) {
      if (a0.elems && recv.str !== undefined) {
        const parts: Part[] = [];
        (a0.elems as PyVal[]).forEach((e, i) => {
          if (i) parts.push({ s: recv.str! });
          parts.push(...this.partsOf(e));
        });
        return this.buildString(parts);
      }
      return isTainted(a0) ? { t: flat(a0).t } : CLEAN;
    }
    if (m === 'split' || m === 'rsplit' || m === 'splitlines' || m === 'partition' || m === 'rpartition') {
      if (m === 'split' && args.pos.length === 0 && !args.kw.size) return this.splitValue(recv);
      return isTainted(recv) ? { t: flat(recv).t, item: { t: flat(recv).t } } : CLEAN;
    }
    if (STR_KEEP.has(m)) {
      const extra = m === 'replace' ? [args.pos[1]?.val] : [];
      if (!isTainted(recv) && !extra.some(isTainted)) return recv.str !== undefined && IDENTITY_METHODS.has(m) ? CLEAN : CLEAN;
      const v = flat({ elems: [recv, ...extra.filter((x): x is PyVal => !!x)] });
      return { ...v, norm: IDENTITY_METHODS.has(m) ? recv.norm : undefined };
    }
    if (m === 'get' || m === 'pop' || m === 'setdefault') {
      const dflt = args.pos[1]?.val;
      if (recv.table && a0.str === undefined && this.functionSet(recv) !== CLEAN) return this.functionSet(recv);
      const anyInst = recv.table && a0.str === undefined ? (recv.props?.get('*') as PyVal | undefined) : undefined;
      if (anyInst?.tag === 'instset' || anyInst?.tag === 'instance') return anyInst;
      if (recv.table && a0.str !== undefined && (recv.props?.get(a0.str) as PyVal | undefined)?.fn) return recv.props!.get(a0.str) as PyVal;
      if (recv.table || recv.callee === 'os.environ') return dflt ? flat(dflt) : CLEAN;
      if (recv.props && a0.str !== undefined) {
        const pv = (recv.props.get(a0.str) as PyVal | undefined) ?? (recv.props.get('*') as PyVal | undefined) ?? (recv.t ? { t: recv.t } : undefined);
        return mergePy([pv ?? CLEAN, dflt ?? CLEAN]);
      }
      if (!isTainted(recv)) return dflt && isTainted(dflt) ? dflt : CLEAN;
      return mergePy([elementOf(recv), dflt ?? CLEAN]);
    }
    if (m === 'items') {
      if (recv.props) return { t: flat(recv).t, item: { elems: [CLEAN, mergePy([...recv.props.values()] as PyVal[])] } };
      return isTainted(recv) ? { t: flat(recv).t, item: { t: flat(recv).t } } : CLEAN;
    }
    if (m === 'values') return recv.props ? { t: flat(recv).t, item: mergePy([...recv.props.values()] as PyVal[]) } : isTainted(recv) ? { t: flat(recv).t, item: { t: flat(recv).t } } : CLEAN;
    if (m === 'keys') return isTainted(recv) && !recv.props ? { t: flat(recv).t, item: { t: flat(recv).t } } : CLEAN;
    if (m === 'model_dump' || m === 'dict' || m === 'copy' || m === 'model_copy' || m === '_asdict') return recv;
    // On a local name, or on an attribute of one (`self._filters.append(cond)` in a builder class).
    const attrRecv = is(recvNode, 'attribute') && is(field(recvNode, 'object'), 'identifier');
    if ((m === 'append' || m === 'extend' || m === 'insert' || m === 'add' || m === 'update') && recvNode && (is(recvNode, 'identifier') || attrRecv)) {
      const cur = attrRecv ? recv : (sc.get(txt(recvNode)) ?? recv);
      let nv: PyVal;
      if (m === 'append' && cur.elems) nv = { ...cur, elems: [...cur.elems, a0] };
      else if (m === 'extend' && cur.elems && a0.elems) nv = { ...cur, elems: [...cur.elems, ...a0.elems] };
      else if (m === 'extend' && cur.elems) nv = { ...cur, elems: [...cur.elems, flat(a0)] };
      else if (m === 'update' && (a0.props || args.kw.size)) {
        const props = new Map(cur.props ?? []);
        for (const [k, v] of a0.props ?? []) props.set(k, v);
        for (const [k, a] of args.kw) props.set(k, a.val);
        nv = { ...cur, props, table: undefined };
      } else {
        const added = m === 'insert' ? (args.pos[1]?.val ?? CLEAN) : a0;
        if (!isTainted(added)) return CLEAN;
        nv = { ...cur, t: flat({ elems: [cur, added] }).t, item: mergePy([cur.item, elementOf(added), added]), elems: undefined, table: undefined };
      }
      if (attrRecv) this.assignTarget(recvNode, nv, sc, fr);
      else sc.set(txt(recvNode), nv);
      return CLEAN;
    }
    if (m === 'hexdigest' || m === 'digest' || m === 'total_seconds' || m === 'isoformat' || m === 'timestamp') return CLEAN;
    // Validator-named methods we cannot see into.
    if (VALIDATOR.test(m) && !recv.tag) return this.assumedValidator(m, args, sc, fr, stmt);
    return this.generic(args, recv);
  }

  // ------------------------------------------------------------ classes and functions

  private construct(fv: PyVal, args: Args, n: Node, sc: Scope, fr: Frame, d: number): PyVal {
    const cls = fv.klass!;
    const mod = fv.mod!;
    if (isEnumClass(cls, mod, this.resolveClass)) return CLEAN;
    if (isModelClass(cls, mod, this.resolveClass)) return this.modelInstance(cls, mod, args, n, fr);
    const inst: PyVal = { tag: 'instance', klass: cls, mod };
    const init = this.findMethod(cls, mod, '__init__');
    if (!init) return inst;
    const r = this.callFunction({ fn: init.fn, mod: init.mod, klass: cls }, inst, args, n, sc, fr, txt(field(fv.klass, 'name')) ?? 'class');
    void d;
    const out = r.tag === 'instance' ? r : inst;
    return out;
  }

  /** Pydantic model / dataclass built from arguments: each field is its argument, constrained by the field type. */
  modelInstance(cls: Node, mod: ModuleInfo, args: Args, n: Node, fr: Frame): PyVal {
    const fields = modelFields(cls, mod, this.resolveClass);
    const props = new Map<string, PyVal>();
    const splat = args.kwSplat[0]?.val;
    fields.forEach((f, i) => {
      const ti = typeInfo(f.type, mod, this.resolveClass, f.value);
      let v: PyVal | undefined = args.kw.get(f.name)?.val ?? args.pos[i]?.val;
      if (!v && splat) {
        if (splat.args) v = (splat.props?.get(f.name) as PyVal | undefined) ?? this.argSourceQuiet(splat, f.name, n, fr);
        else v = (splat.props?.get(f.name) as PyVal | undefined) ?? (isTainted(splat) ? { t: flat(splat).t } : undefined);
      }
      if (!v) return;
      if ((ti.safe & ALL_KINDS) === ALL_KINDS) return;
      if (ti.model && isTainted(v) && !v.props) v = this.modelFromTaint(ti.model.cls, ti.model.mod, v, 1, n, fr);
      else if (ti.safe) v = markSafe(v, ti.safe);
      if (ti.tag === 'path') v = { ...v, tag: 'path' };
      props.set(f.name, this.fieldValidators(cls, mod, f.name, v, n, fr));
    });
    return { tag: 'instance', klass: cls, mod, props };
  }

  /** Model-typed value from an opaque tainted value (nested models, model params). */
  modelFromTaint(cls: Node, mod: ModuleInfo, src: PyVal, depth: number, at?: Node, fr?: Frame): PyVal {
    const props = new Map<string, PyVal>();
    const t = taintOf(src);
    for (const f of modelFields(cls, mod, this.resolveClass)) {
      const ti = typeInfo(f.type, mod, this.resolveClass, f.value);
      if ((ti.safe & ALL_KINDS) === ALL_KINDS || !t) continue;
      let v: PyVal = { t: { ...t, param: `${t.param}.${f.name}` } };
      if (ti.safe) v = markSafe(v, ti.safe);
      if (ti.model && depth < 3) v = this.modelFromTaint(ti.model.cls, ti.model.mod, v, depth + 1, at, fr);
      if (ti.tag === 'path') v = { ...v, tag: 'path' };
      props.set(f.name, at && fr ? this.fieldValidators(cls, mod, f.name, v, at, fr) : v);
    }
    return { tag: 'instance', klass: cls, mod, props };
  }

  /** Runs pydantic `@field_validator("name")` / `@validator("name")` methods over a field value. */
  private fieldValidators(cls: Node, mod: ModuleInfo, fieldName: string, v: PyVal, at: Node, fr: Frame): PyVal {
    if (!isTainted(v)) return v;
    let out = v;
    for (const s of named(field(cls, 'body'))) {
      if (!is(s, 'decorated_definition')) continue;
      const def = field(s, 'definition');
      if (!is(def, 'function_definition')) continue;
      const applies = named(s).some((d) => {
        if (!is(d, 'decorator') || !/\b(field_validator|validator)\s*\(/.test(txt(d))) return false;
        const call = named(d)[0];
        return named(field(call, 'arguments')).some((a) => is(a, 'string') && (this.stringConst(a) === fieldName || this.stringConst(a) === '*'));
      });
      if (!applies) continue;
      const args: Args = { pos: [{ node: at, val: out }], kw: new Map(), kwSplat: [] };
      const r = this.callFunction({ fn: def, mod, klass: cls }, { tag: 'class', klass: cls, mod }, args, at, new Scope(), fr, txt(field(def, 'name')) ?? 'validator');
      if (!isTainted(r) || safeMask(r) !== safeMask(out)) out = isTainted(r) ? r : markSafe(out, FULL);
    }
    return out;
  }

  /**
   * Shape of call arguments for the memo: taints are numbered by identity (slots), so calls that
   * differ only in which tool input flows in share one evaluation, retargeted afterwards.
   */
  private sigOf(vals: PyVal[]): { key: string; taints: Taint[]; argOf: number[] } {
    const ids = new Map<string, number>();
    const taints: Taint[] = [];
    const argOf: number[] = [];
    let arg = 0;
    const slot = (t: Taint): number => {
      const id = `${t.param}\u0001${t.definition}`;
      let k = ids.get(id);
      if (k === undefined) {
        ids.set(id, (k = taints.length));
        taints.push(t);
        argOf.push(arg);
      }
      return k;
    };
    const sig = (v: PyVal | undefined, depth: number): string => {
      if (!v) return '_';
      let s = '';
      const t = v.t;
      if (t) s += `T${slot(t)}/${t.safe}`;
      if (v.tag) s += `#${v.tag}`;
      if (v.str !== undefined) s += `"${v.str.slice(0, 24)}`;
      if (v.lit !== undefined) s += `=${v.lit}`;
      if (v.norm) s += 'N';
      if (v.args) s += 'A';
      if (v.fn) s += `F${v.fn.id}`;
      if (v.klass) s += `C${v.klass.id}`;
      if (depth < 2 && v.elems) s += `[${v.elems.slice(0, 6).map((e) => sig(e as PyVal, depth + 1)).join(',')}]`;
      if (depth < 2 && v.props) s += `{${[...v.props].slice(0, 8).map(([k, e]) => `${k}:${sig(e as PyVal, depth + 1)}`).join(',')}}`;
      if (depth < 2 && v.item) s += `<${sig(v.item, depth + 1)}>`;
      return s;
    };
    const parts: string[] = [];
    vals.forEach((v, i) => {
      arg = i;
      parts.push(sig(v, 0));
    });
    return { key: parts.join(';'), taints, argOf };
  }

  /** `selfVar`: the caller's variable holding the instance a method is called on (its state is updated). */
  /**
   * `def session(name) -> Session: return _cache[name]`: the body returns something not known to be
   * an instance (a lookup in a dict filled elsewhere), the return annotation names a project class.
   * What the value carried (the taint the stored instances were flattened to) stays on it.
   */
  private annotatedInstance(fn: Node, mod: ModuleInfo, ret: PyVal): PyVal {
    if (ret.klass || ret.tag || ret.fn || ret.props || ret.elems || ret.str !== undefined || ret.lit !== undefined) return ret;
    const rt = field(fn, 'return_type');
    if (!rt) return ret;
    const name = txt(rt).replace(/^(['"])(.*)\1$/, '$2').replace(/^Optional\[(.*)\]$/, '$1').replace(/\|\s*None$/, '').trimEnd();
    const r = /^[A-Za-z_][\w.]*$/.test(name) ? this.resolveClass(name, mod) : undefined;
    // A model (dataclass) stands for the instance only when nothing tainted is returned (a context
    // object of services: `def _app(ctx) -> AppContext: return ctx.request_context.lifespan_context`).
    if (!r || isEnumClass(r.cls, r.mod, this.resolveClass) || (isModelClass(r.cls, r.mod, this.resolveClass) && isTainted(ret))) return ret;
    return ret.t ? { t: ret.t, tag: 'instance', klass: r.cls, mod: r.mod } : { tag: 'instance', klass: r.cls, mod: r.mod };
  }

  callFunction(fv: PyVal, self: PyVal | undefined, args: Args, n: Node, sc: Scope, fr: Frame, display: string, selfVar?: string): PyVal {
    const fn = fv.fn!;
    const mod = fv.mod ?? fr.mod;
    const fnName = txt(field(fn, 'name')) ?? (is(fn, 'lambda') ? 'lambda' : display);
    const generic = () => this.generic(args, self);
    if (fr.depth >= MAX_CALL_DEPTH) return generic();
    const fnKey = `${mod.file}:${fn.id}`;
    if (this.active.has(fnKey)) return generic();
    const cross = mod.file !== this.ctx.file;
    const reportAt = fr.mod.file === this.ctx.file ? n : fr.reportAt;
    // Bind parameters.
    const paramsNode = field(fn, 'parameters');
    const params = named(paramsNode);
    const decorators = is(fn.parent, 'decorated_definition') ? txt(fn.parent).slice(0, fn.startIndex - fn.parent.startIndex) : '';
    const isStatic = /@staticmethod\b/.test(decorators);
    const isClassMethod = /@classmethod\b/.test(decorators);
    const bound: { name: string; node: Node; val: PyVal }[] = [];
    let pi = 0;
    const pos = [...args.pos];
    const names: string[] = [];
    let argIdx = 0;
    const argNodeFor: (Node | undefined)[] = [];
    for (const p of params) {
      const pname = paramName(p);
      if (!pname) continue;
      names.push(pname);
      const ptype = field(p, 'type');
      let val: PyVal | undefined;
      let argNode: Node | undefined;
      if (pi === 0 && (self || isClassMethod) && !isStatic && fv.klass) {
        val = isClassMethod ? { tag: 'class', klass: fv.klass, mod } : self;
      } else if (is(p, 'list_splat_pattern')) {
        const rest = pos.slice(argIdx);
        argIdx = pos.length;
        val = { elems: rest.map((a) => a.val) };
      } else if (is(p, 'dictionary_splat_pattern')) {
        const props = new Map<string, PyVal>();
        for (const [k, a] of args.kw) if (!names.includes(k)) props.set(k, a.val);
        for (const a of args.kwSplat) if (isTainted(a.val)) props.set('*', flat(a.val));
        val = { props };
      } else {
        const kwa = args.kw.get(pname);
        const a = kwa ?? argAt(pos, argIdx);
        if (!kwa && a) argIdx++;
        if (a) {
          val = a.splat ? elementOf(a.val) : a.val;
          argNode = a.node;
        } else if (args.kwSplat.length) {
          const sp = args.kwSplat[0].val;
          val = sp.args ? this.argSource(sp, pname, args.kwSplat[0].node, fr) : (sp.props?.get(pname) as PyVal | undefined) ?? flat(sp);
          argNode = args.kwSplat[0].node;
        } else {
          const dflt = field(p, 'value');
          val = dflt ? this.evalModuleExpr(dflt, mod, `default:${dflt.id}`) : CLEAN;
        }
      }
      if (val && !val.tag && ptype) {
        const ti = typeInfo(ptype, mod, this.resolveClass);
        if (ti.tag === 'path' || ti.tag === 'httpclient') val = { ...val, tag: ti.tag };
        else if (ti.model && isTainted(val) && !val.props) val = this.modelFromTaint(ti.model.cls, ti.model.mod, val, 1);
        else if (!isTainted(val) && !val.klass && ti.kind === 'object' && !ti.model && txt(ptype) !== 'dict') {
          const r = this.resolveClass(txt(ptype).replace(/^Optional\[(.*)\]$/, '$1').replace(/\|\s*None$/, '').trimEnd(), mod);
          if (r) val = { tag: 'instance', klass: r.cls, mod: r.mod };
        }
      }
      bound.push({ name: pname, node: p, val: val ?? CLEAN });
      argNodeFor.push(argNode);
      pi++;
    }
    const shape = this.sigOf(bound.map((b) => b.val));
    const sigKey = `${fnKey}|${this.tool ?? ''}|${shape.key}`;
    void cross;
    let res = this.memo.get(sigKey);
    if (!res) {
      // Evaluated on the arguments' taints without their flow steps, so what the callee adds to
      // a flow (up to the step limit; no step dropped for sitting where the caller's last one
      // does) is the same whichever call computes it: a memoised result (shared by the
      // registrations of a file) is what this call would have computed, and each registration's
      // findings do not depend on the ones analysed before it (the language server reuses them).
      const fsc = new Scope(fv.env);
      bound.forEach((b, i) => {
        let v = mapTaints(b.val, withoutSteps);
        if (isTainted(v)) v = stepPy(v, step(mod.file, b.node, `parameter \`${b.name}\` of \`${fnName}\``));
        const { org: _o, ...clean } = v;
        void _o;
        fsc.set(`#p${i}`, clean);
        fsc.set(b.name, { ...clean, org: [{ name: `#p${i}`, mask: ALL_BITS }] });
      });
      const nf = this.newFrame(mod, fnName, false, fr.depth + 1, fsc, bound.map((b) => b.name));
      nf.reportAt = reportAt;
      nf.nameParam = undefined;
      this.active.add(fnKey);
      const log: Report[] = [];
      this.captures.push(log);
      const rawBefore = this.rawArgsUse;
      this.rawArgsUse = undefined;
      let rawArgs: Node | undefined;
      let ret: PyVal;
      try {
        if (is(fn, 'lambda')) {
          const body = field(fn, 'body');
          ret = body ? this.evalExpr(body, fsc, nf, 0) : CLEAN;
          nf.returns.push(ret);
          nf.exits.push(paramState(fsc, nf));
        } else {
          const body = field(fn, 'body');
          const term = body ? this.execBlock(body, fsc, nf, 0) : false;
          if (!term) nf.exits.push(paramState(fsc, nf));
          this.runReturnedClosures(fn, nf, fsc);
        }
      } finally {
        this.active.delete(fnKey);
        this.captures.pop();
        rawArgs = this.rawArgsUse;
        this.rawArgsUse = rawBefore;
      }
      ret = nf.returns.length ? mergePy(nf.returns.map(stripOrg)) : CLEAN;
      const exitSafe = bound.map((_, i) => (nf.exits.length ? minSafe(nf.exits.map((s) => s.get(`#p${i}`))) : ALL_BITS));
      const truthySafe = nf.truthy.length ? bound.map((_, i) => minSafe(nf.truthy.map((s) => s.get(`#p${i}`)))) : undefined;
      const selfOut = bound.length && self ? mergePy(nf.exits.map((s) => s.get(bound[0].name))) : undefined;
      res = { taints: shape.taints.map(withoutSteps), reports: log, rawArgs, ret, exitSafe, truthySafe, selfOut: selfOut ? stripOrg(selfOut) : undefined };
      // Results computed while quiet (guard probing, enclosing scopes) reported nothing: not reusable.
      if (!this.quiet) this.memo.set(sigKey, res);
    }
    this.summaries.set(`${fr.mod.file}:${n.id}`, res);
    if (res.rawArgs) this.rawArgsUse ??= res.rawArgs;
    // Retarget the (possibly memoised) result to this call's taints, with a step at this call.
    const map = new Map<string, { cur: Taint; origLen: number; extra?: FlowStep }>();
    res.taints.forEach((orig, k) => {
      const cur = shape.taints[k];
      const argNode = argNodeFor[shape.argOf[k]];
      if (cur) map.set(`${orig.param}\u0001${orig.definition}`, { cur, origLen: orig.steps.length, extra: argNode ? step(fr.mod.file, argNode, `passed to \`${fnName}()\``) : undefined });
    });
    const retarget = (t: Taint): Taint => {
      const m = map.get(`${t.param}\u0001${t.definition}`);
      if (!m) return t;
      return { param: m.cur.param, definition: m.cur.definition, safe: t.safe, steps: [...m.cur.steps, ...(m.extra ? [m.extra] : []), ...t.steps.slice(m.origLen)] };
    };
    for (const r of res.reports) {
      const site = r.site ?? (r.file !== this.ctx.file && fr.mod.file === this.ctx.file ? n : undefined);
      this.emit({ ...r, t: retarget(r.t), site });
    }
    // A function that raises on bad input leaves its arguments validated.
    bound.forEach((b, i) => {
      const node = argNodeFor[i];
      if (!node || !isTainted(b.val)) return;
      const added = res!.exitSafe[i] & ~safeMask(b.val);
      if (added) this.applyFacts([{ expr: node, kinds: added }], sc, fr);
    });
    if (txt(field(fn, 'name')) === '__init__' && res.selfOut) return mapTaints(res.selfOut, retarget);
    // `job.set_command(cmd)` stores into `self`: the caller's `job` carries it to later calls.
    if (selfVar && res.selfOut?.props && res.selfOut.props !== self?.props && isTainted(res.selfOut)) sc.set(selfVar, mapTaints(res.selfOut, retarget));
    let ret = mapTaints(res.ret, retarget);
    if (isTainted(ret)) ret = stepPy(ret, step(fr.mod.file, n, `returned by \`${fnName}()\``));
    return this.annotatedInstance(fn, mod, ret);
  }

  /**
   * `def compile_rule(expr): code = compile(expr, …); def check(state): return eval(code, …); return check`:
   * a function defined inside this one and returned (alone or in a tuple/list) runs later, on
   * what it closed over. Its body runs once here, with its own parameters clean, so a sink it
   * reaches with the enclosing function's values is reported like one in the enclosing body.
   */
  private runReturnedClosures(fn: Node, nf: Frame, env: Scope): void {
    const seen = new Set<number>();
    const visit = (v: PyVal | undefined, depth: number): void => {
      if (!v || depth > 1) return;
      if (v.fn && v.env && v.fn !== fn && !seen.has(v.fn.id) && v.fn.startIndex > fn.startIndex && v.fn.endIndex <= fn.endIndex && (v.mod ?? nf.mod) === nf.mod) {
        seen.add(v.fn.id);
        this.callFunction(v, undefined, { pos: [], kw: new Map(), kwSplat: [] }, v.fn, env, nf, txt(field(v.fn, 'name')) ?? 'closure');
      }
      for (const e of v.elems ?? []) visit(e, depth + 1);
    };
    for (const r of nf.returns) visit(r, 0);
  }

  // ------------------------------------------------------------ guards

  private quick(n: Node, sc: Scope, fr: Frame): PyVal {
    this.quiet++;
    try {
      return this.evalExpr(n, sc, fr, 0);
    } finally {
      this.quiet--;
    }
  }

  /** Facts that hold when condition `c` evaluates to `pos`. */
  condFacts(c: Node, pos: boolean, sc: Scope, fr: Frame, depth = 0): Fact[] {
    if (depth > 12) return [];
    switch (ty(c)) {
      case 'parenthesized_expression': {
        const inner = named(c)[0];
        return inner ? this.condFacts(inner, pos, sc, fr, depth + 1) : [];
      }
      case 'not_operator': {
        const a = field(c, 'argument');
        return a ? this.condFacts(a, !pos, sc, fr, depth + 1) : [];
      }
      case 'boolean_operator': {
        const op = operator(c);
        const l = field(c, 'left');
        const r = field(c, 'right');
        if (!l || !r) return [];
        const fl = this.condFacts(l, pos, sc, fr, depth + 1);
        const frr = this.condFacts(r, pos, sc, fr, depth + 1);
        if ((op === 'and' && pos) || (op === 'or' && !pos)) return [...fl, ...frr];
        return intersectFacts(fl, frr);
      }
      case 'named_expression': {
        const v = field(c, 'value');
        return v ? this.condFacts(v, pos, sc, fr, depth + 1) : [];
      }
      case 'comparison_operator':
        return this.comparisonFacts(c, pos, sc, fr);
      case 'call':
        return this.callFacts(c, pos, sc, fr);
      case 'attribute': {
        const attr = txt(field(c, 'attribute')) ?? '';
        const obj = field(c, 'object');
        if (!obj) return [];
        if (!pos && /^is_(private|loopback|link_local|reserved|multicast|unspecified|site_local)$/.test(attr)) return [{ expr: obj, kinds: Kind.Url }];
        if (pos && attr === 'is_global') return [{ expr: obj, kinds: Kind.Url }];
        return [];
      }
      case 'await': {
        const inner = named(c)[0];
        return inner ? this.condFacts(inner, pos, sc, fr, depth + 1) : [];
      }
      default:
        return [];
    }
  }

  private comparisonFacts(c: Node, pos: boolean, sc: Scope, fr: Frame): Fact[] {
    const ops = named(c);
    if (ops.length !== 2) return [];
    const op = operator(c);
    const [a, b] = ops;
    if (op === 'in' || op === 'not in') {
      const holds = (op === 'in') === pos;
      const as = this.constText(a, sc, fr);
      const av = as !== undefined ? strVal(as) : undefined;
      if (holds) {
        if (av !== undefined) return [];
        // `root in p.parents`
        if (is(b, 'attribute') && txt(field(b, 'attribute')) === 'parents') {
          const p = field(b, 'object');
          return p && this.isNormalized(p, sc, fr) ? [{ expr: p, kinds: PATHV }] : [];
        }
        const bv = this.quick(b, sc, fr);
        if (isTainted(bv) || bv.str !== undefined || bv.parts) return [];
        if (bv.tag === 'path' || bv.tag === 'urlparts') return [];
        return [{ expr: a, kinds: ALLOW }];
      }
      // `".." not in x`, `"/" not in x` (`os.sep not in x`)
      if (av?.str === '..') return [{ expr: b, kinds: NO_DOTDOT }];
      if (av?.str === '/' ) return [{ expr: b, kinds: PATHV & ~0 }];
      // `x not in {"", ".", ".."}`: x is not the parent folder's name.
      if (av === undefined && (is(b, 'set') || is(b, 'tuple') || is(b, 'list')) && named(b).some((e) => this.constText(e, sc, fr) === '..')) return [{ expr: a, kinds: NOT_PARENT }];
      return [];
    }
    if ((op === 'is' || op === 'is not') && (is(a, 'none') || is(b, 'none'))) {
      // `re.fullmatch(p, x) is None` is false / `... is not None` is true: the match succeeded.
      const e = is(a, 'none') ? b : a;
      const truthy = (op === 'is not') === pos;
      return truthy ? this.condFacts(e, true, sc, fr) : [];
    }
    if (op === '==' || op === '!=') {
      const holds = (op === '==') === pos;
      if (!holds) {
        // `x != ".."`: x is not the parent folder's name.
        for (const [x, y] of [[a, b], [b, a]] as const) if (this.constText(y, sc, fr) === '..' && !is(x, 'string')) return [{ expr: x, kinds: NOT_PARENT }];
        return [];
      }
      for (const [x, y] of [[a, b], [b, a]] as const) {
        // `os.path.basename(x) == x` / `Path(x).name == x`: x has no separator, it names an entry of a folder.
        const base = this.basenameOf(x);
        if (base && txt(base) === txt(y) && isTainted(this.quick(y, sc, fr))) return [{ expr: y, kinds: PATHV }];
        if (this.isCommonpath(x)) {
          const yv = this.quick(y, sc, fr);
          if (isTainted(yv)) continue;
          const list = named(field(x, 'arguments'))[0];
          const out: Fact[] = [];
          for (const e of list && (is(list, 'list') || is(list, 'tuple')) ? named(list) : []) {
            if (this.isNormalized(e, sc, fr) && isTainted(this.quick(e, sc, fr))) out.push({ expr: e, kinds: PATHV });
          }
          return out;
        }
        // os.path.dirname(p) == ROOT / p.parent == ROOT with p normalised: p is directly inside ROOT.
        const inner = this.dirnameOf(x);
        if (inner && this.isNormalized(inner, sc, fr) && !isTainted(this.quick(y, sc, fr)) && isTainted(this.quick(inner, sc, fr))) return [{ expr: inner, kinds: PATHV }];
      }
      const av = this.quick(a, sc, fr);
      const bv = this.quick(b, sc, fr);
      if (!isTainted(bv) && isTainted(av)) return [{ expr: a, kinds: ALLOW }];
      if (!isTainted(av) && isTainted(bv)) return [{ expr: b, kinds: ALLOW }];
      return [];
    }
    return [];
  }

  /** Constant text of a literal, of `os.sep` / `os.path.sep` ("/"), or of a name bound to a constant (a loop over literals). */
  private constText(n: Node, sc: Scope, fr: Frame): string | undefined {
    if (is(n, 'string')) return this.stringConst(n);
    if (is(n, 'attribute')) return /^(os\.sep|os\.path\.sep|posixpath\.sep)$/.test(canonicalOf(fr.mod, n) ?? '') ? '/' : undefined;
    if (is(n, 'identifier')) return sc.get(txt(n))?.str;
    return undefined;
  }

  /**
   * `(body for s in "/\\")` / `(… for s in ("/", ".."))`: one scope per constant text the loop
   * name takes (at most 8), for a generator with one `for` and no `if`.
   */
  private constLoop(gen: Node, sc: Scope, fr: Frame): { inner: Scope; body: Node }[] | undefined {
    const clauses = named(gen).filter((c) => is(c, 'for_in_clause') || is(c, 'if_clause'));
    const body = field(gen, 'body');
    const cl = clauses[0];
    if (clauses.length !== 1 || !body || !is(cl, 'for_in_clause')) return undefined;
    const l = field(cl, 'left');
    const r = field(cl, 'right');
    if (!l || !r || !is(l, 'identifier')) return undefined;
    let texts: (string | undefined)[];
    if (is(r, 'string')) texts = [...(this.stringConst(r) ?? '')];
    else if (is(r, 'tuple') || is(r, 'list') || is(r, 'set')) texts = named(r).map((e) => this.constText(e, sc, fr));
    else return undefined;
    if (texts.length === 0 || texts.length > 8 || texts.some((t) => t === undefined)) return undefined;
    return texts.map((t) => {
      const inner = sc.fork();
      inner.set(txt(l), strVal(t!));
      return { inner, body };
    });
  }

  /**
   * `all(IDENT.fullmatch(c) for c in cols)` true / `any(c not in ALLOWED for c in cols)` false:
   * what the body proves of the loop name (`truth`: the body's value for every element) holds
   * for every element of the iterable, a name or attribute (one `for`, no `if`).
   */
  private elementFacts(gen: Node, truth: boolean, sc: Scope, fr: Frame): Fact[] {
    const clauses = named(gen).filter((c) => is(c, 'for_in_clause') || is(c, 'if_clause'));
    const cl = clauses[0];
    const body = field(gen, 'body');
    if (clauses.length !== 1 || !body || !is(cl, 'for_in_clause')) return [];
    const l = field(cl, 'left');
    const r = field(cl, 'right');
    if (!l || !r || !is(l, 'identifier') || !(is(r, 'identifier') || is(r, 'attribute'))) return [];
    const rv = this.quick(r, sc, fr);
    if (!isTainted(rv)) return [];
    const inner = sc.fork();
    inner.set(txt(l), elementOf(rv));
    let k = 0;
    for (const f of this.condFacts(body, truth, inner, fr)) if (is(f.expr, 'identifier') && txt(f.expr) === txt(l)) k |= f.kinds;
    return k ? [{ expr: r, kinds: k }] : [];
  }

  /** `os.path.basename(x)` / `Path(x).name` → x. */
  private basenameOf(n: Node): Node | undefined {
    if (is(n, 'attribute') && txt(field(n, 'attribute')) === 'name') {
      const o = field(n, 'object');
      const f = o && is(o, 'call') ? field(o, 'function') : null;
      const a = f && PATH_CTORS.test(txt(f)) ? named(field(o!, 'arguments'))[0] : undefined;
      return a && !is(a, 'keyword_argument') ? a : undefined;
    }
    if (!is(n, 'call')) return undefined;
    const f = field(n, 'function');
    if (!f || !/^((os\.)?path\.|posixpath\.)?basename$/.test(txt(f))) return undefined;
    const a = named(field(n, 'arguments'))[0];
    return a && !is(a, 'keyword_argument') ? a : undefined;
  }

  /** `os.path.dirname(p)` / `p.parent` → p. */
  private dirnameOf(n: Node): Node | undefined {
    if (is(n, 'attribute') && txt(field(n, 'attribute')) === 'parent') return field(n, 'object') ?? undefined;
    if (!is(n, 'call')) return undefined;
    const f = field(n, 'function');
    if (!f || !/^((os\.)?path\.|posixpath\.)?dirname$/.test(txt(f))) return undefined;
    const a = named(field(n, 'arguments'))[0];
    return a && !is(a, 'keyword_argument') ? a : undefined;
  }

  private isCommonpath(n: Node): boolean {
    if (!is(n, 'call')) return false;
    const f = field(n, 'function');
    return !!f && /(^|\.)(commonpath|commonprefix)$/.test(txt(f));
  }

  private isNormalized(n: Node, sc: Scope, fr: Frame, depth = 0): boolean {
    if (depth > 6) return false;
    if (is(n, 'parenthesized_expression')) {
      const i = named(n)[0];
      return !!i && this.isNormalized(i, sc, fr, depth + 1);
    }
    if (is(n, 'call')) {
      const f = field(n, 'function');
      if (!f) return false;
      const name = is(f, 'attribute') ? txt(field(f, 'attribute')) ?? '' : txt(f);
      if (/^(resolve|realpath|abspath|normpath)$/.test(lastSeg(name))) return true;
      if (/^(str|os\.fspath|fspath)$/.test(txt(f)) || /^(as_posix|lower|rstrip)$/.test(lastSeg(name))) {
        const inner = is(f, 'attribute') ? field(f, 'object') : named(field(n, 'arguments'))[0];
        return !!inner && this.isNormalized(inner, sc, fr, depth + 1);
      }
    }
    return !!this.quick(n, sc, fr).norm;
  }

  private callFacts(c: Node, pos: boolean, sc: Scope, fr: Frame): Fact[] {
    const f = field(c, 'function');
    const argsNode = field(c, 'arguments');
    if (!f) return [];
    const args = is(argsNode, 'generator_expression') ? [argsNode] : named(argsNode).filter((a) => !is(a, 'keyword_argument'));
    const kw = new Map<string, Node>();
    for (const a of named(argsNode)) if (is(a, 'keyword_argument')) {
      const k = txt(field(a, 'name'));
      const v = field(a, 'value');
      if (k && v) kw.set(k, v);
    }
    const canonical = canonicalOf(fr.mod, f);
    const method = is(f, 'attribute') ? txt(field(f, 'attribute')) ?? '' : '';
    const recvNode = is(f, 'attribute') ? field(f, 'object') : null;
    // re.fullmatch(p, x) / re.match / re.search, and compiled patterns.
    const reMode = (name: string): 'full' | 'match' | 'search' | undefined => (name === 'fullmatch' ? 'full' : name === 'match' ? 'match' : name === 'search' ? 'search' : undefined);
    if (canonical && /^(re|regex)\.(fullmatch|match|search)$/.test(canonical)) {
      if (!pos || args.length < 2) return [];
      const p = this.quick(args[0], sc, fr);
      const pat = p.str ?? (p.tag === 'regex' ? p.str : undefined);
      const k = pat !== undefined ? regexKinds(pat, reMode(lastSeg(canonical))!) : 0;
      return k ? [{ expr: args[1], kinds: k }] : [];
    }
    if (recvNode && reMode(method) && pos && args.length >= 1) {
      const rv = this.quick(recvNode, sc, fr);
      if (rv.tag === 'regex' && rv.str !== undefined) {
        const k = regexKinds(rv.str, reMode(method)!);
        return k ? [{ expr: args[0], kinds: k }] : [];
      }
      return [];
    }
    if (recvNode && method === 'is_relative_to') {
      return pos && this.isNormalized(recvNode, sc, fr) ? [{ expr: recvNode, kinds: PATHV }] : [];
    }
    if (recvNode && method === 'startswith' && args[0]) {
      const rv = this.quick(args[0], sc, fr);
      const prefixes = rv.elems ? (rv.elems as PyVal[]) : [rv];
      if (pos) {
        if (prefixes.some(isTainted)) return [];
        let k = 0;
        // `real.startswith(ROOT)` also admits the sibling "/srv/data-evil": the prefix must end in a separator.
        const prefixNodes = is(args[0], 'tuple') || is(args[0], 'list') ? named(args[0]) : [args[0]];
        if (this.isNormalized(recvNode, sc, fr) && prefixes.every((p) => p.str !== '' && p.str !== '/') && prefixNodes.every((pn, i) => endsWithSep(pn, prefixes[i]))) k |= PATHV;
        if (prefixes.every((p) => p.str !== undefined && prefixFixesHost(p.str) && !/^\//.test(p.str))) k |= Kind.Url;
        return k ? [{ expr: recvNode, kinds: k }] : [];
      }
      // `x.startswith("/")` false: not absolute; `x.startswith(".")` false: not `..` (nor a hidden file).
      let k = 0;
      if (prefixes.some((p) => p.str !== undefined && /^[/\\~]/.test(p.str))) k |= NO_ABS;
      if (prefixes.some((p) => p.str === '.' || p.str === '..')) k |= NOT_PARENT;
      return k ? [{ expr: recvNode, kinds: k }] : [];
    }
    if (recvNode && method === 'endswith' && args[0] && pos) {
      // `urlparse(u).hostname.endswith(".example.com")`: the host is pinned to one domain.
      const rv = this.quick(args[0], sc, fr);
      const suffixes = rv.elems ? (rv.elems as PyVal[]) : [rv];
      const hostView = (is(recvNode, 'attribute') && /^(hostname|host)$/.test(txt(field(recvNode, 'attribute')) ?? '')) ||
        (is(recvNode, 'identifier') && !!sc.get(txt(recvNode))?.org?.some((o) => o.mask === Kind.Url));
      if (hostView && suffixes.every((x) => x.str !== undefined && /^\.[a-z0-9-]+\.[a-z0-9.-]+$/i.test(x.str))) return [{ expr: recvNode, kinds: Kind.Url }];
      return [];
    }
    if (recvNode && /^(isalnum|isdigit|isdecimal|isnumeric|isalpha|isidentifier)$/.test(method)) return pos ? [{ expr: recvNode, kinds: FULL }] : [];
    if (recvNode && method === 'is_absolute' && !pos) return [{ expr: recvNode, kinds: NO_ABS }];
    if (canonical && /^(os\.path|posixpath)\.isabs$/.test(canonical) && !pos && args[0]) return [{ expr: args[0], kinds: NO_ABS }];
    if (canonical === 'isinstance' && pos && args.length === 2 && /^\(?\s*(int|float|bool|uuid\.UUID|UUID)(\s*,\s*(int|float|bool))*\s*\)?$/.test(args[1].text)) return [{ expr: args[0], kinds: FULL }];
    if (((canonical === 'any' && !pos) || (canonical === 'all' && pos)) && args[0]?.type === 'generator_expression') {
      // `if any(s in name for s in "/\\"): raise` / `all(s not in name for s in ("/", ".."))`:
      // over constant texts, the body holds (all) or fails (any) once for each of them.
      const each = this.constLoop(args[0], sc, fr);
      if (each) {
        const out: Fact[] = [];
        for (const { inner, body } of each) out.push(...this.condFacts(body, canonical === 'all', inner, fr).map((x) => ({ ...x, sc: x.sc ?? inner })));
        return out;
      }
      if (canonical === 'any') return this.elementFacts(args[0], false, sc, fr);
    }
    if ((canonical === 'any' || canonical === 'all') && pos && args[0]?.type === 'generator_expression') {
      const gen = args[0];
      const inner = sc.fork();
      for (const cl of named(gen)) {
        if (!is(cl, 'for_in_clause')) continue;
        const l = field(cl, 'left');
        const r = field(cl, 'right');
        const rv = r ? this.quick(r, inner, fr) : CLEAN;
        if (l) this.assignTarget(l, elementOf(rv), inner, fr);
      }
      const body = field(gen, 'body');
      if (!body) return [];
      const facts = this.condFacts(body, true, inner, fr).map((x) => ({ ...x, sc: x.sc ?? inner }));
      return canonical === 'all' ? [...facts, ...this.elementFacts(gen, true, sc, fr)] : facts;
    }
    // Project validators: what their body proves when they return a truthy value.
    const sum = this.summaries.get(`${fr.mod.file}:${c.id}`);
    if (sum) {
      if (!pos || !sum.truthySafe) return [];
      const out: Fact[] = [];
      args.forEach((a, i) => {
        const av = this.quick(a, sc, fr);
        const off = sum.truthySafe!.length > args.length && is(f, 'attribute') ? 1 : 0;
        const k = (sum.truthySafe![i + off] ?? 0) & ~safeMask(av);
        if (k && isTainted(av)) out.push({ expr: a, kinds: k });
      });
      return out;
    }
    const name = method || (canonical ? lastSeg(canonical) : txt(f));
    if (pos && VALIDATOR.test(name) && !(canonical && isExternalModule(canonical))) {
      const k = kindsFromName(name);
      return args.map((a) => ({ expr: a, kinds: k }));
    }
    return [];
  }

  /** Marks the checked path (and what it was derived from) contained, after `p.relative_to(root)`. */
  private containFact(recvNode: Node, sc: Scope, fr: Frame): void {
    if (this.isNormalized(recvNode, sc, fr)) this.applyFacts([{ expr: recvNode, kinds: PATHV }], sc, fr);
  }

  /** Variables a guard on expression `n` says something about, with the kinds it can prove for each. */
  targetsOf(n: Node, mask: number, sc: Scope, depth: number): Origin[] {
    if (depth > 6 || mask === 0) return [];
    switch (ty(n)) {
      case 'identifier': {
        // The variable, and what it is a view of, transitively (ip <- host <- parsed <- url).
        const out: Origin[] = [{ name: txt(n), mask }];
        for (let i = 0; i < out.length && out.length < 16; i++) {
          const cur = out[i];
          if (cur.prop !== undefined) continue;
          for (const o of sc.get(cur.name)?.org ?? []) {
            const m = cur.mask & o.mask;
            if (m && !out.some((x) => x.name === o.name && x.prop === o.prop)) out.push({ name: o.name, mask: m, prop: o.prop });
          }
        }
        return out;
      }
      case 'parenthesized_expression': {
        const i = named(n)[0];
        return i ? this.targetsOf(i, mask, sc, depth + 1) : [];
      }
      case 'attribute': {
        const attr = txt(field(n, 'attribute')) ?? '';
        const obj = field(n, 'object');
        if (!obj) return [];
        if (/^(hostname|netloc|host)$/.test(attr)) return this.targetsOf(obj, mask & Kind.Url, sc, depth + 1);
        if (is(obj, 'identifier')) {
          const v = sc.get(txt(obj));
          if (v?.props) return [{ name: txt(obj), mask, prop: attr }];
        }
        return [];
      }
      case 'subscript': {
        const obj = field(n, 'value');
        const key = n.childrenForFieldName('subscript')[0];
        if (is(key, 'integer') && txt(key) === '0' && obj) {
          // `argv[0] in ALLOWED`, `cmd.split()[0] in ALLOWED`: the program is allow-listed.
          if (is(obj, 'identifier')) {
            // `parts = shlex.split(cmd)`: allow-listing parts[0] allow-lists cmd's first word.
            const out: Origin[] = [{ name: txt(obj), mask, prop: '[0]' }];
            for (const o of sc.get(txt(obj))?.org ?? []) if (o.mask & FIRSTWORD & mask) out.push({ name: o.name, mask: FIRSTWORD });
            return out;
          }
          if (is(obj, 'call')) {
            const f = field(obj, 'function');
            const inner = is(f, 'attribute') && /^(split|rsplit)$/.test(txt(field(f, 'attribute')) ?? '') ? field(f, 'object') : /(^|\.)split$/.test(txt(f) ?? '') ? named(field(obj, 'arguments'))[0] : undefined;
            if (inner) return this.targetsOf(inner, mask & FIRSTWORD, sc, depth + 1);
          }
        }
        if (is(obj, 'identifier') && is(key, 'string')) {
          const v = sc.get(txt(obj));
          const k = this.stringConst(key);
          if (k !== undefined && (v?.props || v?.args)) return [{ name: txt(obj), mask, prop: k }];
        }
        // An element of an address list (`info[4][0]` of getaddrinfo): a view for URL checks only.
        let base: Node | null = obj;
        while (base && is(base, 'subscript')) base = field(base, 'value');
        if (base && is(base, 'identifier')) return this.targetsOf(base, mask & Kind.Url, sc, depth + 1).slice(1);
        return [];
      }
      case 'call': {
        const f = field(n, 'function');
        if (!f) return [];
        const argsNode = field(n, 'arguments');
        const args = named(argsNode).filter((a) => !is(a, 'keyword_argument'));
        const isAttr = is(f, 'attribute');
        const method = isAttr ? txt(field(f, 'attribute')) ?? '' : '';
        const recv = isAttr ? field(f, 'object') : null;
        const name = isAttr ? method : txt(f);
        if (/^(str|os\.fspath|fspath)$/.test(txt(f)) && args[0]) return this.targetsOf(args[0], mask, sc, depth + 1);
        // The words of a command line: their first one is the command's first word.
        if (/^(shlex\.)?split$/.test(txt(f)) && args[0]) return this.targetsOf(args[0], mask & FIRSTWORD, sc, depth + 1);
        if (recv && /^(split|rsplit)$/.test(method)) return this.targetsOf(recv, mask & FIRSTWORD, sc, depth + 1);
        if (is(recv, 'identifier') && method === 'get' && args[0]?.type === 'string') {
          const v = sc.get(txt(recv));
          const k = this.stringConst(args[0]);
          if (k !== undefined && (v?.props || v?.args)) return [{ name: txt(recv), mask, prop: k }];
        }
        if (recv && IDENTITY_METHODS.has(method)) return this.targetsOf(recv, mask, sc, depth + 1);
        // `name.replace("-", "").isalnum()`: the value is the checked one plus the removed characters.
        if (recv && method === 'replace' && args.length >= 2 && is(args[0], 'string') && this.stringConst(args[1]) === '') {
          const removed = this.stringConst(args[0]) ?? '';
          if (removed.length > 0 && removed.length <= 2) return this.targetsOf(recv, mask & kindsForChars(new Set(['a', 'Z', '0', ...removed])), sc, depth + 1);
        }
        if (/(^|\.)(urlparse|urlsplit)$/.test(txt(f)) && args[0]) return this.targetsOf(args[0], mask, sc, depth + 1);
        if (/(^|\.)(ip_address|ip_network|gethostbyname|getaddrinfo|gethostbyname_ex|IPv4Address|IPv6Address)$/.test(txt(f)) && args[0]) return this.targetsOf(args[0], mask & Kind.Url, sc, depth + 1);
        const pathFn = /(^|\.)(Path|PurePath|PosixPath|realpath|abspath|normpath|join|expanduser)$/.test(txt(f)) && !isAttr
          ? true
          : isAttr && (/^(resolve|absolute|expanduser|joinpath)$/.test(method) || /^(os\.path|posixpath)\.(realpath|abspath|normpath|join|expanduser)$/.test(txt(f)) || /(^|\.)(Path)$/.test(txt(f)));
        if (pathFn) {
          const out: Origin[] = [];
          const sources = [...args];
          if (recv && /^(resolve|absolute|expanduser|joinpath)$/.test(method)) sources.push(recv);
          for (const a of sources) out.push(...this.targetsOf(a, mask & PATHV, sc, depth + 1));
          return out;
        }
        void name;
        return [];
      }
      case 'boolean_operator': {
        // `urlparse(u).hostname or ""`: the value is the left side whenever it is set.
        const l = field(n, 'left');
        return l && operator(n) === 'or' ? this.targetsOf(l, mask, sc, depth + 1) : [];
      }
      case 'binary_operator': {
        if (operator(n) !== '/') return [];
        const out: Origin[] = [];
        for (const side of [field(n, 'left'), field(n, 'right')]) if (side) out.push(...this.targetsOf(side, mask & PATHV, sc, depth + 1));
        return out;
      }
      default:
        return [];
    }
  }

  applyFacts(facts: Fact[], sc: Scope, fr: Frame): void {
    for (const f of facts) {
      if (!f.kinds) continue;
      for (const o of this.targetsOf(f.expr, ALLOW, f.sc ?? sc, 0)) {
        const k = f.kinds & o.mask;
        if (!k) continue;
        const cur = sc.get(o.name) ?? (o.name.startsWith('#') ? undefined : this.moduleValue(fr.mod, o.name));
        if (!cur) continue;
        if (o.prop === '[0]') {
          if (!isTainted(cur)) continue;
          const rest = cur.elems ? (cur.elems.slice(1) as PyVal[]) : [{ t: flat(cur).t }];
          const first = cur.elems ? ((cur.elems[0] as PyVal | undefined) ?? CLEAN) : elementOf(cur);
          sc.set(o.name, { ...cur, t: undefined, item: undefined, elems: [markSafe(first, k), ...rest] });
          continue;
        }
        if (o.prop !== undefined) {
          const pv = (cur.props?.get(o.prop) as PyVal | undefined) ?? (cur.args ? this.argSourceQuiet(cur, o.prop, f.expr, fr) : undefined);
          if (!pv || !isTainted(pv)) continue;
          const props = new Map(cur.props ?? []);
          props.set(o.prop, markSafe(pv, k));
          sc.set(o.name, { ...cur, props });
          continue;
        }
        if (!isTainted(cur)) continue;
        const safe = markSafe(cur, k);
        sc.set(o.name, safe);
        // Strings built from this value before the check (`cmd = f"git {sub}"; if sub not in
        // ALLOWED: raise`) hold the same value object in their parts: they are checked too.
        if ((k & ALL_KINDS) === ALL_KINDS && !o.name.startsWith('#')) this.recheckBuilt(cur, safe, sc, fr);
      }
    }
  }

  private recheckBuilt(old: PyVal, now: PyVal, sc: Scope, fr: Frame): void {
    const seen = new Set<string>();
    for (let s: Scope | undefined = sc; s && s !== fr.base.parent; s = s.parent) {
      for (const [name, v] of s.vars) {
        if (seen.has(name) || name.startsWith('#')) continue;
        seen.add(name);
        if (!v.parts || !isTainted(v) || !v.parts.some((p) => p.v === old)) continue;
        const rebuilt = this.buildString(v.parts.map((p) => (p.v === old ? { v: now } : p)));
        sc.set(name, { ...v, t: rebuilt.t, parts: rebuilt.parts });
      }
    }
  }

  private argSourceQuiet(obj: PyVal, key: string, at: Node, fr: Frame): PyVal {
    const saved = this.rawArgsUse;
    const v = this.argSource(obj, key, at, fr);
    this.rawArgsUse = saved;
    return v;
  }

  // ------------------------------------------------------------ reporting

  /** Reports being collected for the calls under evaluation (innermost last). */
  private readonly captures: Report[][] = [];

  private report(rule: TaintRule, what: string, callee: string, t: Taint, at: Node, fr: Frame): void {
    if (this.quiet) return;
    this.emit({ rule, what, callee, t, at, file: fr.mod.file });
  }

  /** Inside a call: kept for the caller to re-issue. In the handler itself: a finding. */
  private emit(r: Report): void {
    if (this.quiet) return;
    const log = this.captures[this.captures.length - 1];
    if (log) {
      log.push(r);
      return;
    }
    if (r.file === this.ctx.file) {
      reportFlow(this.ctx, r.rule, r.what, r.callee, r.t, r.at);
      return;
    }
    const site = r.site ?? this.handlerSite;
    if (!site) return;
    const sinkStep = { file: r.file, range: nodeRange(r.at), message: `reaches ${r.what} (\`${r.callee}\`) in ${path.basename(r.file)}` };
    reportFlow(this.ctx, r.rule, r.what, r.callee, r.t, site, this.ctx.file, sinkStep);
  }
}

// ---------------------------------------------------------------- helpers

function paramName(p: Node): string | undefined {
  switch (ty(p)) {
    case 'identifier':
      return txt(p);
    case 'typed_parameter':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern': {
      const id = named(p).find((c) => is(c, 'identifier'));
      if (id) return txt(id);
      const inner = named(p).find((c) => is(c, 'list_splat_pattern') || is(c, 'dictionary_splat_pattern'));
      return inner ? paramName(inner) : undefined;
    }
    case 'default_parameter':
    case 'typed_default_parameter':
      return txt(field(p, 'name'));
    default:
      return undefined;
  }
}

export { paramName };

/** Loader classes of PyYAML that build only plain data. */
const SAFE_LOADER = /^C?(?:Safe|Base)Loader$/;

/**
 * Every assignment to `name` in the function around `call` (else in `moduleRoot`, the module as
 * a whole also on the keystroke path, where `call` sits in a tree of one statement) names loader
 * classes, and only safe ones: `loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)`,
 * `Loader = yaml.CSafeLoader if fast else yaml.SafeLoader`.
 */
function assignedLoadersSafe(call: Node, moduleRoot: Node, name: string): boolean {
  let fn: Node | null = call.parent;
  for (let up = 0; fn && fn.type !== 'function_definition' && up < 64; up++) fn = fn.parent;
  const re = new RegExp(`^[ \\t]*${name.replace(/[^\w]/g, '')}[ \\t]*(?::[^=\\n]*)?=(?!=)([^\\n]*)`, 'gm');
  // The function's own assignments decide; without any, the module's.
  for (const scope of [fn?.type === 'function_definition' ? fn : null, moduleRoot]) {
    if (!scope) continue;
    const text = scope.text;
    if (text.length > 200_000) return false;
    let seen = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const loaders = m[1].match(/\b\w*Loader\b/g) ?? [];
      if (loaders.length === 0 || !loaders.every((l) => SAFE_LOADER.test(l))) return false;
      seen++;
    }
    if (seen > 0) return true;
  }
  return false;
}

function elementNode(n: Node, i: number): Node {
  if (is(n, 'list') || is(n, 'tuple')) {
    const els = named(n);
    return els[i] ?? n;
  }
  return n;
}

function withoutSteps(t: Taint): Taint {
  return t.steps.length ? { ...t, steps: [] } : t;
}

/** The value with every taint replaced by `f(taint)`. */
function mapTaints(v: PyVal, f: (t: Taint) => Taint, depth = 0): PyVal {
  if (!isTainted(v) || depth > 5) return v;
  const out: PyVal = { ...v };
  if (v.t) out.t = f(v.t);
  if (v.elems) out.elems = v.elems.map((e) => mapTaints(e as PyVal, f, depth + 1));
  if (v.props) {
    const m = new Map<string, PyVal>();
    for (const [k, p] of v.props) m.set(k, mapTaints(p as PyVal, f, depth + 1));
    out.props = m;
  }
  if (v.item) out.item = mapTaints(v.item, f, depth + 1);
  if (v.parts) out.parts = v.parts.map((p) => (p.v ? { v: mapTaints(p.v, f, depth + 1) } : p));
  return out;
}

/** What a call's summary needs of a scope at a return: the parameters' safety and `self`. */
function paramState(sc: Scope, fr: Frame): Scope {
  const out = new Scope();
  for (let i = 0; i < fr.params.length; i++) {
    const v = sc.get(`#p${i}`);
    if (v) out.vars.set(`#p${i}`, v);
  }
  const self = fr.params[0];
  if (self !== undefined) {
    const v = sc.get(self);
    if (v) out.vars.set(self, v);
  }
  return out;
}

/** Adjacent literal pieces joined into one. */
function mergeLiteralParts(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.s !== undefined && last?.s !== undefined) out[out.length - 1] = { s: last.s + p.s };
    else out.push(p);
  }
  return out;
}

/** Does a path prefix end with a separator (`ROOT + os.sep`, `f"{ROOT}/"`, `"/srv/data/"`)? */
function endsWithSep(n: Node | undefined, v: PyVal | undefined): boolean {
  if (v?.str !== undefined) return /[/\\]$/.test(v.str);
  const last = v?.parts?.[v.parts.length - 1];
  if (last?.s !== undefined) return /[/\\]$/.test(last.s);
  if (!n) return false;
  if (is(n, 'binary_operator')) {
    const r = field(n, 'right');
    return !!r && (/^(os\.sep|os\.path\.sep|sep|os\.altsep)$/.test(txt(r)) || /^["'][/\\]+["']$/.test(txt(r)));
  }
  if (is(n, 'call')) {
    // os.path.join(ROOT, "") ends with a separator.
    const f = field(n, 'function');
    const a = named(field(n, 'arguments'));
    return !!f && /(^|\.)join$/.test(txt(f)) && a.length > 1 && /^["']{2}$/.test(txt(a[a.length - 1]));
  }
  return false;
}

/** Truth value of a constant (True/False/None/numbers/strings), undefined when unknown. */
function truthiness(v: PyVal): boolean | undefined {
  if (isTainted(v)) return undefined;
  if (v.lit !== undefined) {
    if (v.lit === 'True') return true;
    if (v.lit === 'False' || v.lit === 'None') return false;
    if (/^-?[0-9.]+$/.test(v.lit)) return Number(v.lit) !== 0;
    return undefined;
  }
  if (v.str !== undefined) return v.str !== '';
  return undefined;
}

function stripOrg(v: PyVal): PyVal {
  if (!v.org) return v;
  const { org: _o, ...rest } = v;
  void _o;
  return rest;
}

function minSafe(vals: (PyVal | undefined)[]): number {
  let m = ALL_BITS;
  for (const v of vals) m &= safeMask(v);
  return m;
}

function intersectFacts(a: Fact[], b: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const x of a) {
    for (const y of b) {
      if (txt(x.expr) === txt(y.expr)) {
        const k = x.kinds & y.kinds;
        if (k) out.push({ expr: x.expr, kinds: k, sc: x.sc });
      }
    }
  }
  return out;
}

/** Kinds a validator proves, from its name (validate_path → paths, is_allowed_url → URLs...). */
export function kindsFromName(name: string): number {
  const n = name.toLowerCase();
  if (/path|file|dir|folder/.test(n)) return PATHV;
  if (/url|uri|host|domain/.test(n)) return Kind.Url;
  if (/sql|query|table|column|identifier/.test(n)) return Kind.Sql;
  if (/cmd|command|shell|arg/.test(n)) return Kind.Shell;
  if (/expr|code|formula/.test(n)) return Kind.Eval;
  return FULL;
}

/**
 * `re.sub(r"[^a-z0-9_-]", "", x)` / `re.sub(r"[^a-z0-9]+", "-", x)`: what the characters left
 * over (the class, plus those of a literal replacement) are safe for.
 */
function negatedClassKinds(pat: string, repl: string): number {
  const m = /^\[\^((?:\\.|[^\]\\])+)\][+*]?$/.exec(pat);
  if (!m || repl.length > 8 || /\\/.test(repl)) return 0;
  const extra = [...repl].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `\\${c}`)).join('');
  return regexKinds(`^[${m[1]}${extra}]*$`, 'full');
}
