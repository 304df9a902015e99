// Taint evaluator for JavaScript and TypeScript: walks a handler's statements in order,
// carrying abstract values (taint + shape) through assignments, string building, calls into
// local and cross-file helpers, and recognising guards that make a value safe.
import type { Node } from 'web-tree-sitter';
import { checkBudget, nodeRange, step, stringValue, type AnalysisContext } from '../context';
import type { SinkSpec, TaintRule } from '../rules';
import {
  ALL_KINDS,
  CLEAN,
  Env,
  Kind,
  flatten,
  isTainted,
  join,
  lookupSinks,
  mergeVals,
  reportFlow,
  sanitize,
  sinkTable,
  taintFor,
  taintOf,
  withStep,
  type Taint,
  type Val,
} from '../taint';
import type { FlowStep } from '../types';
import { buildModuleInfo, calleeOfAlias, canonical, DB_CONN_METHODS, DB_FACTORY, DB_METHOD_PREFIX, findExport, isDbType, LIB_OBJECTS, LIB_TERMINAL, MODULE_OBJECT, requiredModule, type ModuleInfo } from './module';
import { shapeProps, zodInfo } from './discover';
import { regexKinds } from '../py/regex';
import { DB_RECEIVER_STRICT } from '../rules/tool-input-to-sql';
import { alwaysExits, callArgs, isFunctionNode, isStrictRegex, memberName, propKey, statements, unwrap } from './syntax';

const MAX_CALL_DEPTH = 5;
const MAX_CALLS = 600;

/** Functions whose result is safe for the given kinds whatever goes in. */
const SANITIZERS: [RegExp, number][] = [
  [/^(Number|parseInt|parseFloat|Boolean|Math\.\w+|isNaN|Number\.\w+|BigInt)$/, ALL_KINDS],
  [/^(path\.basename|basename)$/, Kind.Path],
  [/^(encodeURIComponent|encodeURI|querystring\.escape|qs\.stringify|querystring\.stringify)$/, Kind.Url],
  [/^(shell-quote\.quote|shellQuote\.quote|shell-escape|shellescape|shellEscape|escapeShellArg|quote)$/, Kind.Shell],
  [/^(mysql\.escape|mysql2\.escape|sqlstring\.escape|SqlString\.escape|pg-format|format\.literal|escapeLiteral|escapeIdentifier|pg\.escapeLiteral)$/, Kind.Sql],
  [/(^|\.)(createHash|randomUUID|randomBytes|crypto\.\w+)$/, ALL_KINDS],
  [/^(JSON\.parse)$/, 0],
];

/** Unknown functions whose name says they validate or sanitise their input. */
const VALIDATOR_NAME = /(^|[._])(is|has|check|validate|verify|ensure|assert|sanitize|sanitise|guard|require)?_?(valid|safe|allowed|permitted|whitelist|allowlist|trusted|within|inside|authori[sz]ed|contained|sane)/i;
const SANITIZER_NAME = /(sanitiz|sanitis|validat|safe_?path|safePath|resolveSafe|resolveWithin|resolveInside|secure|ensureWithin|ensureInside|assertWithin|assertInside|checkPath|escape|quote|whitelist|allowlist)/i;

/** Methods that read the file at the path they are given (fs, fs-extra, xlsx, jsonfile…). */
const FILE_READERS = new Set(['readFile', 'readFileSync', 'readJson', 'readJsonSync', 'readJSON', 'readJSONSync']);

/** Methods whose result never carries the caller's string (booleans, numbers). */
const CLEAN_METHODS = new Set([
  'includes', 'has', 'test', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'length', 'localeCompare',
  'some', 'every', 'findIndex', 'isFile', 'isDirectory', 'size', 'getTime', 'valueOf', 'charCodeAt', 'codePointAt', 'search',
  'isSafeInteger', 'isInteger', 'toFixed', 'exists', 'existsSync', 'hash', 'digest',
]);
/** String/array methods that pass the receiver's taint through. */
const PASS_METHODS = new Set([
  'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'slice', 'substring', 'substr',
  'split', 'concat', 'join', 'padStart', 'padEnd', 'normalize', 'toString', 'repeat', 'at', 'charAt', 'replace', 'replaceAll',
  'map', 'filter', 'flat', 'flatMap', 'reverse', 'sort', 'find', 'pop', 'shift', 'values', 'keys', 'entries', 'reduce', 'trimLeft', 'trimRight',
  'match', 'matchAll', 'exec', 'toJSON', 'format', 'then', 'catch', 'finally', 'get', 'parse', 'safeParse', 'parseAsync', 'safeParseAsync',
]);

interface FnState {
  returns: Val[];
  depth: number;
  /** Module the code being evaluated belongs to. */
  info: ModuleInfo;
  /** When evaluating code of another file: the call in the analysed file that led there. */
  outerCall?: Node;
  outerSteps: FlowStep[];
  /** Enclosing class body (for this.method calls). */
  classBody?: Node;
  /** Current definition name (low-level handlers switch on request.params.name). */
  defName: string;
}

export class JsEvaluator {
  private calls = 0;
  private steps = 0;
  /** alwaysExits results by node id (nested blocks would otherwise be re-walked at every level). */
  private readonly exitMemo = new Map<number, boolean>();
  /** readWhole() per function node (by start offset and file). */
  private readonly readWholeMemo = new Map<Node, boolean>();
  private readonly stack: string[] = [];
  private readonly modules = new Map<string, ModuleInfo | null>();
  private readonly table = sinkTable('ts');

  constructor(
    private readonly ctx: AnalysisContext,
    readonly main: ModuleInfo,
  ) {
    this.modules.set(ctx.file, main);
  }

  /** Evaluates a handler function with the given argument values (tool inputs). */
  runHandler(fn: Node, args: Val[], defName: string, classBody?: Node, info: ModuleInfo = this.main, registration?: Node): void {
    const st: FnState = { returns: [], depth: 0, info, outerSteps: [], classBody, defName, outerCall: info === this.main ? undefined : registration };
    this.invoke(fn, args, this.envFor(fn, info), st, undefined);
  }

  /** A handler imported from another module of the project. */
  resolveImport(local: string): { fn: Node; info: ModuleInfo; classBody?: Node } | undefined {
    // `h.startTimer` with `const h = makeHandlers(deps)` / an object of functions / a class, here or imported.
    const dot = local.indexOf('.');
    if (dot > 0) {
      const sm = this.staticMember(local.slice(0, dot), local.slice(dot + 1), this.main);
      return sm && isFunctionNode(sm.fn) ? sm : undefined;
    }
    const r = this.importedFunction(this.main, local);
    return r && isFunctionNode(r.fn) ? r : undefined;
  }

  // ------------------------------------------------------------------ functions

  private envFor(_fn: Node, info: ModuleInfo): Env {
    return new Env(info.env);
  }

  /** Binds parameters and runs a function body; returns the joined return value. */
  private invoke(fn: Node, args: Val[], parentEnv: Env, st: FnState, callNode: Node | undefined, callerFile?: string): Val {
    this.fnStack.push(fn);
    try {
      return this.invokeBody(fn, args, parentEnv, st, callNode, callerFile);
    } finally {
      this.fnStack.pop();
    }
  }

  private invokeBody(fn: Node, args: Val[], parentEnv: Env, st: FnState, callNode: Node | undefined, callerFile?: string): Val {
    const env = new Env(parentEnv);
    // The call's own arguments (not a callback run by `arr.map(fn)`): the flow shows where each was passed.
    const callArgNodes = callNode && callerFile && callNode.type === 'call_expression' ? callArgs(callNode) : [];
    const fname = callArgNodes.length ? functionName(fn) : undefined;
    const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
    const file = st.info.mod.file;
    if (params) {
      const list = params.type === 'formal_parameters' ? params.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : [params];
      let i = 0;
      for (const p of list) {
        let pattern: Node | null = p;
        let dflt: Node | null = null;
        if (p.type === 'required_parameter' || p.type === 'optional_parameter') {
          pattern = p.childForFieldName('pattern');
          dflt = p.childForFieldName('value');
        } else if (p.type === 'assignment_pattern') {
          pattern = p.childForFieldName('left');
          dflt = p.childForFieldName('right');
        }
        if (!pattern || pattern.type === 'this') continue;
        if (pattern.type === 'rest_pattern') {
          const rest = args.slice(i);
          this.bindPattern(pattern.namedChildren[0]!, { elems: rest }, env, st, true);
          break;
        }
        let v = args[i] ?? (dflt ? this.evalExpr(dflt, env, st) : CLEAN);
        const argNode = callArgNodes[i];
        if (fname && argNode && isTainted(v) && !isFunctionNode(unwrap(argNode)) && !callArgNodes.slice(0, i + 1).some((a) => a.type === 'spread_element')) {
          v = withStep(v, step(callerFile!, argNode, `passed to \`${fname}\``));
        }
        if (callNode && isTainted(v)) v = withStep(v, step(file, pattern, `passed to parameter \`${pattern.text.slice(0, 40)}\``));
        this.bindPattern(pattern, v, env, st, true);
        i++;
      }
    }
    const body = fn.childForFieldName('body');
    if (!body) return CLEAN;
    const inner: FnState = { ...st, returns: [] };
    if (body.type === 'statement_block') {
      this.execBlock(body, env, inner);
      return inner.returns.length ? mergeVals(inner.returns) : CLEAN;
    }
    return this.evalExpr(body, env, inner);
  }

  /** Calls a resolved function node (local, class method, or in another module). */
  /**
   * `this` after the last method call made with `self` (callFunction): a method that sets
   * `this.x` or pushes onto `this.list` hands the updated instance back to its caller.
   */
  private selfOut: Val | undefined;

  private callFunction(fn: Node, info: ModuleInfo, args: Val[], callNode: Node, env: Env | undefined, st: FnState, classBody?: Node, self?: Val): Val {
    const ret = this.callFunctionBody(fn, info, args, callNode, env, st, classBody, self);
    // assertPublicUrl(u) / resolveSafePath(p) / validateTarget(x): a checker's result is trusted,
    // whatever way its body checks (DNS lookups, libraries) — sinks inside it are still analysed.
    const name = functionName(fn);
    // …unless its body is one the analysis reads whole (string and path checks only): then what
    // the body proved is what holds (`checkLocal(p)` with `p.startsWith(ROOT)` on an unresolved
    // path proves nothing; an identity function named `sanitize` neither).
    if (name && GUARD_FUNCTION.test(name) && isTainted(ret) && !readWhole(fn, this.readWholeMemo)) return sanitize(ret, guardKinds(name));
    // `function collection(): Database.Database` (a lazily opened handle): the annotation names the driver.
    if (!ret.tag && isDbType(returnedType(fn), info.env)) return { ...ret, tag: 'db' };
    return ret;
  }

  private callFunctionBody(fn: Node, info: ModuleInfo, args: Val[], callNode: Node, env: Env | undefined, st: FnState, classBody?: Node, self?: Val): Val {
    const key = `${info.mod.file}:${fn.startIndex}`;
    this.selfOut = undefined;
    if (this.stack.includes(key) || st.depth >= MAX_CALL_DEPTH || this.calls >= MAX_CALLS) return join(...args);
    this.calls++;
    this.stack.push(key);
    try {
      const crossing = info.mod.file !== st.info.mod.file && st.outerCall === undefined && st.info === this.main;
      const next: FnState = {
        returns: [],
        depth: st.depth + 1,
        info,
        outerCall: crossing ? callNode : st.outerCall,
        outerSteps: st.outerSteps,
        classBody: classBody ?? (info === st.info ? st.classBody : undefined),
        defName: st.defName,
      };
      const parent = env ?? new Env(info.env);
      if (self) parent.declare('this', self);
      const ret = this.invoke(fn, args, parent, next, callNode, st.info.mod.file);
      this.selfOut = self ? parent.get('this') : undefined;
      return ret;
    } finally {
      this.stack.pop();
    }
  }

  /** A method called on an instance value: `this` bound to it, the updated instance written back to `target` (a name, or `this`). */
  private callMethod(m: Node, info: ModuleInfo, args: Val[], n: Node, st: FnState, body: Node, self: Val, target: Node | null, env: Env): Val {
    const ret = this.callFunction(m, info, args, n, undefined, st, body, self);
    const out = this.selfOut;
    this.selfOut = undefined;
    if (out && out !== self && target) {
      if (target.type === 'identifier') env.assign(target.text, out);
      else if (target.type === 'this') env.assign('this', out);
    }
    return ret;
  }

  private moduleInfo(file: string): ModuleInfo | undefined {
    if (this.modules.has(file)) return this.modules.get(file) ?? undefined;
    const mod = this.ctx.loadModule(file);
    const info = mod && mod.lang !== 'python' ? buildModuleInfo(mod, this.ctx) : undefined;
    this.modules.set(file, info ?? null);
    return info;
  }

  /** Resolves an imported name to a function node in another module. */
  private importedFunction(info: ModuleInfo, local: string, member?: string): { fn: Node; info: ModuleInfo } | undefined {
    const rel = info.relImports.get(local);
    if (!rel?.file) return undefined;
    const target = this.moduleInfo(rel.file);
    if (!target) return undefined;
    const exportName = rel.name === '*' ? member : rel.name;
    if (!exportName) return undefined;
    let fn = findExport(target, exportName);
    if (!fn && exportName === 'default') fn = findExport(target, 'default');
    if (fn && (isFunctionNode(fn) || isClassDecl(fn))) return { fn, info: target };
    // re-export
    const re = target.relImports.get(`__reexport_${exportName}`);
    if (re) return this.importedFunction(target, `__reexport_${exportName}`);
    return undefined;
  }

  // ------------------------------------------------------------------ statements

  execBlock(block: Node, env: Env, st: FnState): void {
    for (const s of statements(block)) {
      this.execStmt(s, env, st);
      if (alwaysExits(s, this.exitMemo)) break;
    }
  }

  private execStmt(s: Node, env: Env, st: FnState): void {
    checkBudget(this.ctx);
    switch (s.type) {
      case 'expression_statement': {
        const e = s.namedChildren[0];
        if (e) {
          this.evalExpr(e, env, st);
          this.assertionGuard(e, env, st);
        }
        return;
      }
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const d of s.namedChildren) {
          if (d?.type !== 'variable_declarator') continue;
          const name = d.childForFieldName('name');
          const value = d.childForFieldName('value');
          if (!name) continue;
          const req = value ? requiredModule(value) : undefined;
          if (req && !req.startsWith('.')) {
            // const { exec } = require("child_process") / await import("node:child_process") in a function
            if (name.type === 'identifier') env.declare(name.text, { callee: canonical(req) });
            else if (name.type === 'object_pattern') {
              for (const p of name.namedChildren) {
                if (p?.type === 'shorthand_property_identifier_pattern') env.declare(p.text, { callee: canonical(`${req}.${p.text}`) });
                else if (p?.type === 'pair_pattern') {
                  const local = p.childForFieldName('value');
                  const key = propKey(p);
                  if (local?.type === 'identifier' && key) env.declare(local.text, { callee: canonical(`${req}.${key}`) });
                }
              }
            }
            continue;
          }
          let v = value ? this.evalExpr(value, env, st) : CLEAN;
          if (value && name.type === 'identifier') {
            const alias = calleeOfAlias(value, env);
            if (alias) v = { ...v, callee: alias };
            const u = unwrap(value);
            if (u && isFunctionNode(u)) v = { fn: u, fnEnv: env } as Val;
            // rel = path.relative(root, X) / u = new URL(X): guards on rel/u also cover X.
            const from = derivedFrom(u);
            if (from) v = { ...v, from } as Val;
            // const ok = ALLOWED.includes(x): `if (!ok) throw` guards x.
            if (u && !isTainted(v) && (u.type === 'call_expression' || u.type === 'binary_expression' || u.type === 'unary_expression')) v = { ...v, pred: u };
          }
          if (isTainted(v) && name.type === 'identifier') v = withStep(v, step(st.info.mod.file, name, `assigned to \`${name.text}\``));
          this.bindPattern(name, v, env, st, true);
        }
        return;
      case 'return_statement': {
        const e = s.namedChildren[0];
        st.returns.push(e ? this.evalExpr(e, env, st) : CLEAN);
        return;
      }
      case 'throw_statement': {
        const e = s.namedChildren[0];
        if (e) this.evalExpr(e, env, st);
        return;
      }
      case 'if_statement':
        this.execIf(s, env, st);
        return;
      case 'statement_block': {
        this.execBlock(s, new Env(env), st);
        return;
      }
      case 'for_in_statement': {
        const right = s.childForFieldName('right');
        const left = s.childForFieldName('left');
        const body = s.childForFieldName('body');
        const isOf = s.childForFieldName('operator')?.text === 'of';
        const coll = right ? this.evalExpr(right, env, st) : CLEAN;
        const item = isOf ? elemOf(coll) : flatten(coll);
        const inner = env.branch();
        if (left) this.bindPattern(left, item, inner, st, true);
        if (body) this.execLoopBody(body, inner, st);
        env.mergeBranches([inner], false);
        return;
      }
      case 'for_statement': {
        const inner = env.branch();
        const init = s.childForFieldName('initializer');
        if (init) this.execStmt(init, inner, st);
        const body = s.childForFieldName('body');
        if (body) this.execLoopBody(body, inner, st);
        env.mergeBranches([inner], false);
        return;
      }
      case 'while_statement':
      case 'do_statement': {
        const cond = s.childForFieldName('condition');
        if (cond) this.evalExpr(cond, env, st);
        const inner = env.branch();
        const body = s.childForFieldName('body');
        if (body) this.execLoopBody(body, inner, st);
        env.mergeBranches([inner], false);
        return;
      }
      case 'try_statement': {
        const body = s.childForFieldName('body');
        if (body) this.execBlock(body, env, st);
        const handler = s.childForFieldName('handler');
        const hb = handler?.childForFieldName('body');
        if (hb) {
          const inner = env.branch();
          const p = handler?.childForFieldName('parameter');
          if (p) this.bindPattern(p, CLEAN, inner, st, true);
          this.execBlock(hb, inner, st);
          env.mergeBranches([inner], false);
        }
        const fin = s.childForFieldName('finalizer')?.childForFieldName('body');
        if (fin) this.execBlock(fin, env, st);
        return;
      }
      case 'switch_statement':
        this.execSwitch(s, env, st);
        return;
      case 'labeled_statement': {
        const body = s.childForFieldName('body');
        if (body) this.execStmt(body, env, st);
        return;
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = s.childForFieldName('name');
        if (name) env.declare(name.text, { fn: s, fnEnv: env } as Val);
        return;
      }
      case 'export_statement': {
        const d = s.childForFieldName('declaration');
        if (d) this.execStmt(d, env, st);
        return;
      }
      default:
        return;
    }
  }

  private execLoopBody(body: Node, env: Env, st: FnState): void {
    if (body.type === 'statement_block') this.execBlock(body, env, st);
    else this.execStmt(body, env, st);
  }

  private execIf(s: Node, env: Env, st: FnState): void {
    const cond = s.childForFieldName('condition');
    const cons = s.childForFieldName('consequence');
    const altClause = s.childForFieldName('alternative');
    const alt = altClause?.namedChildren.find((c) => c && c.type !== 'comment') ?? null;
    if (cond) this.evalExpr(cond, env, st);
    this.narrowByName(cond, st, () => {
      const thenEnv = env.branch();
      if (cond) this.applyGuards(this.guardsWhen(cond, true, env, st), thenEnv, st);
      if (cons) this.execStmtOrBlock(cons, thenEnv, st);
      const elseEnv = env.branch();
      if (cond) this.applyGuards(this.guardsWhen(cond, false, env, st), elseEnv, st);
      if (alt) this.execStmtOrBlock(alt, elseEnv, st);
      const thenExits = alwaysExits(cons, this.exitMemo);
      const elseExits = alt ? alwaysExits(alt, this.exitMemo) : false;
      if (thenExits && !elseExits) {
        // Code after the if runs only when the condition was false.
        this.copyInto(elseEnv, env);
      } else if (elseExits && !thenExits) {
        this.copyInto(thenEnv, env);
      } else if (!thenExits || !elseExits) {
        env.mergeBranches([thenEnv, elseEnv], true);
      }
    });
  }

  /** In a low-level CallTool handler, `if (name === "x")` selects the tool named x. */
  private narrowByName(cond: Node | null, st: FnState, body: () => void): void {
    const prev = st.defName;
    const c = unwrap(cond);
    if (c?.type === 'binary_expression' && /^===?$/.test(c.childForFieldName('operator')?.text ?? '')) {
      const l = c.childForFieldName('left');
      const r = c.childForFieldName('right');
      const lit = stringValue(r) ?? stringValue(l);
      const other = stringValue(r) !== undefined ? l : r;
      if (lit && other && /(^|\.)(name|toolName|tool)$/.test(other.text) && st.defName.startsWith('CallTool')) st.defName = lit;
    }
    try {
      body();
    } finally {
      st.defName = prev;
    }
  }

  private copyInto(from: Env, to: Env): void {
    for (const [n, v] of from.ownEntries()) to.assign(n, v);
  }

  private execStmtOrBlock(n: Node, env: Env, st: FnState): void {
    if (n.type === 'statement_block') this.execBlock(n, env, st);
    else this.execStmt(n, env, st);
  }

  private execSwitch(s: Node, env: Env, st: FnState): void {
    const value = s.childForFieldName('value');
    if (value) this.evalExpr(value, env, st);
    const body = s.childForFieldName('body');
    if (!body) return;
    const disc = unwrap(value);
    const isToolSwitch = !!disc && /(^|\.)(name|toolName|tool)$/.test(disc.text) && st.defName.startsWith('CallTool');
    const branches: Env[] = [];
    let hasDefault = false;
    for (const c of body.namedChildren) {
      if (!c || (c.type !== 'switch_case' && c.type !== 'switch_default')) continue;
      const inner = env.branch();
      const prev = st.defName;
      const caseValue = c.childForFieldName('value');
      if (c.type === 'switch_default') hasDefault = true;
      else if (disc && caseValue && isLiteral(caseValue)) {
        // Inside `case "lit":` the discriminant equals a literal.
        this.applyGuards([{ target: disc, kinds: ALL_KINDS }], inner, st);
        const lit = stringValue(caseValue);
        if (isToolSwitch && lit) st.defName = lit;
      }
      try {
        for (const b of c.childrenForFieldName('body')) {
          if (!b) continue;
          this.execStmt(b, inner, st);
          if (alwaysExits(b, this.exitMemo)) break;
        }
      } finally {
        st.defName = prev;
      }
      branches.push(inner);
    }
    env.mergeBranches(branches, hasDefault);
  }

  // ------------------------------------------------------------------ binding

  private bindPattern(p: Node, v: Val, env: Env, st: FnState, declare: boolean): void {
    const set = (name: string, val: Val) => (declare ? env.declare(name, val) : env.assign(name, val));
    switch (p.type) {
      case 'identifier':
      case 'shorthand_property_identifier_pattern':
        set(p.text, v);
        return;
      case 'object_pattern':
        for (const c of p.namedChildren) {
          if (!c) continue;
          if (c.type === 'shorthand_property_identifier_pattern') set(c.text, this.member(v, c.text, c, st));
          else if (c.type === 'pair_pattern') {
            const key = propKey(c);
            const target = c.childForFieldName('value');
            if (!target) continue;
            let inner = key ? this.member(v, key, c, st) : flatten(v);
            if (target.type === 'assignment_pattern') {
              const left = target.childForFieldName('left');
              if (left) this.bindPattern(left, inner, env, st, declare);
            } else this.bindPattern(target, inner, env, st, declare);
            void inner;
          } else if (c.type === 'object_assignment_pattern') {
            const left = c.childForFieldName('left');
            const right = c.childForFieldName('right');
            if (!left) continue;
            const key = left.type === 'shorthand_property_identifier_pattern' ? left.text : undefined;
            const inner = key ? this.member(v, key, left, st) : flatten(v);
            const dflt = right ? this.evalExpr(right, env, st) : CLEAN;
            this.bindPattern(left, isTainted(inner) ? inner : mergeVals([inner, dflt]), env, st, declare);
          } else if (c.type === 'rest_pattern') {
            const id = c.namedChildren[0];
            if (id) this.bindPattern(id, v, env, st, declare);
          }
        }
        return;
      case 'array_pattern': {
        let i = 0;
        for (const c of p.namedChildren) {
          if (!c) continue;
          const el = v.elems ? v.elems[i] ?? CLEAN : flatten(v);
          if (c.type === 'assignment_pattern') {
            const left = c.childForFieldName('left');
            if (left) this.bindPattern(left, el, env, st, declare);
          } else if (c.type === 'rest_pattern') {
            const id = c.namedChildren[0];
            if (id) this.bindPattern(id, v.elems ? { elems: v.elems.slice(i) } : v, env, st, declare);
          } else this.bindPattern(c, el, env, st, declare);
          i++;
        }
        return;
      }
      case 'assignment_pattern': {
        const left = p.childForFieldName('left');
        if (left) this.bindPattern(left, v, env, st, declare);
        return;
      }
      case 'member_expression': {
        this.assignMember(p, v, env, st);
        return;
      }
      default:
        return;
    }
  }

  /** `o.p = v`: record the property on o's value. */
  private assignMember(target: Node, v: Val, env: Env, st: FnState): void {
    const obj = unwrap(target.childForFieldName('object'));
    const prop = memberName(target);
    if (obj?.type !== 'identifier' && !(obj?.type === 'this' && env.has('this'))) return;
    const cur = env.get(obj.text);
    if (!cur) {
      if (isTainted(v)) env.assign(obj.text, { props: new Map([[prop ?? '*', v]]) });
      return;
    }
    const props = new Map(cur.props ?? []);
    if (prop) props.set(prop, v);
    else if (isTainted(v)) return env.assign(obj.text, join(cur, v));
    env.assign(obj.text, { ...cur, props });
    void st;
  }

  /** Property read: known property, else a fresh source for raw argument objects, else the object's taint. */
  private member(v: Val, prop: string, at: Node, st: FnState): Val {
    if (v.props?.has(prop)) return v.props.get(prop)!;
    if (prop === 'length') return CLEAN;
    const t = v.t;
    if (!t) return v.props || v.elems ? CLEAN : v.table ? CLEAN : CLEAN;
    // An instance that absorbed the raw arguments (`this.parts.push(...)` after `this.filter = args`) is not them.
    if ((t as RawTaint).raw && (v as { cls?: unknown }).cls) return { t: { ...t, raw: false } as Taint };
    if ((t as RawTaint).raw) {
      if (/^(data|arguments|args|params|input|body)$/.test(prop)) return v;
      return {
        t: {
          param: prop,
          definition: st.defName,
          safe: t.safe,
          steps: [{ file: st.info.mod.file, range: nodeRange(at), message: `tool input \`${prop}\` (chosen by the model)` }],
        },
      };
    }
    return { t };
  }

  // ------------------------------------------------------------------ expressions

  evalExpr(n: Node, env: Env, st: FnState): Val {
    if ((++this.steps & 255) === 0) checkBudget(this.ctx);
    switch (n.type) {
      case 'identifier':
      case 'shorthand_property_identifier': {
        const v = env.get(n.text);
        if (v) return v;
        // const store = new Store(...) at the top of the module (or imported from another one);
        // else a parameter of an enclosing function typed with a project class
        // (`function registerTools(server, ws: Workspace) { … ws.file(p) … }`).
        return this.moduleInstance(n.text, st.info) ?? this.typedParam(n, st) ?? CLEAN;
      }
      case 'this':
        return env.get('this') ?? CLEAN;
      case 'true':
        return LIT_TRUE;
      case 'false':
        return LIT_FALSE;
      case 'string':
      case 'number':
      case 'null':
      case 'undefined':
      case 'regex':
        return CLEAN;
      case 'template_string':
        return this.evalTemplate(n, env, st);
      case 'parenthesized_expression':
      case 'non_null_expression':
      case 'as_expression':
      case 'satisfies_expression':
      case 'type_assertion':
      case 'await_expression':
      case 'spread_element': {
        const inner = n.namedChildren.find((c) => c && !c.type.endsWith('_type') && c.type !== 'type_identifier' && c.type !== 'predefined_type');
        return inner ? this.evalExpr(inner, env, st) : CLEAN;
      }
      case 'sequence_expression': {
        let last: Val = CLEAN;
        for (const c of n.namedChildren) if (c) last = this.evalExpr(c, env, st);
        return last;
      }
      case 'binary_expression':
        return this.evalBinary(n, env, st);
      case 'unary_expression':
      case 'update_expression': {
        const a = n.childForFieldName('argument');
        if (a) this.evalExpr(a, env, st);
        return CLEAN;
      }
      case 'ternary_expression': {
        const c = n.childForFieldName('condition');
        if (c) this.evalExpr(c, env, st);
        const a = n.childForFieldName('consequence');
        const b = n.childForFieldName('alternative');
        const thenEnv = env.branch();
        if (c) this.applyGuards(this.guardsWhen(c, true, env, st), thenEnv, st);
        const elseEnv = env.branch();
        if (c) this.applyGuards(this.guardsWhen(c, false, env, st), elseEnv, st);
        return mergeVals([a ? this.evalExpr(a, thenEnv, st) : CLEAN, b ? this.evalExpr(b, elseEnv, st) : CLEAN]);
      }
      case 'member_expression': {
        const obj = n.childForFieldName('object');
        const prop = n.childForFieldName('property')?.text;
        if (!obj || !prop) return CLEAN;
        const ov = this.evalExpr(obj, env, st);
        const mv = this.member(ov, prop, n, st);
        // this.store where the class holds `store = new Store()` (or types it `store: Store`).
        if (obj.type === 'this' && st.classBody && mv === CLEAN) {
          const inst = this.fieldInstance(st.classBody, st.info, prop);
          if (inst) return inst;
        }
        // app.store where app is an instance we can see into.
        const ocls = (ov as Val & { cls?: { body: Node; info: ModuleInfo } }).cls;
        if (ocls && mv === CLEAN) {
          const inst = this.fieldInstance(ocls.body, ocls.info, prop) ?? this.inheritedField(ocls.body, ocls.info, prop);
          if (inst) return inst;
        }
        // fs.promises / cp.exec: a member of a known module is that module member (one step per level).
        const alias = ov.callee ? canonical(`${ov.callee}.${prop}`) : obj.type === 'call_expression' ? calleeOfAlias(n, env) : undefined;
        return alias && !isTainted(mv) ? { callee: alias } : mv;
      }
      case 'subscript_expression': {
        const obj = n.childForFieldName('object');
        const idx = n.childForFieldName('index');
        const ov = obj ? this.evalExpr(obj, env, st) : CLEAN;
        if (idx) this.evalExpr(idx, env, st);
        const key = idx ? stringValue(idx) : undefined;
        if (key !== undefined) return this.member(ov, key, n, st);
        const table = obj ? this.functionTable(obj, st) : undefined;
        if (table) return { fns: table.fns, fnsInfo: table.info, fnsInfos: table.infos } as Val;
        if (ov.table) return CLEAN;
        if (idx?.type === 'number' && ov.elems) return ov.elems[Number(idx.text)] ?? CLEAN;
        if (ov.elems && instancesOf(ov)) return { insts: instancesOf(ov) } as Val;
        return ov.elems ? elemOf(ov) : flatten(ov);
      }
      case 'assignment_expression': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        let v = right ? this.evalExpr(right, env, st) : CLEAN;
        if (left && right && left.type === 'identifier') {
          const alias = calleeOfAlias(right, env);
          if (alias) v = { ...v, callee: alias };
          if (isTainted(v)) v = withStep(v, step(st.info.mod.file, left, `assigned to \`${left.text}\``));
        }
        if (left) {
          if (left.type === 'subscript_expression') {
            const obj = unwrap(left.childForFieldName('object'));
            if (obj?.type === 'identifier' && isTainted(v)) env.assign(obj.text, join(env.get(obj.text), v));
          } else this.bindPattern(left, v, env, st, false);
        }
        return v;
      }
      case 'augmented_assignment_expression': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        const v = join(left ? this.evalExpr(left, env, st) : CLEAN, right ? this.evalExpr(right, env, st) : CLEAN);
        if (left?.type === 'identifier') env.assign(left.text, v);
        else if (left?.type === 'member_expression') this.assignMember(left, v, env, st);
        return v;
      }
      case 'array': {
        const elems: Val[] = [];
        for (const c of n.namedChildren) {
          if (!c || c.type === 'comment') continue;
          const v = this.evalExpr(c, env, st);
          if (c.type === 'spread_element') elems.push(...(v.elems ?? [flatten(v)]));
          else elems.push(v);
        }
        return { elems };
      }
      case 'object': {
        const props = new Map<string, Val>();
        let spread: Val | undefined;
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === 'pair') {
            const key = propKey(c);
            const value = c.childForFieldName('value');
            const v = value ? this.evalExpr(value, env, st) : CLEAN;
            if (key !== undefined) props.set(key, v);
            else if (isTainted(v)) spread = join(spread, v);
          } else if (c.type === 'shorthand_property_identifier') props.set(c.text, env.get(c.text) ?? CLEAN);
          else if (c.type === 'spread_element') {
            const v = this.evalExpr(c, env, st);
            if (v.props) for (const [k, pv] of v.props) props.set(k, pv);
            if (v.t) spread = join(spread, { t: v.t });
          } else if (c.type === 'method_definition') this.evalFunctionValue(c, env, st);
        }
        return spread ? { t: taintOf(spread), props } : { props };
      }
      case 'arrow_function':
      case 'function_expression':
      case 'function':
        return { fn: n, fnEnv: env } as Val;
      case 'call_expression':
        return this.evalCall(n, env, st, false);
      case 'new_expression':
        return this.evalCall(n, env, st, true);
      case 'tagged_template_expression':
      default: {
        // Unknown expression: evaluate children for their side effects (calls with sinks).
        let out: Val = CLEAN;
        if (n.type === 'call_expression') return out;
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === 'template_string' && n.type === 'call_expression') continue;
          const v = this.evalExpr(c, env, st);
          if (isTainted(v)) out = join(out, v);
        }
        return out;
      }
    }
  }

  private evalTemplate(n: Node, env: Env, st: FnState): Val {
    // No substitution: a constant, whatever its length (a template of thousands of escapes is
    // thousands of nodes, and guards evaluate a condition again on every branch).
    const raw = n.text;
    if (raw.length >= 2 && raw.startsWith('`') && raw.endsWith('`') && !raw.includes('${')) return buildString([{ text: raw.slice(1, -1) }]);
    const pieces: { text?: string; val?: Val }[] = [];
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_fragment' || c.type === 'escape_sequence') pieces.push({ text: c.text });
      else if (c.type === 'template_substitution') {
        const e = c.namedChildren[0];
        pieces.push({ val: e ? this.evalExpr(e, env, st) : CLEAN });
      }
    }
    return buildString(pieces);
  }

  private evalBinary(n: Node, env: Env, st: FnState): Val {
    const op = n.childForFieldName('operator')?.text ?? '';
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    if (op === '+') {
      const pieces: { text?: string; val?: Val }[] = [];
      const collect = (x: Node | null) => {
        const u = x;
        if (!u) return;
        if (u.type === 'binary_expression' && u.childForFieldName('operator')?.text === '+') {
          collect(u.childForFieldName('left'));
          collect(u.childForFieldName('right'));
        } else {
          const s = stringValue(u);
          if (s !== undefined) pieces.push({ text: s });
          else pieces.push({ val: this.evalExpr(u, env, st) });
        }
      };
      collect(n);
      return buildString(pieces);
    }
    const lv = l ? this.evalExpr(l, env, st) : CLEAN;
    if (op === '&&') {
      const rEnv = env.branch();
      if (l) this.applyGuards(this.guardsWhen(l, true, env, st), rEnv, st);
      return r ? this.evalExpr(r, rEnv, st) : CLEAN;
    }
    const rv = r ? this.evalExpr(r, env, st) : CLEAN;
    if (op === '||' || op === '??') return mergeVals([lv, rv]);
    return CLEAN; // comparisons and arithmetic produce booleans/numbers
  }

  /**
   * `handlers[name]` where `handlers` is a module-level object of functions, here or imported
   * (`import { DISPATCH } from "./dispatch.js"`): every one may run, in the module it is in.
   */
  private functionTable(obj: Node, st: FnState): { fns: Node[]; info: ModuleInfo; infos?: ModuleInfo[] } | undefined {
    const o = unwrap(obj);
    if (o?.type === 'identifier') return this.tableOf(o.text, st.info, 0);
    // tools.dispatch[name] with `const tools = require("./lib/tools")` exporting { dispatch: {…} }.
    if (o?.type === 'member_expression') {
      const base = unwrap(o.childForFieldName('object'));
      const key = o.childForFieldName('property')?.text;
      const rel = base?.type === 'identifier' ? st.info.relImports.get(base.text) : undefined;
      if (!key || !rel?.file || (rel.name !== '*' && rel.name !== 'default')) return undefined;
      const target = this.moduleInfo(rel.file);
      const exp = target?.exports.get(key);
      if (!target || !exp) return undefined;
      if (typeof exp === 'string') return /^[A-Za-z_$][\w$]*$/.test(exp) ? this.tableOf(exp, target, 1) : undefined;
      return exp.type === 'object' ? this.functionsOf(exp, target) : undefined;
    }
    return undefined;
  }

  private tableOf(name: string, info: ModuleInfo, depth: number): { fns: Node[]; info: ModuleInfo; infos?: ModuleInfo[] } | undefined {
    const init = unwrap(info.consts.get(name));
    if (init) return init.type === 'object' ? this.functionsOf(init, info) : undefined;
    const rel = info.relImports.get(name);
    if (!rel?.file || depth > 2) return undefined;
    if (rel.name === '*' || rel.name === 'default') {
      // `const handlers = require("./handlers")` with `module.exports = { a() {…}, b }`.
      const whole = this.moduleInfo(rel.file);
      const obj = whole?.exports.get(MODULE_OBJECT);
      if (whole && obj && typeof obj !== 'string' && obj.type === 'object') return this.functionsOf(obj, whole);
      if (rel.name === '*') return undefined;
    }
    const target = this.moduleInfo(rel.file);
    const exp = target?.exports.get(rel.name);
    if (!target || typeof exp !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(exp)) return undefined;
    return this.tableOf(exp, target, depth + 1);
  }

  /**
   * The functions of an object literal in `info` (methods, function values, names of the module's
   * functions or of functions it imports), each with the module it is in.
   */
  private functionsOf(obj: Node, info: ModuleInfo): { fns: Node[]; info: ModuleInfo; infos: ModuleInfo[] } | undefined {
    const fns: Node[] = [];
    const infos: ModuleInfo[] = [];
    const byName = (name: string) => {
      const local = info.functions.get(name);
      if (local) {
        fns.push(local);
        infos.push(info);
        return;
      }
      const imp = this.importedFunction(info, name);
      if (imp && isFunctionNode(imp.fn)) {
        fns.push(imp.fn);
        infos.push(imp.info);
      }
    };
    for (const p of obj.namedChildren) {
      if (!p) continue;
      if (p.type === 'method_definition') {
        fns.push(p);
        infos.push(info);
      } else if (p.type === 'pair') {
        const v = unwrap(p.childForFieldName('value'));
        if (v && isFunctionNode(v)) {
          fns.push(v);
          infos.push(info);
        } else if (v?.type === 'identifier') byName(v.text);
      } else if (p.type === 'shorthand_property_identifier') byName(p.text);
    }
    return fns.length ? { fns, info, infos } : undefined;
  }

  private callAll(fns: Node[], args: Val[], n: Node, st: FnState, info: ModuleInfo = st.info, infos?: ModuleInfo[]): Val {
    if (infos) return mergeVals(fns.map((fn, i) => this.callFunction(fn, infos[i] ?? info, args, n, undefined, st)));
    return mergeVals(fns.map((fn) => this.callFunction(fn, info, args, n, undefined, st)));
  }

  private evalFunctionValue(fn: Node, env: Env, st: FnState, params: Val[] = []): Val {
    return this.callFunction(fn, st.info, params, fn, env, st);
  }

  // ------------------------------------------------------------------ calls

  private evalCall(n: Node, env: Env, st: FnState, isNew: boolean): Val {
    const fnNode = n.childForFieldName(isNew ? 'constructor' : 'function');
    const argNodes = callArgs(n);
    if (!fnNode) return CLEAN;
    if (n.childForFieldName('arguments')?.type === 'template_string') {
      // Tagged template: sql`...${x}` parameterises; other tags pass through.
      const tag = fnNode.text;
      const tv = this.evalTemplate(n.childForFieldName('arguments')!, env, st);
      if (/(^|\.)(sql|SQL|\$queryRaw|\$executeRaw|\$)$/.test(tag)) return CLEAN;
      return tv;
    }
    const args = argNodes.map((a) => (isFunctionNode(unwrap(a)) ? ({ fn: unwrap(a)!, fnEnv: env } as Val) : this.evalExpr(a, env, st)));

    // Resolve what is being called.
    const f = unwrap(fnNode)!;
    let callee: string | undefined;
    let method: string | undefined;
    let receiverText: string | undefined;
    let receiver: Val | undefined;
    let receiverNode: Node | null = null;
    if (f.type === 'identifier') {
      const v = env.get(f.text);
      callee = v ? v.callee : f.text;
      // A locally bound function value (closure) or function declared in the module.
      const fnVal = v as (Val & { fn?: Node; fnEnv?: Env; fns?: Node[]; fnsInfo?: ModuleInfo; fnsInfos?: ModuleInfo[] }) | undefined;
      if (fnVal?.fn) return this.callLocal(fnVal.fn, args, n, fnVal.fnEnv, st);
      if (fnVal?.fns) return this.callAll(fnVal.fns, args, n, st, fnVal.fnsInfo, fnVal.fnsInfos);
      if (!v) {
        const local = st.info.functions.get(f.text);
        if (local) return this.afterAssertingCall(this.callLocal(local, args, n, undefined, st), n, env, st);
        const cls = st.info.classes.get(f.text);
        if (cls && isNew) return this.construct(cls, st.info, args, n, st);
        const imp = this.importedFunction(st.info, f.text);
        if (imp) {
          if (isClassDecl(imp.fn)) return isNew ? this.construct(imp.fn, imp.info, args, n, st) : CLEAN;
          return this.afterAssertingCall(this.callFunction(imp.fn, imp.info, args, n, undefined, st), n, env, st);
        }
        // const ls = (cmd) => liquidsoap(host, port, cmd) in the function that registers the tools.
        const outer = this.typedParam(f, st) as (Val & { fn?: Node }) | undefined;
        if (outer?.fn) return this.afterAssertingCall(this.callLocal(outer.fn, args, n, undefined, st), n, env, st);
      }
    } else if (f.type === 'member_expression') {
      receiverNode = f.childForFieldName('object');
      method = f.childForFieldName('property')?.text;
      const base = receiverNode ? calleeOfAlias(receiverNode, env) ?? requiredModule(receiverNode) : undefined;
      if (base && method) callee = canonical(`${base}.${method}`);
      receiver = receiverNode ? this.evalExpr(receiverNode, env, st) : CLEAN;
      // A module-level client instance (`const api = axios.create(…)`): its methods are the library's.
      if (!callee && method && receiver.callee && receiverNode?.type === 'identifier') callee = canonical(`${receiver.callee}.${method}`);
      receiverText = receiverNode?.text;
      if ((receiver as Val).tag === 'db' || LIB_OBJECTS.has((receiver as Val).tag ?? '')) receiverText = (receiver as Val).tag;
      // this.method(...) → class method
      if (receiverNode?.type === 'this' && method && st.classBody) {
        // The instance's own class first (a base class's `run` calling `this.execute`, overridden below it).
        const self = env.get('this') as (Val & { cls?: { body: Node; info: ModuleInfo } }) | undefined;
        const own = self?.cls && !self.cls.body.equals(st.classBody) ? this.methodOf(self.cls.body, self.cls.info, method) : undefined;
        if (own) return this.callMethod(own.fn, own.info, args, n, st, own.body, self!, receiverNode, env);
        const m = findMethod(st.classBody, method);
        if (m) return this.callMethod(m, st.info, args, n, st, st.classBody, env.get('this') ?? { cls: { body: st.classBody, info: st.info } }, receiverNode, env);
        const inherited = this.methodOf(st.classBody, st.info, method);
        if (inherited) return this.callMethod(inherited.fn, inherited.info, args, n, st, inherited.body, env.get('this') ?? { cls: { body: st.classBody, info: st.info } }, receiverNode, env);
        // this.sh(...) where the class holds `sh = promisify(exec)` (or sets it in the constructor).
        callee ??= this.fieldCallee(st.classBody, st.info, method);
      }
      // instance.method(...) where instance = new LocalClass()
      const cls = (receiver as Val & { cls?: { body: Node; info: ModuleInfo } }).cls;
      if (cls && method) {
        const m = this.methodOf(cls.body, cls.info, method);
        if (m) return this.callMethod(m.fn, m.info, args, n, st, m.body, receiver, unwrap(receiverNode), env);
      }
      // tools.find((t) => t.name === name).execute(args): one of several instances, each one's method.
      const insts = (receiver as Val & { insts?: Val[] }).insts;
      if (insts && method) {
        const outs: Val[] = [];
        for (const inst of insts) {
          const c = (inst as Val & { cls?: { body: Node; info: ModuleInfo } }).cls!;
          const m = this.methodOf(c.body, c.info, method);
          if (m) outs.push(this.callFunction(m.fn, m.info, args, n, undefined, st, m.body, inst));
        }
        if (outs.length) return mergeVals(outs);
      }
      // namespace import of a project module: utils.run(...)
      if (receiverNode?.type === 'identifier' && method && !env.has(receiverNode.text)) {
        const imp = this.importedFunction(st.info, receiverNode.text, method);
        if (imp && isFunctionNode(imp.fn)) return this.callFunction(imp.fn, imp.info, args, n, undefined, st);
      }
      // obj.fn(...) where obj.fn is a function value we know
      const pv = receiver.props?.get(method ?? '') as (Val & { fnEnv?: Env; fnsInfo?: ModuleInfo }) | undefined;
      if (pv?.fn) return this.callLocal(pv.fn, args, n, pv.fnEnv, st);
      if (pv?.fns) return this.callAll(pv.fns, args, n, st, pv.fnsInfo);
      // Tools.run(...) (a static method) / git.log(...) (a module-level object of functions), here or imported.
      if (receiverNode?.type === 'identifier' && method && !env.has(receiverNode.text)) {
        const sm = this.staticMember(receiverNode.text, method, st.info);
        if (sm) return this.callFunction(sm.fn, sm.info, args, n, undefined, st, sm.classBody);
      }
    } else if (f.type === 'subscript_expression') {
      // handlers["run"](…) on an object of functions here or imported: as handlers.run(…).
      const obj = unwrap(f.childForFieldName('object'));
      const idx = f.childForFieldName('index');
      const key = idx ? stringValue(idx) : undefined;
      if (obj?.type === 'identifier' && key !== undefined && !env.has(obj.text)) {
        const sm = this.staticMember(obj.text, key, st.info);
        if (sm) return this.callFunction(sm.fn, sm.info, args, n, undefined, st, sm.classBody);
      }
      const fv = this.evalExpr(f, env, st) as Val & { fns?: Node[]; fnsInfo?: ModuleInfo; fnsInfos?: ModuleInfo[] };
      if (fv.fns) return this.callAll(fv.fns, args, n, st, fv.fnsInfo, fv.fnsInfos);
    } else if (f.type === 'new_expression' || f.type === 'call_expression') {
      // A callee that is itself a call: `new Function("m", body)(m)`, `makeRunner(cmd)(opts)`: its sinks count.
      this.evalExpr(f, env, st);
    } else if (f.type === 'import') {
      callee = 'import';
    } else if (isFunctionNode(f)) {
      return this.callLocal(f, args, n, env, st); // IIFE
    } else if (f.type === 'call_expression') {
      // require('child_process').exec(...) handled via member; promisify(exec)(cmd):
      const alias = calleeOfAlias(f, env);
      if (alias) callee = alias;
      else this.evalExpr(f, env, st);
    }
    if (callee) callee = canonical(callee);

    // Sinks. An instance of an HTTP client with a fixed base URL (`api.get(`/users/${id}`)`): a
    // path argument stays on that host.
    // all(sql) with `const all = promisify(db.all.bind(db))`: the handle's method.
    if (callee?.startsWith(DB_METHOD_PREFIX) && !method) {
      method = callee.slice(DB_METHOD_PREFIX.length);
      receiverText = 'db';
      callee = `db.${method}`;
    }
    const sinks = lookupSinks(this.table, callee, method, receiverText);
    // got with a prefixUrl appends whatever it is given to that prefix (it refuses a leading "/"):
    // every argument stays on the prefix's host.
    const prefixAll = receiver?.baseFixed && receiver.callee === 'got';
    const sinkArgs = receiver?.baseFixed ? args.map((a) => (a.relPath || (prefixAll && isTainted(a)) ? sanitize(a, Kind.Url) : a)) : args;
    for (const s of sinks) this.checkSink(s.rule, s.spec, callee ?? `${receiverText}.${method}`, n, argNodes, sinkArgs, st, isNew, env);

    // Collections filled in place: parts.push(input) makes parts carry input.
    if (method && /^(push|unshift|add|set|splice|append|concat)$/.test(method) && method !== 'concat' && receiverNode) {
      const r = unwrap(receiverNode);
      const added = args.filter((a) => isTainted(a));
      if (r?.type === 'identifier' && added.length && !receiver?.table) {
        const cur = env.get(r.text) ?? CLEAN;
        env.assign(r.text, cur.elems && method === 'push' ? { ...cur, elems: [...cur.elems, ...args] } : { ...cur, t: taintOf(join(cur, ...added)) });
      } else if (r?.type === 'member_expression' && added.length && !receiver?.table) {
        // this.conditions.push(c) in a method: the instance's property carries it (a builder class).
        const o = unwrap(r.childForFieldName('object'));
        if (o?.type === 'this' && env.has('this')) {
          const cur = receiver ?? CLEAN;
          // A list field not known yet (`private clauses: Clause[] = []`) starts empty: its elements are what is pushed.
          const fresh = method === 'push' && !cur.elems && !isTainted(cur) && !cur.props;
          this.assignMember(r, fresh ? { elems: [...args] } : cur.elems && method === 'push' ? { ...cur, elems: [...cur.elems, ...args] } : { ...cur, t: taintOf(join(cur, ...added)) }, env, st);
        }
      }
    }
    // Callbacks passed as arguments run with the receiver's elements (arr.map(x => ...)).
    const item = receiver ? elemOf(receiver) : CLEAN;
    let mapped: Val | undefined;
    for (const a of args) {
      const fa = a as Val & { fnEnv?: Env };
      if (fa.fn) {
        const r = this.callLocal(fa.fn, [item, item], n, fa.fnEnv, st);
        mapped ??= r;
      }
    }
    // list.map((c) => c.sql): what the callback returns, not the elements (`c.params` stays behind).
    if (mapped && receiver && (method === 'map' || method === 'flatMap') && !callee && !receiver.tag) return method === 'flatMap' && mapped.elems ? mapped : { elems: [mapped] };

    return this.callResult(n, callee, method, receiver, args, argNodes, isNew, env, st);
  }

  /**
   * A project helper that throws on bad input (`if (!tables().includes(t)) throw …`) called inside
   * an expression (`columnsOf(t).includes(c)`, `const cols = columnsOf(t)`): once it has returned,
   * what its `if … throw` checks of a parameter itself holds for that argument (a check of a path
   * derived from it vets the helper's result, not the raw input). Calls that are statements of
   * their own are assertionGuard's.
   */
  private afterAssertingCall(ret: Val, call: Node, env: Env, st: FnState): Val {
    let top: Node = call;
    while (top.parent && (top.parent.type === 'await_expression' || top.parent.type === 'parenthesized_expression')) top = top.parent;
    if (top.parent?.type !== 'expression_statement') this.applyGuards(this.helperGuards(call, 'assert', env, st, 0, true), env, st);
    return ret;
  }

  private callLocal(fn: Node, args: Val[], callNode: Node, fnEnv: Env | undefined, st: FnState): Val {
    return this.callFunction(fn, st.info, args, callNode, fnEnv, st);
  }

  private construct(cls: Node, info: ModuleInfo, args: Val[], n: Node, st: FnState): Val {
    const body = cls.childForFieldName('body');
    if (!body) return CLEAN;
    const ctor = findMethod(body, 'constructor');
    const self = { cls: { body, info } } as Val;
    if (!ctor) return self;
    this.callFunction(ctor, info, args, n, undefined, st, body, self);
    const out = this.selfOut;
    this.selfOut = undefined;
    const inst = out && (out as { cls?: unknown }).cls ? out : self;
    // constructor(private readonly filter: BillFilter): a parameter property is `this.filter`.
    const params = (ctor.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => !!p && (p.type === 'required_parameter' || p.type === 'optional_parameter'));
    let props: Map<string, Val> | undefined;
    params.forEach((p, i) => {
      const a = args[i];
      const name = p.childForFieldName('pattern');
      if (!a || name?.type !== 'identifier' || !(isTainted(a) || (a as { cls?: unknown }).cls)) return;
      if (!p.children.some((c) => c?.type === 'accessibility_modifier' || c?.type === 'readonly' || c?.type === 'override_modifier')) return;
      props ??= new Map(inst.props ?? []);
      props.set(name.text, a);
    });
    return props ? ({ ...inst, props } as Val) : inst;
  }

  /** A class field holding a known function: `private sh = promisify(exec)`, `this.run = execFileAsync`. */
  private fieldCallee(classBody: Node, info: ModuleInfo, field: string): string | undefined {
    for (const m of classBody.namedChildren) {
      if (!m) continue;
      if (m.type === 'public_field_definition' || m.type === 'field_definition') {
        if ((m.childForFieldName('name') ?? m.childForFieldName('property'))?.text !== field) continue;
        const v = m.childForFieldName('value');
        return v ? calleeOfAlias(v, info.env) : undefined;
      }
      if (m.type === 'method_definition' && m.childForFieldName('name')?.text === 'constructor') {
        for (const s of statements(m.childForFieldName('body') ?? m)) {
          const e = s.type === 'expression_statement' ? unwrap(s.namedChildren[0]) : undefined;
          const left = e?.type === 'assignment_expression' ? e.childForFieldName('left') : undefined;
          if (left?.type !== 'member_expression' || left.childForFieldName('object')?.type !== 'this' || left.childForFieldName('property')?.text !== field) continue;
          const right = e!.childForFieldName('right');
          const c = right ? calleeOfAlias(right, info.env) : undefined;
          if (c) return c;
        }
      }
    }
    return undefined;
  }

  /** Instances of project classes by where they are declared (module const, class field). */
  private readonly instances = new Map<string, Val | null>();

  /** The project class a class extends (`class X extends BaseTool`), here or imported. */
  private baseClass(body: Node, info: ModuleInfo): { body: Node; info: ModuleInfo } | undefined {
    const heritage = body.parent?.namedChildren.find((c) => c?.type === 'class_heritage');
    const ext = heritage?.namedChildren.find((c) => c?.type === 'extends_clause') ?? heritage;
    const base = ext?.namedChildren.find((c) => c?.type === 'identifier');
    const ref = base ? (this.classRef(base.text, info) as (Val & { cls?: { body: Node; info: ModuleInfo } }) | undefined) : undefined;
    return ref?.cls && !ref.cls.body.equals(body) ? ref.cls : undefined;
  }

  /** fieldInstance of the classes a class extends (`constructor(protected ctx: ToolContext)` in a base class). */
  private inheritedField(body: Node, info: ModuleInfo, field: string, depth = 0): Val | undefined {
    const base = depth <= 4 ? this.baseClass(body, info) : undefined;
    return base ? (this.fieldInstance(base.body, base.info, field) ?? this.inheritedField(base.body, base.info, field, depth + 1)) : undefined;
  }

  /** A method of a class or of the classes it extends (here or imported), with the class that declares it. */
  private methodOf(body: Node, info: ModuleInfo, name: string, depth = 0): { fn: Node; body: Node; info: ModuleInfo } | undefined {
    const m = findMethod(body, name);
    if (m) return { fn: m, body, info };
    const base = depth <= 4 ? this.baseClass(body, info) : undefined;
    return base ? this.methodOf(base.body, base.info, name, depth + 1) : undefined;
  }

  /** `X.m` where X is a class (static method) or a module-level object literal of functions, declared in `info` or imported. */
  private staticMember(recv: string, method: string, info: ModuleInfo, depth = 0): { fn: Node; info: ModuleInfo; classBody?: Node } | undefined {
    const inClass = (cls: Node) => {
      const body = cls.childForFieldName('body');
      const m = body ? findMethod(body, method) : undefined;
      return m && body ? { fn: m, info, classBody: body } : undefined;
    };
    const cls = info.classes.get(recv);
    if (cls) return inClass(cls);
    const init = unwrap(info.consts.get(recv));
    if (init) {
      if (init.type === 'call_expression') {
        // const handlers = makeHandlers(deps): the object of functions the factory returns.
        const made = this.factoryObject(init, info);
        const fn = made ? objectFunction(made.obj, method, made.info) : undefined;
        return fn && made ? { fn, info: made.info } : undefined;
      }
      const fn = init.type === 'object' ? objectFunction(init, method, info) : undefined;
      return fn ? { fn, info } : undefined;
    }
    const rel = info.relImports.get(recv);
    if (!rel?.file || rel.name === '*' || depth > 2) return undefined;
    const target = this.moduleInfo(rel.file);
    const exp = target?.exports.get(rel.name);
    if (!target || !exp) return undefined;
    if (typeof exp === 'string') return /^[A-Za-z_$][\w$]*$/.test(exp) ? this.staticMember(exp, method, target, depth + 1) : undefined;
    if (isClassDecl(exp)) {
      const body = exp.childForFieldName('body');
      const m = body ? findMethod(body, method) : undefined;
      return m && body ? { fn: m, info: target, classBody: body } : undefined;
    }
    return undefined;
  }

  /**
   * The object literal a project function returns (`function makeHandlers(deps) { return { … } }`,
   * `const makeTools = (deps) => ({ … })`), here or imported, for `factory(...)` at `call`.
   */
  private factoryObject(call: Node, info: ModuleInfo): { obj: Node; info: ModuleInfo } | undefined {
    const f = unwrap(call.childForFieldName('function'));
    let fn: Node | undefined;
    let where = info;
    if (f?.type === 'identifier') {
      fn = info.functions.get(f.text);
      if (!fn) {
        const imp = this.importedFunction(info, f.text);
        if (imp && isFunctionNode(imp.fn)) ({ fn, info: where } = imp);
      }
    } else if (f?.type === 'member_expression') {
      // ops.makeOps(config) with `const ops = require("./ops")`.
      const base = unwrap(f.childForFieldName('object'));
      const member = f.childForFieldName('property')?.text;
      const imp = base?.type === 'identifier' && member ? this.importedFunction(info, base.text, member) : undefined;
      if (imp && isFunctionNode(imp.fn)) ({ fn, info: where } = imp);
    }
    const body = fn?.childForFieldName('body');
    if (!body) return undefined;
    let obj: Node | null | undefined;
    if (body.type === 'statement_block') {
      const stmts = statements(body);
      const last = stmts[stmts.length - 1];
      obj = last?.type === 'return_statement' ? unwrap(last.namedChildren[0]) : undefined;
    } else obj = unwrap(body);
    return obj?.type === 'object' ? { obj, info: where } : undefined;
  }

  /** The instance a parameter of an enclosing function stands for, by its type annotation (a project class). */
  /**
   * Set when typedParam answered from a function around the code: the result then depends on
   * text outside the registration (its enclosing function's parameters and statements, an
   * interface), which the per-registration cache does not key on (js/analyze.ts: not cached).
   */
  outerScopeRead = false;

  /** The functions being run, innermost last (invoke). */
  private readonly fnStack: Node[] = [];
  /** outerBindings per function node. */
  private readonly outerMemo = new Map<Node, OuterBindings | null>();

  private typedParam(id: Node, st: FnState): Val | undefined {
    if (id.type !== 'identifier') return undefined;
    // The innermost function being run that holds this name: the functions around it bind it.
    let b: Node | undefined;
    for (let i = this.fnStack.length - 1; i >= 0 && !b; i--) {
      const fn = this.fnStack[i];
      if (fn.tree !== id.tree || id.startIndex < fn.startIndex || id.endIndex > fn.endIndex) continue;
      let o = this.outerMemo.get(fn);
      if (o === undefined) this.outerMemo.set(fn, (o = outerBindings(fn) ?? null));
      b = o?.names.get(id.text);
      break;
    }
    if (!b) return undefined;
    this.outerScopeRead = true;
    return this.boundInstance(id.text, b, st, 0);
  }

  /** What a name bound around the code stands for: `new X()`, a typed parameter, or a property destructured from one. */
  private boundInstance(name: string, b: Node, st: FnState, depth: number): Val | undefined {
    if (b.type === 'variable_declarator') {
      const pat = b.childForFieldName('name');
      const value = unwrap(b.childForFieldName('value'));
      // const { repo, log } = deps: the member of what `deps` stands for.
      if (pat?.type === 'object_pattern' && value?.type === 'identifier' && depth < 3) {
        let key: string | undefined;
        for (const c of pat.namedChildren) {
          if (c?.type === 'shorthand_property_identifier_pattern' && c.text === name) key = name;
          else if (c?.type === 'pair_pattern' && c.childForFieldName('value')?.text === name) key = c.childForFieldName('key')?.text;
        }
        const src = key ? this.outerBinding(value) : undefined;
        const whole = src ? this.boundInstance(value.text, src, st, depth + 1) : undefined;
        return key && whole?.props ? (whole.props.get(key) as Val | undefined) : undefined;
      }
      // const ls = (cmd) => …: a helper closure of the enclosing function.
      if (value && isFunctionNode(value)) return { fn: value } as Val;
      return this.newInstance(b.childForFieldName('value'), st.info);
    }
    // A parameter: its type decides, or what the module passes to it (`const h = makeHandlers(deps)`).
    const t = b.childForFieldName('type')?.namedChildren[0];
    if (isDbType(t, st.info.env)) return { tag: 'db' };
    const typed = t?.type === 'type_identifier' ? (this.classRef(t.text, st.info) ?? this.interfaceInstances(t.text, st.info)) : undefined;
    return typed ?? this.passedAtModuleLevel(b);
  }

  /**
   * `function makeHandlers(deps) {…}` called once at the top of the analysed module
   * (`const h = makeHandlers(createDeps())`, `const deps = …; makeHandlers(deps)`): what that call
   * passes for the parameter, when it is an instance or an object of functions.
   */
  private passedAtModuleLevel(param: Node): Val | undefined {
    const fn = param.parent?.parent;
    if (!fn || !isFunctionNode(fn)) return undefined;
    const index = param.parent!.namedChildren.filter((c) => c && c.type !== 'comment').findIndex((c) => c!.equals(param));
    const main = this.main;
    if (index < 0) return undefined;
    for (const init of main.consts.values()) {
      const call = unwrap(init);
      const f = call?.type === 'call_expression' ? unwrap(call.childForFieldName('function')) : undefined;
      if (f?.type !== 'identifier') continue;
      const target = main.functions.get(f.text) ?? this.importedFunction(main, f.text)?.fn;
      if (!target || !target.equals(fn)) continue;
      const arg = unwrap(callArgs(call!)[index]);
      if (!arg) return undefined;
      if (arg.type === 'identifier') return this.moduleInstance(arg.text, main);
      return this.newInstance(arg, main);
    }
    return undefined;
  }

  /** The binding of a name used in a function around the code being run (outerBindings of that function). */
  private outerBinding(id: Node): Node | undefined {
    for (let p: Node | null = id.parent, up = 0; p && up < 60; p = p.parent, up++) {
      if (!isFunctionNode(p)) continue;
      const own = outerBindings(p, true);
      const b = own?.names.get(id.text);
      if (b) return b;
    }
    return undefined;
  }

  /**
   * An object typed with an interface of this module whose members are project classes
   * (`interface Deps { jobs: JobStore; dcmtk: Dcmtk }`): deps.jobs stands for a JobStore.
   */
  private interfaceInstances(name: string, info: ModuleInfo, depth = 0): Val | undefined {
    // `import type { Deps } from "../index.js"`: the interface of that module.
    const rel = info.relImports.get(name);
    if (rel?.file && depth < 2) {
      const target = this.moduleInfo(rel.file);
      return target && rel.name !== '*' ? this.interfaceInstances(rel.name, target, depth + 1) : undefined;
    }
    const root = info.mod.tree.rootNode;
    for (const top of root.namedChildren) {
      const d = top?.type === 'export_statement' ? top.childForFieldName('declaration') : top;
      if (d?.type !== 'interface_declaration' || d.childForFieldName('name')?.text !== name) continue;
      const props = new Map<string, Val>();
      for (const m of d.childForFieldName('body')?.namedChildren ?? []) {
        if (m?.type !== 'property_signature') continue;
        const key = m.childForFieldName('name')?.text;
        const t = m.childForFieldName('type')?.namedChildren[0];
        const inst = !key ? undefined : isDbType(t, info.env) ? ({ tag: 'db' } as Val) : t?.type === 'type_identifier' ? this.classRef(t.text, info) : undefined;
        if (key && inst) props.set(key, inst);
      }
      return props.size ? { props } : undefined;
    }
    return undefined;
  }

  /** A class of the project by name, as seen from `info` (declared there or imported). */
  private classRef(name: string, info: ModuleInfo): Val | undefined {
    const local = info.classes.get(name);
    const body = local?.childForFieldName('body');
    if (body) return { cls: { body, info } } as Val;
    if (!info.relImports.has(name)) return undefined;
    const imp = this.importedFunction(info, name);
    const ibody = imp && isClassDecl(imp.fn) ? imp.fn.childForFieldName('body') : undefined;
    return ibody && imp ? ({ cls: { body: ibody, info: imp.info } } as Val) : undefined;
  }

  /** `new X(...)` (possibly awaited or cast) → X's instance. */
  private newInstance(init: Node | null | undefined, info: ModuleInfo, depth = 0): Val | undefined {
    const u = unwrap(init);
    // injected ?? new Store() / injected || new Store()
    if (u?.type === 'binary_expression' && /^(\?\?|\|\|)$/.test(u.childForFieldName('operator')?.text ?? '') && depth < 3) {
      return this.newInstance(u.childForFieldName('right'), info, depth + 1) ?? this.newInstance(u.childForFieldName('left'), info, depth + 1);
    }
    if (u?.type === 'call_expression') {
      // const api = axios.create({ baseURL }) at the top of the module.
      const callee = calleeOfAlias(u.childForFieldName('function')!, info.env);
      if (callee && HTTP_CLIENT_FACTORY.test(callee)) return httpClient(u, callee, info);
      // const deps = createDeps(): the object of functions (and nested objects of them) a project factory returns.
      const made = depth < 2 ? this.factoryObject(u, info) : undefined;
      return made ? objectOfFunctions(made.obj, made.info, 0) : undefined;
    }
    // const ctx = { fleet: new FleetService(), log }: an object holding project class instances.
    if (u?.type === 'object' && depth < 1) {
      const props = new Map<string, Val>();
      for (const p of u.namedChildren) {
        if (p?.type !== 'pair') continue;
        const key = propKey(p);
        const inst = key ? this.newInstance(p.childForFieldName('value'), info, depth + 1) : undefined;
        if (key && inst) props.set(key, inst);
      }
      return props.size ? { props } : undefined;
    }
    // const tools = [new SearchTool(), new ExtractTool(pdf)]: an array of project class instances.
    if (u?.type === 'array' && depth < 1) {
      const els = u.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
      const insts = els.map((e) => this.newInstance(e, info, depth + 1));
      return els.length > 0 && els.length <= 64 && insts.every((x) => !!x && !!(x as { cls?: unknown }).cls) ? { elems: insts as Val[] } : undefined;
    }
    if (u?.type !== 'new_expression') return undefined;
    const ctor = unwrap(u.childForFieldName('constructor'));
    return ctor?.type === 'identifier' ? this.classRef(ctor.text, info) : undefined;
  }

  /** A module-level `const x = new X()`, or one imported from a project module. */
  private moduleInstance(name: string, info: ModuleInfo, depth = 0): Val | undefined {
    if (!info.consts.has(name) && !info.relImports.has(name)) return undefined;
    const key = `${info.mod.file}\u0000${name}`;
    const memo = this.instances.get(key);
    if (memo !== undefined) return memo ?? undefined;
    let out: Val | undefined;
    const init = info.consts.get(name);
    if (init) out = this.newInstance(init, info);
    else if (depth < 3) {
      const rel = info.relImports.get(name);
      const target = rel?.file && rel.name !== '*' && rel.name !== 'default' ? this.moduleInfo(rel.file) : undefined;
      const local = target?.exports.get(rel!.name);
      if (target && typeof local === 'string') out = this.moduleInstance(local, target, depth + 1);
    }
    this.instances.set(key, out ?? null);
    return out;
  }

  /**
   * The instance a class field holds: `private store = new Store()`, `this.store = new Store()`
   * in the constructor, or a field / constructor parameter property typed with a project class
   * (`constructor(private readonly store: Store)`).
   */
  private fieldInstance(classBody: Node, info: ModuleInfo, field: string): Val | undefined {
    const key = `${info.mod.file}\u0000${classBody.startIndex}\u0000${field}`;
    const memo = this.instances.get(key);
    if (memo !== undefined) return memo ?? undefined;
    let out: Val | undefined;
    const typed = (n: Node | null | undefined): Val | undefined => {
      const ann = n?.namedChildren.find((c) => c?.type === 'type_annotation');
      const t = ann?.namedChildren.find((c) => c && c.type !== 'comment');
      if (isDbType(t, info.env)) return { tag: 'db' };
      return t?.type === 'type_identifier' ? (this.classRef(t.text, info) ?? this.interfaceInstances(t.text, info)) : undefined;
    };
    for (const m of classBody.namedChildren) {
      if (!m || out) break;
      if (m.type === 'public_field_definition' || m.type === 'field_definition') {
        if ((m.childForFieldName('name') ?? m.childForFieldName('property'))?.text !== field) continue;
        out = this.newInstance(m.childForFieldName('value'), info) ?? typed(m);
      } else if (m.type === 'method_definition' && m.childForFieldName('name')?.text === 'constructor') {
        for (const p of m.childForFieldName('parameters')?.namedChildren ?? []) {
          if (p?.type === 'required_parameter' && p.childForFieldName('pattern')?.text === field && p.children.some((c) => c?.type === 'accessibility_modifier' || c?.type === 'override_modifier' || c?.type === 'readonly')) out ??= typed(p);
        }
        for (const st of statements(m.childForFieldName('body') ?? m)) {
          if (out) break;
          const e = st.type === 'expression_statement' ? unwrap(st.namedChildren[0]) : undefined;
          if (e?.type !== 'assignment_expression') continue;
          const left = e.childForFieldName('left');
          if (left?.type === 'member_expression' && left.childForFieldName('object')?.type === 'this' && left.childForFieldName('property')?.text === field) out = this.newInstance(e.childForFieldName('right'), info);
        }
      }
    }
    this.instances.set(key, out ?? null);
    return out;
  }

  /** The value a call returns when the callee is not analysed. */
  private callResult(n: Node, callee: string | undefined, method: string | undefined, receiver: Val | undefined, args: Val[], argNodes: Node[], isNew: boolean, env: Env, st: FnState): Val {
    const name = callee ?? '';
    const client = HTTP_CLIENT_FACTORY.test(name) ? httpClient(n, name, st.info) : undefined;
    if (client) return client;
    for (const [re, kinds] of SANITIZERS) {
      if (re.test(name) || (method && re.test(method) && re.source.includes('quote'))) {
        return kinds === 0 ? join(...args) : sanitize(join(...args), kinds);
      }
    }
    // Client-side formatting of the MySQL drivers (mysql.format, mysql2's format, SqlString.format,
    // connection.format / pool.format): every value is escaped (`?`) or quoted as an identifier
    // (`??`) as it goes in, so the query is as safe for SQL as its text is.
    if (args.length >= 2 && (/^(mysql2?(\/promise)?|sqlstring)\.format$/.test(name) || (method === 'format' && (receiver?.tag === 'db' || DB_RECEIVER_STRICT.test(unwrap(n.childForFieldName('function'))?.childForFieldName('object')?.text ?? ''))))) {
      const v = join(...args);
      return taintFor(args[0], Kind.Sql) ? v : sanitize(v, Kind.Sql);
    }
    if (method === 'replace' || method === 'replaceAll') {
      // x.replace(/[^a-z0-9]/g, '') / (/[^a-z0-9]+/g, '-') keeps only allowed characters.
      const pat = argNodes[0];
      const rep = stringValue(argNodes[1]);
      if (pat?.type === 'regex' && pat.text.startsWith('/[^') && pat.text.slice(pat.text.lastIndexOf('/') + 1).includes('g') && rep !== undefined) {
        // What the characters left over (the class, plus the replacement's) are safe for.
        const cls = /^\[\^((?:\\.|[^\]\\])+)\][+*]?$/.exec(pat.text.slice(1, pat.text.lastIndexOf('/')));
        const extra = rep.length <= 8 && !rep.includes('\\') ? [...rep].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `\\${c}`)).join('') : undefined;
        const kinds = cls && extra !== undefined ? regexKinds(`^[${cls[1]}${extra}]*$`, 'full') & ALL_KINDS : 0;
        if (kinds) return sanitize(receiver ?? CLEAN, kinds);
      }
      return join(receiver, args[1]);
    }
    if (method && CLEAN_METHODS.has(method)) return CLEAN;
    if ((method === 'exec' || method === 'match') && receiver !== undefined) {
      // /^([a-z]+)-(\d+)$/.exec(x) / x.match(RE): captures can only be what the anchored pattern allows.
      const fnNode = unwrap(n.childForFieldName('function'));
      const reNode = method === 'exec' ? unwrap(fnNode?.childForFieldName('object')) : unwrap(argNodes[0]);
      const re = reNode?.type === 'regex' ? reNode.text : reNode ? this.constRegex(reNode, st) : undefined;
      if (re && isStrictRegex(re)) return CLEAN;
    }
    if (method && /^(safeParse|parse|parseAsync|safeParseAsync)$/.test(method) && args[0] && isTainted(args[0])) {
      // Schema.parse(args): inputs the schema pins down (enum, number, strict regex) come out clean.
      const schema = unwrap(n.childForFieldName('function'))?.childForFieldName('object');
      // STATION_ID.parse(x) with `const STATION_ID = z.string().regex(/^[A-Z]{3}\d{3}$/)`: the value is pinned.
      if (schema && zodInfo(schema, st.info).constrained) return method.startsWith('safe') ? { props: new Map([['data', CLEAN], ['success', CLEAN], ['error', CLEAN]]) } : CLEAN;
      const shape = schema ? shapeProps(schema, st.info) : { props: [] };
      let parsed: Val = args[0];
      if (shape.props.length) {
        const props = new Map(args[0].props ?? []);
        for (const p of shape.props) {
          const key = propKey(p);
          const value = p.type === 'pair' ? p.childForFieldName('value') : null;
          const zi = key ? zodInfo(value, st.info) : undefined;
          if (key && zi?.constrained) props.set(key, CLEAN);
          else if (key && zi?.prefix) {
            const cur = props.get(key) ?? this.member(args[0], key, p, st);
            if (isTainted(cur)) props.set(key, { ...cur, prefix: zi.prefix });
          }
        }
        parsed = { ...args[0], props };
      }
      return method.startsWith('safe') ? { props: new Map([['data', parsed], ['success', CLEAN], ['error', CLEAN]]) } : parsed;
    }
    if (/^(isNaN|isFinite|Array\.isArray|typeof)$/.test(name)) return CLEAN;
    // Database / HTTP handles: tag them so method sinks match whatever the variable is called.
    if (DB_FACTORY.test(name)) return { tag: 'db' };
    // A connection (or pooled client / transaction) taken from a database handle is one too: duckdb's `db.connect()`, pg's `pool.connect()`.
    if (receiver?.tag === 'db' && method && DB_CONN_METHODS.test(method)) return { tag: 'db' };
    // A statement prepared on a known driver's handle, and the rows queries return: what the
    // database holds, not the values the query was run with (those are checked at the call).
    if (receiver?.tag === 'db' && method === 'prepare') return { tag: 'dbstmt' };
    if (method && ((receiver?.tag === 'db' && DB_QUERY_METHODS.test(method)) || (receiver?.tag === 'dbstmt' && /^(get|all|run|iterate|pluck|values|first|raw)$/.test(method)))) return CLEAN;
    if (receiver?.tag === 'dbstmt' && method === 'bind') return { tag: 'dbstmt' };
    // sharp(file).resize(…).toFile(out), new Parser().parseURL(u): library objects keep their tag along a chain.
    const lib = LIB_OBJECTS.get(name);
    if (lib) return { tag: lib };
    if (receiver?.tag && method && LIB_OBJECTS.has(receiver.tag) && !LIB_TERMINAL.test(method)) return { tag: receiver.tag };
    // path.join / path.normalize collapse `..` segments (before the string methods of the same names).
    if (/^path\.(posix\.|win32\.)?(join|resolve|normalize|relative)$/.test(name) || /^fs\.realpath(Sync)?(\.native)?$/.test(name)) {
      const v = join(...args);
      // path.join(ROOT, x) with x checked for "..": it stays under ROOT (an absolute x is appended, not jumped to).
      if (/join$/.test(name) && args.length >= 2 && !isTainted(args[0]) && isTainted(v) && args.every((a) => !isTainted(a) || (!!a.t && !a.props && !a.elems && (a.t.safe & NO_DOTDOT) !== 0))) {
        return { ...sanitize(v, Kind.Path), resolved: true };
      }
      return isTainted(v) ? { ...v, resolved: true } : v;
    }
    // tools.find(...) / tools.filter(...)[0] over an array of class instances: any one of them.
    if (method && /^(find|findLast|at)$/.test(method) && receiver?.elems && instancesOf(receiver)) return { insts: instancesOf(receiver) } as Val;
    if (method && PASS_METHODS.has(method) && receiver) {
      if (method === 'split') return { elems: undefined, ...flatten(receiver), t: taintOf(receiver) } as Val;
      if (method === 'get' && receiver.table) return CLEAN;
      const out = join(receiver, ...args.filter((a) => !(a as Val).fn));
      // Case and whitespace changes keep a resolved path resolved (for prefix checks).
      if (receiver.resolved && isTainted(out) && /^(toLowerCase|toUpperCase|toLocaleLowerCase|toLocaleUpperCase|normalize|trim|toString)$/.test(method)) return { ...out, resolved: true };
      return out;
    }
    // The content of a file the model chose (fs.readFile, fs-extra readJson, XLSX.readFile): as in
    // Python, dangerous to deserialise, not a command, query or URL the model wrote.
    if (/^(fs|fs-extra)\.(readFile|readFileSync|readJson|readJsonSync|createReadStream)$/.test(name) || (!!method && FILE_READERS.has(method) && !!receiver && !isTainted(receiver))) {
      return sanitize(join(...args.filter((a) => !(a as Val).fn)), ALL_KINDS & ~Kind.Deser);
    }
    // new URL(path, base): an absolute first argument chooses the host, else the base does.
    if (isNew && name === 'URL') return join(args[0], args[1]);
    // Bytes decoded from the input (`Buffer.from(b64, "base64")`) are content, never a file name.
    if ((name || unwrap(n.childForFieldName('function'))?.text) === 'Buffer.from' && isTainted(args[0])) return { ...join(...args), tag: 'buffer' };
    if (/^(String|Buffer\.from|JSON\.stringify|JSON\.parse|Object\.assign|Object\.values|Object\.keys|Object\.entries|Array\.from|atob|btoa|decodeURIComponent|decodeURI|structuredClone)$/.test(name)) {
      if (name === 'Object.keys') return CLEAN;
      return join(...args);
    }
    // Validators and sanitisers we cannot see into: trust their name.
    const fname = method ?? (callee ?? '').split('.').pop() ?? '';
    if (SANITIZER_NAME.test(fname) && args.some(isTainted)) {
      const kinds = guardKinds(fname);
      return kinds === ALL_KINDS ? CLEAN : sanitize(join(receiver && !receiver.table ? { t: taintOf(receiver) } : CLEAN, ...args.filter((a) => !(a as Val).fn)), kinds);
    }
    void env;
    void st;
    // Anything else: the result may carry any tainted argument or receiver.
    const passed = join(receiver && !receiver.table ? { t: taintOf(receiver) } : CLEAN, ...args.filter((a) => !(a as Val).fn));
    return passed;
  }

  private checkSink(rule: TaintRule, spec: SinkSpec, callee: string, call: Node, argNodes: Node[], args: Val[], st: FnState, isNew: boolean, env: Env): void {
    if (spec.isNew !== undefined && spec.isNew !== isNew) return;
    const opt = (key: string): string | undefined => {
      for (let i = 0; i < argNodes.length; i++) {
        const u = unwrap(argNodes[i]);
        if (u?.type === 'object') {
          for (const p of u.namedChildren) {
            if (!p || propKey(p) !== key) continue;
            const v = p.type === 'pair' ? unwrap(p.childForFieldName('value')) : p;
            // { shell: useShell } where useShell is known to be false
            const known = v && (v.type === 'identifier' || v.type === 'shorthand_property_identifier') ? env.get(v.text)?.lit : undefined;
            return known ?? v?.text;
          }
        } else if (args[i]?.props?.has(key)) {
          const pv = args[i].props!.get(key)!;
          if (pv.lit !== undefined) return pv.lit;
        }
      }
      return undefined;
    };
    if (spec.requires) {
      const v = opt(spec.requires.key);
      if (v === undefined || !spec.requires.value.test(v)) return;
    }
    if (spec.unless) {
      const v = opt(spec.unless.key);
      if (v !== undefined && spec.unless.value.test(v)) return;
    }
    const kind = rule.kind;
    const hit = (val: Val | undefined, at: Node) => {
      if (kind === Kind.Path && val?.tag === 'buffer') return false;
      const t = taintFor(val, kind);
      if (t) this.report(rule, spec.what, callee, t, at, st);
      return !!t;
    };
    if (spec.argv) {
      // Program position; a shell given -c runs its argument as a command line.
      const prog = argNodes[0];
      if (!prog) return;
      if (hit(args[0], prog)) return;
      const progName = stringValue(prog);
      const argv = args[1];
      if (progName && SHELL_PROGRAM.test(progName) && argv?.elems) {
        const flags = /(^|\/)(sh|bash|zsh|dash|ksh|fish)$/.test(progName) ? /^["'](-c|-lc|-ic)["']$/ : /^["'](-c|\/c|-Command|-e|--eval|-r|-p|--print)["']$/;
        const flagIdx = argNodes[1]?.namedChildren.findIndex((c) => c && flags.test(c.text)) ?? -1;
        if (flagIdx >= 0) {
          for (let i = flagIdx + 1; i < argv.elems.length; i++) {
            const at = argNodes[1]?.namedChildren[i] ?? argNodes[1]!;
            const t = taintFor(argv.elems[i], Kind.Shell);
            if (t) return this.report(rule, 'a shell command (`-c`)', callee, t, at, st);
          }
        }
      }
      return;
    }
    const idx = spec.args === 'all' ? argNodes.map((_, i) => i) : spec.args ?? [0];
    for (let i = 0; i < argNodes.length; i++) {
      const a = argNodes[i];
      const v = args[i];
      if (!a || !v || v.fn) continue;
      if (unwrap(a)?.type === 'object' && v.props) {
        // Options object ({ url }, { path }, { baseURL }): only the listed keys are sinks.
        for (const k of spec.keys ?? []) {
          const pv = v.props.get(k);
          if (pv && hit(pv, a)) return;
        }
        continue;
      }
      if (idx.includes(i) && hit(v, a)) return;
    }
  }

  /** While above 0, sinks are not reported (a checker's body evaluated again for its guards). */
  private quiet = 0;

  private report(rule: TaintRule, what: string, callee: string, t: Taint, at: Node, st: FnState): void {
    if (this.quiet > 0) return;
    if (st.outerCall) {
      // Sink in another file: report at the call in the analysed file, with the sink as a step.
      const sinkStep: FlowStep = { file: st.info.mod.file, range: nodeRange(at), message: `reaches ${what} (\`${callee}\`) in ${st.info.mod.file.split(/[\\/]/).pop()}` };
      reportFlow(this.ctx, rule, what, callee, t, st.outerCall, this.ctx.file, sinkStep);
      return;
    }
    reportFlow(this.ctx, rule, what, callee, t, at, st.info.mod.file);
  }

  /** `validatePath(p)` / `assertSafe(p)` as a statement: p is checked (the call throws otherwise). */
  private assertionGuard(e: Node, env: Env, st: FnState): void {
    const call = unwrap(e);
    if (call?.type !== 'call_expression') return;
    const f = call.childForFieldName('function');
    const name = f?.type === 'member_expression' ? f.childForFieldName('property')?.text : f?.text;
    if (!name) return;
    // A project helper whose name says nothing — or one named like a checker whose body the
    // analysis reads whole (string and path checks only: `url.includes("mattermost")` proves
    // nothing about the host) — guards what its `if (...) throw` checks, after it.
    const named = /^(assert|validate|verify|ensure|check|require|guard|sanitize)/i.test(name) || VALIDATOR_NAME.test(name);
    const fn = named && f?.type === 'identifier' ? this.helperFunction(f.text, env, st)?.fn : undefined;
    if (!named || (fn && readWhole(fn, this.readWholeMemo))) {
      this.applyGuards(this.helperGuards(call, 'assert', env, st, 0), env, st);
      return;
    }
    const targets = callArgs(call).map(unwrap).filter((a): a is Node => !!a && (a.type === 'identifier' || a.type === 'member_expression'));
    this.applyGuards(targets.map((t) => ({ target: t, kinds: ALL_KINDS })), env, st);
  }

  // ------------------------------------------------------------------ guards

  /** Guards that hold when `cond` evaluates to `truth`. */
  private guardsWhen(cond: Node, truth: boolean, env: Env, st: FnState, depth = 0): Guard[] {
    const c = unwrap(cond);
    if (!c || depth > 4) return [];
    if (c.type === 'identifier') {
      const pred = env.get(c.text)?.pred;
      return pred ? this.guardsWhen(pred, truth, env, st, depth + 1) : [];
    }
    if (c.type === 'unary_expression' && c.childForFieldName('operator')?.text === '!') {
      const a = c.childForFieldName('argument');
      return a ? this.guardsWhen(a, !truth, env, st) : [];
    }
    if (c.type === 'binary_expression') {
      const op = c.childForFieldName('operator')?.text;
      const l = c.childForFieldName('left');
      const r = c.childForFieldName('right');
      if (!l || !r) return [];
      // a && b true: both hold. a && b false: one of them failed; a guard both failures give still holds.
      if (op === '&&') return truth ? [...this.guardsWhen(l, true, env, st, depth), ...this.guardsWhen(r, true, env, st, depth)] : intersectGuards(this.guardsWhen(l, false, env, st, depth), this.guardsWhen(r, false, env, st, depth));
      if (op === '||') return truth ? intersectGuards(this.guardsWhen(l, true, env, st, depth), this.guardsWhen(r, true, env, st, depth)) : [...this.guardsWhen(l, false, env, st, depth), ...this.guardsWhen(r, false, env, st, depth)];
      if (op === '===' || op === '==' || op === '!==' || op === '!=') {
        const eq = op === '===' || op === '==';
        // indexOf(x) === -1 / !== -1
        const num = l.type === 'unary_expression' || l.type === 'number' ? l : r.type === 'unary_expression' || r.type === 'number' ? r : null;
        const other = num === l ? r : l;
        if (num && /^-1$/.test(num.text.replace(/\s/g, ''))) {
          const g = this.predicate(unwrap(other)!, env, st);
          if (g && g.indexOf) return truth === !eq ? g.guards : [];
          return [];
        }
        // path.dirname(p) === ROOT with p resolved: p names an entry directly inside ROOT.
        const dl = dirnameArg(l);
        const dr = dl ? undefined : dirnameArg(r);
        const dArg = dl ?? dr;
        if (dArg && truth === eq && !isTainted(this.evalExpr(dl ? r : l, env, st)) && this.evalExpr(dArg, env, st).resolved) return [{ target: dArg, kinds: Kind.Path }];
        // x === 'literal' / typeof x === 'number'
        const lit = isLiteral(r) ? r : isLiteral(l) ? l : null;
        const target = lit === r ? unwrap(l) : unwrap(r);
        if (lit && target && truth === eq) {
          if (target.type === 'unary_expression' && target.text.startsWith('typeof')) {
            const arg = target.childForFieldName('argument');
            if (arg && /^["'](number|boolean)["']$/.test(lit.text)) return [{ target: arg, kinds: ALL_KINDS }];
            return [];
          }
          if (target.type === 'identifier' || target.type === 'member_expression') return [{ target, kinds: ALL_KINDS }];
        }
        // x === CONST / full === base (a value the tool input does not reach): x is that value.
        if (truth === eq) {
          for (const [a, b] of [[l, r], [r, l]] as const) {
            const ta = unwrap(a);
            const tb = unwrap(b);
            if (!ta || !tb || (ta.type !== 'identifier' && ta.type !== 'member_expression') || (tb.type !== 'identifier' && tb.type !== 'member_expression')) continue;
            if (isTainted(this.evalExpr(ta, env, st)) && !isTainted(this.evalExpr(tb, env, st))) return [{ target: ta, kinds: ALL_KINDS }];
          }
        }
        return [];
      }
      if (op === '>=' || op === '>' ) {
        // list.indexOf(x) >= 0 / > -1
        const g = this.predicate(unwrap(l)!, env, st);
        return g?.indexOf && truth ? g.guards : [];
      }
      if (op === 'in' && truth) {
        const t = unwrap(l);
        return t && (t.type === 'identifier' || t.type === 'member_expression') ? [{ target: t, kinds: ALL_KINDS }] : [];
      }
      return [];
    }
    if (c.type === 'call_expression') {
      const g = this.predicate(c, env, st);
      if (!g) return this.helperGuards(c, truth, env, st, depth);
      if (g.indexOf) return [];
      return g.goodWhen === truth ? g.guards : [];
    }
    return [];
  }

  /**
   * A boolean helper of the project whose name says nothing (`under(ROOT, p)`,
   * `knownHost(u)`): the check its `return` makes, on the values it was given, holds for the
   * arguments of the call.
   */
  /** The function a plain name calls: a local closure, a function of the module, or an imported one. */
  private helperFunction(name: string, env: Env, st: FnState): { fn: Node; info: ModuleInfo; fnEnv?: Env } | undefined {
    const local = env.get(name);
    if (local?.fn) return { fn: local.fn, info: st.info, fnEnv: local.fnEnv };
    if (local) return undefined;
    const fn = st.info.functions.get(name);
    if (fn) return { fn, info: st.info };
    const imp = this.importedFunction(st.info, name);
    return imp && isFunctionNode(imp.fn) ? { fn: imp.fn, info: imp.info } : undefined;
  }

  private helperGuards(c: Node, truth: boolean | 'assert', env: Env, st: FnState, depth: number, direct = false): Guard[] {
    const f = unwrap(c.childForFieldName('function'));
    if (f?.type !== 'identifier' || depth > 2) return [];
    const found = this.helperFunction(f.text, env, st);
    if (!found) return [];
    const { fn, info, fnEnv } = found;
    const body = fn.childForFieldName('body');
    if (!body) return [];
    const stmts = body.type === 'statement_block' ? statements(body) : [];
    const last = stmts[stmts.length - 1];
    const expr = truth === 'assert' ? undefined : body.type === 'statement_block' ? (last?.type === 'return_statement' ? last.namedChildren[0] : undefined) : body;
    if ((truth !== 'assert' && !expr) || (truth === 'assert' && body.type !== 'statement_block') || stmts.length > 8) return [];
    const key = `${info.mod.file}:${fn.startIndex}`;
    if (this.stack.includes(key)) return [];
    // Parameters (plain names) bound to the arguments' values; each maps back to its argument.
    const params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
    const list = params?.type === 'formal_parameters' ? params.namedChildren.filter((x): x is Node => !!x && x.type !== 'comment') : params ? [params] : [];
    const argNodes = callArgs(c);
    const inner = new Env(fnEnv ?? info.env);
    const byParam = new Map<string, Node>();
    let tainted = false;
    list.forEach((p, i) => {
      const id = p.type === 'identifier' ? p : p.childForFieldName('pattern');
      const a = unwrap(argNodes[i]);
      if (id?.type !== 'identifier' || !a) return;
      const v = this.evalExpr(a, env, st);
      inner.declare(id.text, v);
      if (a.type === 'identifier' || a.type === 'member_expression') {
        byParam.set(id.text, a);
        tainted ||= isTainted(v);
      }
    });
    // Only worth reading when it checks something the model chose.
    if (!tainted) return [];
    const hst: FnState = { ...st, returns: [], info, classBody: undefined };
    this.stack.push(key);
    this.quiet++;
    let guards: Guard[] = [];
    try {
      if (truth === 'assert') {
        // An assertion helper: each `if (bad) throw ...` it passes leaves the opposite holding.
        for (const x of stmts) {
          const cond = x.type === 'if_statement' && !x.childForFieldName('alternative') ? x.childForFieldName('condition') : null;
          const cons = x.childForFieldName('consequence');
          if (cond && cons && alwaysExits(cons, this.exitMemo) && /\bthrow\b/.test(cons.text)) {
            const g = this.guardsWhen(cond, false, inner, hst, depth + 1);
            this.applyGuards(g, inner, hst);
            guards.push(...g);
          } else this.execStmt(x, inner, hst);
        }
      } else {
        for (const x of stmts.slice(0, -1)) this.execStmt(x, inner, hst);
        guards = this.guardsWhen(expr!, truth, inner, hst, depth + 1);
      }
    } finally {
      this.quiet--;
      this.stack.pop();
    }
    const out: Guard[] = [];
    for (const g of guards) {
      // The guarded name, followed back through `rel = path.relative(root, p)` to a parameter.
      let name: string | undefined;
      const t = caseStripped(g.target);
      const hostOf = t?.type === 'member_expression' && /^(hostname|host|origin)$/.test(t.childForFieldName('property')?.text ?? '') ? unwrap(t.childForFieldName('object')) : null;
      if (t?.type === 'identifier') name = t.text;
      else if (hostOf?.type === 'identifier') name = hostOf.text; // parsed.hostname where parsed = new URL(u)
      else if (t) {
        // Parameters named in the checked expression (not as a property: `x.u` is not `u`).
        const named = new Set<string>();
        for (const m of t.text.matchAll(/(?:^|[^\w$.])([A-Za-z_$][\w$]*)/g)) if (byParam.has(m[1])) named.add(m[1]);
        const used = [...named];
        if (used.length === 1) name = used[0];
      }
      // `direct`: only checks of a parameter itself (not of a path derived from it) hold for the argument.
      if (direct && t?.type !== 'identifier' && hostOf?.type !== 'identifier') continue;
      for (let i = 0; name && !byParam.has(name) && i < (direct ? 0 : 3); i++) name = inner.get(name)?.from;
      const arg = name ? byParam.get(name) : undefined;
      if (!arg) continue;
      const url = t && t.type !== 'identifier' && /\.(hostname|host|origin)$/.test(t.text);
      out.push({ target: arg, kinds: url ? g.kinds & Kind.Url : g.kinds });
    }
    return out.filter((g) => g.kinds !== 0);
  }

  /**
   * The constant strings a callback parameter stands for: `s` in `SUFFIXES.some((s) => …)` with
   * `const SUFFIXES = [".a.example", ".b.example"]` at the top of the module.
   */
  private suffixList(param: Node, env: Env, st: FnState): string[] | undefined {
    let cb: Node | null = param.parent;
    for (let k = 0; cb && k < 12 && !isFunctionNode(cb); k++) cb = cb.parent;
    const call = cb?.parent?.type === 'arguments' ? cb.parent.parent : undefined;
    const fn = call?.type === 'call_expression' ? unwrap(call.childForFieldName('function')) : undefined;
    if (fn?.type !== 'member_expression' || !/^(some|every|find|filter)$/.test(fn.childForFieldName('property')?.text ?? '')) return undefined;
    const list = unwrap(fn.childForFieldName('object'));
    if (list?.type !== 'identifier') return undefined;
    // Not a local of that name (the module's constant lists are known to the module scope as tables).
    const bound = env.get(list.text);
    if (bound && !bound.table) return undefined;
    const init = unwrap(st.info.consts.get(list.text));
    if (init?.type !== 'array') return undefined;
    const out: string[] = [];
    for (const e of init.namedChildren) {
      const v = e ? stringValue(e) : undefined;
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  }

  /** A boolean check on a value: which guards it establishes and when. */
  private predicate(c: Node, env: Env, st: FnState): { guards: Guard[]; goodWhen: boolean; indexOf?: boolean } | undefined {
    if (c.type !== 'call_expression') return undefined;
    const f = unwrap(c.childForFieldName('function'));
    const args = callArgs(c).map((a) => unwrap(a)).filter((a): a is Node => !!a);
    if (!f) return undefined;
    const isRef = (n: Node | undefined): n is Node => !!n && (n.type === 'identifier' || n.type === 'member_expression' || n.type === 'subscript_expression' || n.type === 'call_expression');
    if (f.type === 'member_expression') {
      const obj = unwrap(f.childForFieldName('object'));
      const m = f.childForFieldName('property')?.text ?? '';
      if (!obj) return undefined;
      if (m === 'startsWith') {
        const a0 = args[0];
        const lit = stringValue(a0);
        if (lit !== undefined && lit.startsWith('..')) return { guards: [{ target: obj, kinds: Kind.Path }], goodWhen: false };
        if (lit !== undefined && /^(\/|\.|[a-z]:)?$/i.test(lit)) return undefined; // startsWith('/') is no containment check
        const pv = a0 ? this.evalExpr(a0, env, st) : CLEAN;
        // The prefix is a constant root, or a folder vetted as a path already (`path.join(bookDir(b), "src")`).
        if (a0 && (!isTainted(pv) || (lit === undefined && !taintFor(pv, Kind.Path)))) {
          const kinds = lit !== undefined && /^https?:\/\/[^/]+\//i.test(lit) ? Kind.Url : Kind.Path;
          // A prefix check on a path that was never resolved is no containment check (`root/../etc`).
          if (kinds === Kind.Path) {
            const ov = this.evalExpr(obj, env, st);
            if (isTainted(ov) && !ov.resolved) return undefined;
          }
          return { guards: [{ target: obj, kinds }], goodWhen: true };
        }
        return undefined;
      }
      // u.hostname.endsWith(".example.com"): the host is pinned to one domain (with its leading dot,
      // so not "evilexample.com"); also a callback parameter over a constant list of such suffixes.
      if (m === 'endsWith' && /^(hostname|host)$/.test(obj.type === 'member_expression' ? (obj.childForFieldName('property')?.text ?? '') : '')) {
        const a0 = args[0];
        const lit = stringValue(a0);
        const suffixes = lit !== undefined ? [lit] : a0?.type === 'identifier' ? this.suffixList(a0, env, st) : undefined;
        if (suffixes?.length && suffixes.every((x) => /^\.[a-z0-9.-]+\.[a-z]{2,}$/i.test(x))) {
          const target = unwrap(obj.childForFieldName('object'));
          if (target) return { guards: [{ target, kinds: Kind.Url }], goodWhen: true };
        }
        return undefined;
      }
      // x.includes("..") false: x has no parent-directory step (joined under a root it stays there).
      if (m === 'includes' && stringValue(args[0]) === '..' && (obj.type === 'identifier' || obj.type === 'member_expression')) return { guards: [{ target: obj, kinds: NO_DOTDOT }], goodWhen: false };
      if ((m === 'includes' || m === 'has' || m === 'indexOf' || m === 'hasOwnProperty') && args[0] && !isTainted(this.evalExpr(obj, env, st))) {
        const lit = stringValue(args[0]);
        if (lit !== undefined) {
          // x.includes('..') is a traversal check on x, true = bad
          if (m === 'includes' && lit.includes('..')) return undefined;
          return undefined;
        }
        // LIST.includes(`${name}.mjml`): the one value inside literal text is what the list pins down.
        let target: Node | undefined = args[0];
        if (target.type === 'template_string') {
          const subs = target.namedChildren.filter((c): c is Node => c?.type === 'template_substitution');
          const inner = subs.length === 1 ? unwrap(subs[0].namedChildren[0]) : undefined;
          target = inner && (inner.type === 'identifier' || inner.type === 'member_expression') ? inner : undefined;
        }
        if (!target || !isRef(target)) return undefined;
        return { guards: [{ target, kinds: allowKinds(target) }], goodWhen: true, indexOf: m === 'indexOf' };
      }
      if (m === 'test' && args[0]) {
        const re = obj.type === 'regex' ? obj.text : this.constRegex(obj, st);
        if (re && isStrictRegex(re) && isRef(args[0])) return { guards: [{ target: args[0], kinds: ALL_KINDS }], goodWhen: true };
        return undefined;
      }
      if (m === 'match' && args[0]) {
        const re = args[0].type === 'regex' ? args[0].text : this.constRegex(args[0], st);
        if (re && isStrictRegex(re)) return { guards: [{ target: obj, kinds: ALL_KINDS }], goodWhen: true };
        return undefined;
      }
      if (m === 'hasOwn' && obj.text === 'Object' && isRef(args[1])) return { guards: [{ target: args[1], kinds: ALL_KINDS }], goodWhen: true };
      if ((m === 'some' || m === 'every') && args[0] && isFunctionNode(args[0]) && !isTainted(this.evalExpr(obj, env, st))) {
        // roots.some((root) => full.startsWith(root)) / ALLOWED.some((h) => host === h)
        const cb = args[0];
        const body = unwrap(cb.childForFieldName('body'));
        const expr = body?.type === 'statement_block' ? unwrap(body.namedChildren.find((c) => c?.type === 'return_statement')?.namedChildren[0]) : body;
        if (!expr) return undefined;
        const inner = new Env(env);
        const params = cb.childForFieldName('parameters') ?? cb.childForFieldName('parameter');
        for (const pn of params?.type === 'formal_parameters' ? params.namedChildren : params ? [params] : []) {
          const id = pn?.type === 'identifier' ? pn : pn?.childForFieldName('pattern');
          if (id?.type === 'identifier') inner.declare(id.text, CLEAN);
        }
        const guards = this.guardsWhen(expr, true, inner, st).filter((g) => g.target.type !== 'identifier' || !inner.has(g.target.text) || env.has(g.target.text));
        return guards.length ? { guards, goodWhen: true } : undefined;
      }
      if ((m === 'every' || m === 'some') && args[0] && isFunctionNode(args[0]) && (obj.type === 'identifier' || obj.type === 'member_expression') && isTainted(this.evalExpr(obj, env, st))) {
        // cols.every((c) => IDENT.test(c)) true / names.some((n) => !SAFE.test(n)) false: what the
        // callback checks of its element holds for every element of the array.
        const cb = args[0];
        const body = unwrap(cb.childForFieldName('body'));
        const expr = body?.type === 'statement_block' ? unwrap(body.namedChildren.find((c) => c?.type === 'return_statement')?.namedChildren[0]) : body;
        const params = cb.childForFieldName('parameters') ?? cb.childForFieldName('parameter');
        const p0 = params?.type === 'formal_parameters' ? params.namedChildren.find((c) => c && c.type !== 'comment') : params;
        const id = p0?.type === 'identifier' ? p0 : p0?.childForFieldName('pattern');
        if (!expr || id?.type !== 'identifier' || (body?.type === 'statement_block' && statements(body).length !== 1)) return undefined;
        const inner = new Env(env);
        inner.declare(id.text, elemOf(this.evalExpr(obj, env, st)));
        const goodWhen = m === 'every';
        const kinds = this.guardsWhen(expr, goodWhen, inner, st)
          .filter((g) => unwrap(g.target)?.type === 'identifier' && unwrap(g.target)?.text === id.text)
          .reduce((k, g) => k | g.kinds, 0);
        return kinds ? { guards: [{ target: obj, kinds }], goodWhen } : undefined;
      }
      if (m === 'isAbsolute') return undefined;
    }
    // isSafePath(x), isAllowedHost(u.hostname), isPrivateIp(host) (true = bad)
    const name = f.type === 'member_expression' ? f.childForFieldName('property')?.text ?? '' : f.text;
    const target = args.find((a) => isRef(a) && isTainted(this.evalExpr(a, env, st))) ?? args.find(isRef);
    if (!target) return undefined;
    if (/(is_?)?(private|internal|local|loopback|reserved|blocked|forbidden|denied|disallowed|blacklisted|blocklisted)/i.test(name) && !/allow/i.test(name)) {
      return { guards: [{ target, kinds: Kind.Url }], goodWhen: false };
    }
    if (/^(is|has|check|can|validate|verify)?_?(valid|safe|allowed|permitted|whitelisted|allowlisted|trusted|within|inside|authori[sz]ed|contained|sane|inRoot|underRoot|insideRoot|withinRoot)/i.test(name) || VALIDATOR_NAME.test(name)) {
      return { guards: [{ target, kinds: allowKinds(target) }], goodWhen: true };
    }
    return undefined;
  }

  private constRegex(n: Node, st: FnState): string | undefined {
    if (n.type !== 'identifier') return undefined;
    const init = unwrap(st.info.consts.get(n.text));
    if (init?.type === 'regex') return init.text;
    return undefined;
  }

  private applyGuards(guards: Guard[], env: Env, st: FnState): void {
    for (const g of guards) {
      // ALLOWED.includes(u.hostname.toLowerCase()): the check is on u.hostname.
      let target = caseStripped(g.target);
      let kinds = g.kinds;
      if (!target) continue;
      // u.hostname / u.host / u.origin of a URL object: the URL's host is vetted.
      if (target.type === 'member_expression' && /^(hostname|host|origin)$/.test(target.childForFieldName('property')?.text ?? '')) {
        target = unwrap(target.childForFieldName('object'));
        kinds = Kind.Url;
        if (!target) continue;
      }
      if (target.type === 'call_expression') {
        // new URL(x).hostname / path.resolve(x) inside the check: guard x;
        // x.toLowerCase() / x.trim(): guard x.
        const fn = unwrap(target.childForFieldName('function'));
        const refs = callArgs(target).map(unwrap).filter((a): a is Node => !!a && (a.type === 'identifier' || a.type === 'member_expression'));
        const inner =
          refs.find((a) => isTainted(this.evalExpr(a, env, st))) ??
          refs[refs.length - 1] ??
          (fn?.type === 'member_expression' ? unwrap(fn.childForFieldName('object')) : null);
        if (!inner || (inner.type !== 'identifier' && inner.type !== 'member_expression')) continue;
        target = inner;
      }
      this.sanitizeRef(target, kinds, env, st, 0);
    }
  }

  private sanitizeRef(target: Node, kinds: number, env: Env, st: FnState, depth: number): void {
    if (target.type === 'identifier') {
      const cur = env.get(target.text);
      if (!cur) return;
      const from = (cur as Val & { from?: string }).from;
      env.assign(target.text, { ...sanitize(cur, kinds), ...(cur.tag ? { tag: cur.tag } : {}), ...(from ? { from } : {}) });
      if (from && depth < 3) {
        this.sanitizeRef({ type: 'identifier', text: from } as Node, kinds, env, st, depth + 1);
      }
      return;
    }
    if (target.type === 'member_expression') {
      const obj = unwrap(target.childForFieldName('object'));
      const prop = target.childForFieldName('property')?.text;
      if (obj?.type !== 'identifier' || !prop) return;
      const cur = env.get(obj.text) ?? CLEAN;
      const pv = this.member(cur, prop, target, st);
      const props = new Map(cur.props ?? []);
      props.set(prop, sanitize(pv, kinds));
      env.assign(obj.text, { ...cur, props });
    }
  }
}

/** Not a sink kind: the value has been checked to contain no `..` (joins drop it: only a value as checked keeps it). */
const NO_DOTDOT = 64;

const LIT_TRUE: Val = Object.freeze({ lit: 'true' }) as Val;
const LIT_FALSE: Val = Object.freeze({ lit: 'false' }) as Val;

/** Programs that run their -c / -e argument as a command line or as code. */
export const SHELL_PROGRAM = /^(\/(usr\/)?(local\/)?bin\/)?(sh|bash|zsh|dash|ksh|fish|cmd(\.exe)?|powershell(\.exe)?|pwsh|python[0-9.]*|node|ruby|perl|php|osascript|deno|bun)$/;

interface Guard {
  target: Node;
  kinds: number;
}

export interface RawTaint extends Taint {
  /** The whole raw arguments object: reading a property yields that input. */
  raw?: boolean;
}

/** Names of functions that check or sanitise what they are given and return it. */
const GUARD_FUNCTION = /^(assert|validate|verify|ensure|sanitize|sanitise|check|guard|safe|secure|resolveSafe|resolveWithin|resolveInside|resolveInRoot|confine|contain)[A-Z_]|^(safe|secure)$|(Safe|Allowed|Public|Within|Inside|InRoot|InSandbox|Contained)(Path|Url|URL|Host|Dir|File|Target)?$/;

/**
 * What a checker's result is trusted for, by its name: a path confiner (`safeJoin`,
 * `resolveInside`, `assertWithinRoot`) keeps the path inside a folder but its result is still
 * any text for a shell or a query; a URL/host checker vets where a request goes. Other names
 * (`validateInput`, `sanitize`) are trusted for everything.
 */
/** What the functions around a handler bind: parameters and the declarations of their bodies. */
interface OuterBindings {
  tree: Node['tree'];
  start: number;
  end: number;
  /** Name → its parameter (required/optional_parameter) or variable_declarator, nearest first. */
  names: Map<string, Node>;
}

/**
 * The bindings of the functions enclosing a handler (`function registerTools(server, ws:
 * Workspace) { const vault = new Vault(); server.tool(…, handler) }`), read once per handler: its
 * free names that are not the module's are answered from them (typedParam).
 */
function outerBindings(fn: Node, self = false): OuterBindings | undefined {
  const names = new Map<string, Node>();
  let f: Node | null = self ? fn : fn.parent;
  for (let up = 0; f && up < 60; up++, f = f.parent) {
    if (!isFunctionNode(f)) continue;
    for (const p of f.childForFieldName('parameters')?.namedChildren ?? []) {
      if (!p || (p.type !== 'required_parameter' && p.type !== 'optional_parameter')) continue;
      const pat = p.childForFieldName('pattern');
      if (pat?.type === 'identifier' && !names.has(pat.text)) names.set(pat.text, p);
    }
    const body = f.childForFieldName('body');
    if (body?.type !== 'statement_block') continue;
    for (const stmt of body.namedChildren) {
      if (stmt?.type !== 'lexical_declaration' && stmt?.type !== 'variable_declaration') continue;
      for (const d of stmt.namedChildren) {
        const name = d?.type === 'variable_declarator' ? d.childForFieldName('name') : null;
        if (name?.type === 'identifier' && !names.has(name.text)) names.set(name.text, d!);
        // const { repo, log } = deps
        if (name?.type === 'object_pattern') {
          for (const c of name.namedChildren) {
            const local = c?.type === 'shorthand_property_identifier_pattern' ? c : c?.type === 'pair_pattern' ? c.childForFieldName('value') : null;
            if (local?.type === 'identifier' || local?.type === 'shorthand_property_identifier_pattern') if (!names.has(local.text)) names.set(local.text, d!);
          }
        }
      }
    }
  }
  return names.size ? { tree: fn.tree, start: fn.startIndex, end: fn.endIndex, names } : undefined;
}

/** A class declaration, abstract or not. */
function isClassDecl(n: Node): boolean {
  return n.type === 'class_declaration' || n.type === 'abstract_class_declaration';
}

/** The class instances an array holds (all of its elements), if it holds only those. */
function instancesOf(v: Val): Val[] | undefined {
  const els = v.elems;
  if (!els || els.length === 0 || els.length > 64) return undefined;
  return els.every((e) => !!(e as { cls?: unknown }).cls) ? els : undefined;
}

/** Methods of a database handle that run a query and answer with rows or a count. */
const DB_QUERY_METHODS = /^(query|execute|exec|run|all|get|each|none|one|oneOrNone|many|any|manyOrNone|queryRaw|executeRaw|\$queryRaw|\$executeRaw)$/;

/** The type a function's return annotation names, looking through `Promise<…>`. */
function returnedType(fn: Node): Node | undefined {
  let t = fn.childForFieldName('return_type')?.namedChildren[0] ?? undefined;
  if (t?.type === 'generic_type' && t.childForFieldName('name')?.text === 'Promise') t = t.childForFieldName('type_arguments')?.namedChildren[0] ?? undefined;
  return t;
}

/** Methods whose result a check can be built from, and which the analysis understands. */
const READ_METHODS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'test', 'match', 'has', 'some', 'every', 'trim', 'toLowerCase', 'toUpperCase', 'normalize', 'replace', 'replaceAll', 'split', 'join', 'slice', 'substring', 'charAt', 'at']);
/** Functions of that kind (path arithmetic, conversions, error objects). */
const READ_FUNCTIONS = /^(path\.(resolve|join|normalize|relative|isAbsolute|basename|dirname|extname|sep)|(path\.)?(posix|win32)\.\w+|String|Number|Boolean|encodeURIComponent|decodeURIComponent|Error|TypeError|RangeError|URL|RegExp)$/;

/**
 * A checker whose body the analysis reads whole: a short block whose calls are all string
 * methods, path arithmetic and error objects (no DNS lookup, no library validator, no call to
 * another function): its evaluation already says what it proves.
 */
function readWhole(fn: Node, memo: Map<Node, boolean>): boolean {
  const hit = memo.get(fn);
  if (hit !== undefined) return hit;
  let ok = false;
  const body = fn.childForFieldName('body');
  if (body?.type === 'statement_block' && body.text.length <= 1500 && statements(body).length <= 8) {
    ok = true;
    const walk = (n: Node, depth: number): void => {
      if (!ok || depth > 40) {
        ok = false;
        return;
      }
      if (n.type === 'call_expression' || n.type === 'new_expression' || n.type === 'await_expression') {
        const f = unwrap(n.childForFieldName(n.type === 'new_expression' ? 'constructor' : 'function'));
        if (n.type === 'await_expression' || !f) ok = false;
        else if (f.type === 'member_expression') {
          const prop = f.childForFieldName('property')?.text ?? '';
          if (!READ_METHODS.has(prop) && !READ_FUNCTIONS.test(f.text)) ok = false;
        } else if (f.type !== 'identifier' || !READ_FUNCTIONS.test(f.text)) ok = false;
      }
      if (isFunctionNode(n) && depth > 0) ok = false;
      for (const c of n.namedChildren) if (c && ok) walk(c, depth + 1);
    };
    walk(body, 0);
  }
  memo.set(fn, ok);
  return ok;
}

export function guardKinds(name: string): number {
  let kinds = 0;
  if (/path|dir|folder|file|join|root|within|inside|sandbox|contain|confine|resolve/i.test(name)) kinds |= Kind.Path;
  if (/url|uri|host|origin|domain|public|endpoint/i.test(name)) kinds |= Kind.Url;
  return kinds || ALL_KINDS;
}

function functionName(fn: Node): string | undefined {
  const own = fn.childForFieldName('name')?.text;
  if (own) return own;
  const p = fn.parent;
  if (p && (p.type === 'variable_declarator' || p.type === 'pair' || /field_definition/.test(p.type))) return (p.childForFieldName('name') ?? p.childForFieldName('key') ?? p.childForFieldName('property'))?.text;
  return undefined;
}

/** Guards that hold on either branch: same target, the kinds both give. */
function intersectGuards(a: Guard[], b: Guard[]): Guard[] {
  const out: Guard[] = [];
  for (const g of a) {
    const h = b.find((x) => x.target.text === g.target.text);
    if (h && (g.kinds & h.kinds) !== 0) out.push({ target: g.target, kinds: g.kinds & h.kinds });
  }
  return out;
}

function allowKinds(target: Node): number {
  return /\.(hostname|host|origin)$/.test(caseStripped(target)?.text ?? '') ? Kind.Url : ALL_KINDS;
}

/**
 * `x.toLowerCase()` / `x.trim()` / `x.normalize()` → x: an allow-list check of the normalised
 * text is a check of x (a URL's hostname is lower-case already).
 */
function caseStripped(n: Node | null | undefined): Node | null | undefined {
  let u = unwrap(n);
  for (let i = 0; u?.type === 'call_expression' && i < 4; i++) {
    const f = unwrap(u.childForFieldName('function'));
    if (f?.type !== 'member_expression' || callArgs(u).length > 0 || !CASE_METHODS.has(f.childForFieldName('property')?.text ?? '')) break;
    u = unwrap(f.childForFieldName('object'));
  }
  return u;
}

const CASE_METHODS = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize']);

/** `path.dirname(x)` / `dirname(x)` → x (an identifier or member). */
function dirnameArg(n: Node | null): Node | undefined {
  const u = unwrap(n);
  if (u?.type !== 'call_expression') return undefined;
  const f = unwrap(u.childForFieldName('function'));
  if (!f || !/^(path\.(posix\.|win32\.)?)?dirname$/.test(f.text)) return undefined;
  const a = unwrap(callArgs(u)[0]);
  return a && (a.type === 'identifier' || a.type === 'member_expression') ? a : undefined;
}

function isLiteral(n: Node | null): boolean {
  return !!n && (n.type === 'string' || n.type === 'number' || n.type === 'true' || n.type === 'false' || (n.type === 'template_string' && !n.namedChildren.some((c) => c?.type === 'template_substitution')));
}

/** Element value of a collection. */
function elemOf(v: Val): Val {
  // Records ({ sql, params }): field by field, so a clean field stays clean.
  if (v.elems) return v.elems.length ? (v.elems.every((e) => e.props && !e.elems) ? mergeVals(v.elems) : join(...v.elems)) : CLEAN;
  if (v.table) return CLEAN;
  return flatten(v);
}

/** `path.relative(root, X)`, `new URL(X)`, `path.resolve(root, X)` … → 'X'. */
function derivedFrom(u: Node | null): string | undefined {
  if (!u || (u.type !== 'call_expression' && u.type !== 'new_expression')) return undefined;
  const f = (u.childForFieldName('function') ?? u.childForFieldName('constructor'))?.text ?? '';
  if (!/(^|\.)(relative|resolve|normalize|join|realpath|realpathSync|URL|parse)$/.test(f)) return undefined;
  const args = callArgs(u).map(unwrap);
  const last = [...args].reverse().find((a) => a?.type === 'identifier');
  return f.endsWith('URL') ? args.find((a) => a?.type === 'identifier')?.text : last?.text;
}

/** The function an object literal holds under `name` (method, function value, or a module function by name). */
/**
 * An object literal of functions as a value (`{ store: { async read(id) {…} }, run: (cmd) => … }`):
 * each function a callable property (run in its own module), nested objects likewise.
 */
function objectOfFunctions(obj: Node, info: ModuleInfo, depth: number): Val | undefined {
  const props = new Map<string, Val>();
  for (const p of obj.namedChildren) {
    if (!p) continue;
    const key = propKey(p);
    if (!key) continue;
    const fn = objectFunction(obj, key, info);
    if (fn) {
      props.set(key, { fns: [fn], fnsInfo: info } as Val);
      continue;
    }
    const v = p.type === 'pair' ? unwrap(p.childForFieldName('value')) : undefined;
    if (v?.type === 'object' && depth < 3) {
      const inner = objectOfFunctions(v, info, depth + 1);
      if (inner) props.set(key, inner);
    }
  }
  return props.size ? { props } : undefined;
}

function objectFunction(obj: Node, name: string, info: ModuleInfo): Node | undefined {
  for (const p of obj.namedChildren) {
    if (!p || propKey(p) !== name) continue;
    if (p.type === 'method_definition') return p;
    if (p.type === 'shorthand_property_identifier') return info.functions.get(p.text);
    if (p.type === 'pair') {
      const v = unwrap(p.childForFieldName('value'));
      if (v && isFunctionNode(v)) return v;
      if (v?.type === 'identifier') return info.functions.get(v.text);
    }
  }
  return undefined;
}

function findMethod(classBody: Node, name: string): Node | undefined {
  for (const m of classBody.namedChildren) {
    if (!m) continue;
    if (m.type === 'method_definition' && m.childForFieldName('name')?.text === name) return m;
    if ((m.type === 'public_field_definition' || m.type === 'field_definition') && (m.childForFieldName('name') ?? m.childForFieldName('property'))?.text === name) {
      const v = unwrap(m.childForFieldName('value'));
      if (v && isFunctionNode(v)) return v;
    }
  }
  return undefined;
}

/**
 * axios.create({ baseURL }) / got.extend({ prefixUrl }) / ky.create(…): an instance of the same
 * client (its get/post/… are the library's); with a base URL (a literal one naming a host, or
 * one from configuration) a path argument (`api.get(`/users/${id}`)`) stays on that host. (An
 * instance made inside a handler from tool input is the baseURL sink's.)
 */
/** Calls that make an instance of an HTTP client library (httpClient). */
const HTTP_CLIENT_FACTORY = /^(axios|got|ky)\.(create|extend)$/;

function httpClient(call: Node, callee: string, info: ModuleInfo): Val {
  const lib = callee.slice(0, callee.indexOf('.'));
  const opts = unwrap(callArgs(call)[0]);
  let baseFixed = false;
  if (opts?.type === 'object') {
    for (const p of opts.namedChildren) {
      if (p?.type !== 'pair' || !/^["']?(baseURL|prefixUrl|prefixURL)["']?$/.test(p.childForFieldName('key')?.text ?? '')) continue;
      const valueNode = unwrap(p.childForFieldName('value'));
      let text = stringValue(valueNode);
      if (text === undefined && valueNode?.type === 'identifier') text = stringValue(unwrap(info.consts.get(valueNode.text)));
      // A base from configuration (`process.env.API_URL`) is not the model's to choose either.
      baseFixed = text === undefined ? valueNode !== undefined : /^https?:\/\/[^/?#@]+(?:[/?#]|$)/i.test(text);
    }
  }
  return baseFixed ? { callee: lib, baseFixed } : { callee: lib };
}

/**
 * A string built from literal pieces and values. A URL whose scheme and host come from a literal
 * prefix (`https://api.example.com/items/${id}`) cannot be pointed at another host.
 */
function buildString(pieces: { text?: string; val?: Val }[]): Val {
  const vals = pieces.filter((p) => p.val).map((p) => p.val!);
  const v = join(...vals);
  if (!isTainted(v)) return CLEAN;
  let prefix = '';
  for (const p of pieces) {
    if (p.text !== undefined) prefix += p.text;
    else if (p.val && isTainted(p.val)) {
      // A value known to start with "/" (its schema says so) cannot reach into the host part.
      if (p.val.prefix) prefix += p.val.prefix;
      break;
    } else prefix += '\u0000';
  }
  const hostFixed = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@]+[/?#]/i.test(prefix) || /^\u0000[^:]*[/?#]/.test(prefix);
  if (hostFixed) return sanitize(v, Kind.Url);
  // `/repos/${owner}/…`: a path, which a client with a fixed base URL keeps on its host (not a
  // lone "/", which a value could turn into "//host").
  return /^\/[^/\u0000]/.test(prefix) ? { ...v, relPath: true } : v;
}
