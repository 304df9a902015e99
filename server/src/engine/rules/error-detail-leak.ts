import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { step } from '../context';
import { reachesClient, type Through } from '../checks/text/leak';
import { classNamed, fromProject, moduleIndex, paramFor, projectCallsIn, resolveCallee, usesOf } from '../checks/text/project';
import { calleeText, callingHandler, declAt, handlerSpans, inHandler, matchAll, nodeAt, upFrom, type HandlerSpan } from '../checks/text/util';
import type { FlowStep } from '../types';
import type { CheckRule } from './types';

const ID = 'error-detail-leak';
/** Catch / except clauses that bind the error to a name. */
/** `catch (err)` clauses and promise `.catch((err) => …)` / `.catch(err => …)` callbacks. */
const TS_CATCH = /\bcatch\s*\((?:\()?\s*([A-Za-z_$][\w$]*)/g;
const PY_EXCEPT = /\bexcept\b/g;
/** Whole-environment and traceback expressions, wherever they are. */
const TS_ENV = /\bprocess\.env\b/g;
const PY_ENV = /\bos\.environ\b|\btraceback\.(?:format_exc|format_exception|format_tb|format_stack|extract_tb|extract_stack)\s*\(/g;

const WHY = 'Error details tell the model, and whoever steers it, about file paths, hosts, queries, library versions and sometimes secrets. Log the details to stderr and return a generic message (with a correlation id if you need to match them up).';

type Form = 'stack' | 'message' | 'raw' | 'env' | 'traceback';

function describe(form: Form, expr: string): string {
  const e = expr.length > 40 ? expr.slice(0, 37) + '…' : expr;
  switch (form) {
    case 'stack':
      return `The error's stack trace (\`${e}\`) is sent to the client.`;
    case 'traceback':
      return `A Python traceback (\`${e}\`) is sent to the client.`;
    case 'message':
      return `The message of an arbitrary caught error (\`${e}\`) is sent to the client.`;
    case 'raw':
      return `The raw caught error (\`${e}\`) is sent to the client.`;
    case 'env':
      return `The whole environment (\`${e}\`) is sent to the client: it holds the server's API keys and tokens.`;
  }
}

/** How a use of the error variable exposes it: the expression and its kind, or undefined. */
function errorForm(use: Node, lang: 'ts' | 'py'): { expr: Node; form: Form } | undefined {
  // (err as Error).stack, err!.message
  for (let i = 0; i < 3 && use.parent && /^(?:as_expression|parenthesized_expression|non_null_expression|satisfies_expression)$/.test(use.parent.type); i++) use = use.parent;
  const p = use.parent;
  if (!p) return undefined;
  if (lang === 'ts') {
    if (p.type === 'member_expression' && p.childForFieldName('object')?.equals(use)) {
      const prop = p.childForFieldName('property')?.text;
      if (prop === 'stack') return { expr: p, form: 'stack' };
      if (prop === 'message') return { expr: p, form: 'message' };
      if (prop === 'toString') return { expr: p.parent ?? p, form: 'raw' };
      return undefined;
    }
    if (p.type === 'template_substitution') return { expr: use, form: 'raw' };
    if (p.type === 'arguments' && p.parent && /^(?:String|JSON\.stringify|(?:util\.)?inspect|(?:util\.)?format)$/.test(calleeText(p.parent))) return { expr: p.parent, form: 'raw' };
    if (p.type === 'binary_expression' && p.childForFieldName('operator')?.text === '+') return { expr: use, form: 'raw' };
    return undefined;
  }
  if (p.type === 'interpolation') return { expr: use, form: 'raw' };
  // {"error": e}: FastMCP serialises the exception with str().
  if (p.type === 'pair' && p.childForFieldName('value')?.equals(use)) return { expr: use, form: 'raw' };
  if (p.type === 'argument_list' && p.parent && /^(?:str|repr|format|(?:pprint\.)?pformat)$/.test(calleeText(p.parent))) return { expr: p.parent, form: 'raw' };
  if (p.type === 'attribute' && p.childForFieldName('object')?.equals(use)) {
    const a = p.childForFieldName('attribute')?.text;
    if (a === 'args' || a === 'message' || a === 'msg' || a === 'strerror') return { expr: p, form: 'message' };
    if (a === '__traceback__') return { expr: p, form: 'traceback' };
    return undefined;
  }
  if (p.type === 'binary_operator' && p.childForFieldName('operator')?.text === '%') return { expr: use, form: 'raw' };
  if (p.type === 'argument_list' && p.parent?.childForFieldName('function')?.type === 'attribute' && /\.format$/.test(calleeText(p.parent))) return { expr: use, form: 'raw' };
  return undefined;
}

/** `err instanceof SomeKnownError` (not the base Error) / `isinstance(e, SomeError)` guards the use. */
function knownClassGuard(ctx: CheckContext, view: CheckContext, use: Node, clause: Node, name: string): boolean {
  for (const a of upFrom(use.parent, 16)) {
    if (a.equals(clause)) break;
    const cond = a.type === 'if_statement' || a.type === 'conditional_expression' || a.type === 'ternary_expression' || a.type === 'conditional' ? a.childForFieldName('condition') : null;
    if (!cond || cond.startIndex <= use.startIndex && use.endIndex <= cond.endIndex) continue;
    const c = cond.text;
    const ts = /\b(\w+)\s+instanceof\s+([\w.]+)/.exec(c);
    if (ts && ts[1] === name && !BUILTIN_ERROR.test(ts[2]) && !libraryError(view, ts[2])) return !leakyClass(ctx, view, ts[2]);
    const py = /\bisinstance\(\s*(\w+)\s*,\s*([\w.]+)\s*\)/.exec(c);
    if (py && py[1] === name && !BUILTIN_ERROR.test(py[2]) && !libraryError(view, py[2])) return !leakyClass(ctx, view, py[2]);
  }
  return false;
}

/**
 * Error classes whose message the code does not choose: the language's own and libraries' generic
 * ones (their messages carry paths, hosts, queries). A project's own error class is "known".
 */
const BUILTIN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'Object', 'Exception', 'BaseException', 'OSError', 'IOError', 'EnvironmentError', 'ValueError', 'RuntimeError', 'KeyError', 'IndexError', 'AttributeError', 'LookupError', 'ArithmeticError', 'ZeroDivisionError', 'FileNotFoundError', 'FileExistsError', 'PermissionError', 'IsADirectoryError', 'NotADirectoryError', 'ConnectionError', 'TimeoutError', 'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'NotImplementedError', 'AssertionError', 'ImportError', 'ModuleNotFoundError', 'JSONDecodeError']);
const BUILTIN_ERROR = { test: (name: string) => BUILTIN_ERRORS.has(name) || (name.includes('.') && (name.endsWith('Error') || name.endsWith('Exception'))) };

/** Python `except X as e`: the `as` pattern, or undefined. */
function exceptAs(clause: Node): Node | undefined {
  return clause.namedChildren.find((c) => c?.type === 'as_pattern') ?? undefined;
}

/**
 * An error class imported from a library (`from botocore.exceptions import ClientError`): its
 * message is the library's (request ids, hosts, paths, SQL), not text the project chose.
 * Validation errors are not counted: they describe the input the model sent.
 */
function libraryError(view: CheckContext, name: string): boolean {
  // Validation errors (zod, pydantic, jsonschema) describe the caller's own input: telling the model is the point.
  if (/Validation|Zod|Schema|Invalid/.test(name)) return false;
  return !name.includes('.') && moduleIndex(view).imports.has(name) && !fromProject(view, name);
}

/** Python: `except SomeProjectError as e` (not Exception, OSError, a library's error... nor a tuple holding one). */
function specificExcept(view: CheckContext, clause: Node): boolean {
  const types = exceptAs(clause)?.namedChild(0);
  if (!types) return false;
  const names = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren.filter((c): c is Node => !!c) : [types];
  return names.length > 0 && names.every((c) => (c.type === 'identifier' || c.type === 'attribute') && !BUILTIN_ERROR.test(c.text) && !libraryError(view, c.text));
}

type Report = (expr: Node, form: Form, sink: Node) => void;

/**
 * The catch / except clauses in text[from, to) of a view whose caught error reaches the return of
 * its function (or of a callback handed to `.catch`). `handlerOf` says which handler a clause
 * answers for (undefined: none, skip it).
 */
function scanCatches(ctx: CheckContext, view: CheckContext, from: number, to: number, handlerOf: (clause: Node, index: number) => HandlerSpan | true | undefined, report: Report): void {
  const bindings = view.lang === 'ts' ? TS_CATCH : PY_EXCEPT;
  const through = throughHelpers(view);
  for (const m of matchAll(view, bindings, view.text.slice(from, to))) {
    const index = from + m.index;
    let clause: Node | undefined;
    for (const a of upFrom(nodeAt(view, index), 4)) {
      if (a.type === 'catch_clause' || a.type === 'except_clause') {
        clause = a;
        break;
      }
    }
    // A promise's .catch((err) => …): the callback's result is what the handler's chain resolves to.
    let callback = false;
    if (!clause && view.lang === 'ts') {
      for (const a of upFrom(nodeAt(view, index + m[0].length - m[1].length), 3)) {
        if (a.type === 'arrow_function' || a.type === 'function_expression') {
          clause = a;
          callback = true;
          break;
        }
      }
    }
    if (!clause || !handlerOf(clause, index)) continue;
    const name = view.lang === 'ts' ? m[1] : exceptAs(clause)?.namedChildren.find((c) => c?.type === 'as_pattern_target')?.text;
    if (!name || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    const body = view.lang === 'ts' ? clause.childForFieldName('body') : clause.namedChildren.find((c) => c?.type === 'block');
    if (!body) continue;
    // except RepoError: a project's own error class is "known" unless it is raised with server details.
    const specific = view.lang === 'py' && specificExcept(view, clause) && !exceptTypes(clause).some((t) => leakyClass(ctx, view, t));
    const scope = callback ? clause : (enclosingFunction(clause) ?? body);
    // The error under other names: `const err = e as Error`, `err = e`.
    const names = [name];
    for (const use of usesOf(view, body, name, body.startIndex, 20)) {
      let u: Node = use;
      for (let i = 0; i < 3 && u.parent && /^(?:as_expression|parenthesized_expression|non_null_expression|satisfies_expression)$/.test(u.parent.type); i++) u = u.parent;
      const p = u.parent;
      const alias = p?.type === 'variable_declarator' && p.childForFieldName('value')?.equals(u) ? p.childForFieldName('name') : p?.type === 'assignment' && p.childForFieldName('right')?.equals(u) ? p.childForFieldName('left') : null;
      if (alias?.type === 'identifier' && !names.includes(alias.text) && names.length < 3) names.push(alias.text);
    }
    for (const n of names) {
      for (const use of usesOf(view, body, n, body.startIndex, 200)) {
        const f = errorForm(use, view.lang);
        if (!f) {
          // return errorResult(err): the helper of this file that builds the answer from the error.
          if (!specific) viaHelper(view, use, scope, report);
          continue;
        }
        if ((f.form === 'message' || f.form === 'raw') && (specific || knownClassGuard(ctx, view, use, clause, n))) continue;
        const r = reachesClient(f.expr, scope, 0, through);
        if (r) report(f.expr, f.form, r.sink);
      }
    }
  }
}

/** Text of an MCP tool result: `{ content: [{ type: "text", … }] }`, `TextContent(…)`, `{"type": "text", …}`. */
const TS_RESULT = /\bcontent\s*:\s*\[\s*\{[^]*?\btype\s*:\s*(["'`])text\1/;
/** Cheap test of a whole file for a text content part (the full shape is checked on each return). */
const TEXT_PART = /\btype["']?\s*[:=]\s*["'`]text["'`]|\bTextContent\b/;
const PY_RESULT = /\bTextContent\s*\(|["']type["']\s*:\s*["']text["']/;

/**
 * `return { content: [{ type: "text", text: `failed: ${e.stack}` }], isError: true }` in a wrapper
 * (`withErrorHandling(fn)`, a decorator) or result helper outside any registration, possibly in a
 * file of its own: the returned value is a tool result, so what it carries reaches the client.
 */
function toolResultShaped(sink: Node, lang: 'ts' | 'py'): boolean {
  if (sink.type !== 'return_statement' || sink.endIndex - sink.startIndex > 4000) return false;
  return (lang === 'ts' ? TS_RESULT : PY_RESULT).test(sink.text);
}

function check(ctx: CheckContext): void {
  const done = new Set<number>();
  // One finding per return / throw: `err instanceof Error ? err.message : String(err)` is one leak.
  const sinks = new Set<number>();
  const report = (expr: Node, form: Form, sink: Node, definition?: string, at: Node = expr, flow?: FlowStep[]) => {
    if (done.has(at.startIndex) || sinks.has(sink.startIndex)) return;
    done.add(at.startIndex);
    sinks.add(sink.startIndex);
    const other = flow ? ` (in \`${at.text.length > 40 ? at.text.slice(0, 37) + '…' : at.text}\`, ${flow[flow.length - 1].file.replace(/^.*[\\/]/, '')})` : '';
    ctx.report({ ruleId: ID, message: `${describe(form, expr.text.replace(/\s+/g, ' '))}${other} ${WHY}`, at, definition, flow });
  };

  if (ctx.isMcp) checkHandlers(ctx, report);
  // Catches outside every handler whose error is returned inside a tool result (wrappers, result
  // helpers); after the handlers' own, which name the tool.
  if (TEXT_PART.test(ctx.text)) {
    scanCatches(ctx, ctx, 0, ctx.text.length, (_clause, index) => (inHandler(ctx, index) ? undefined : true), (expr, form, sink) => {
      if (toolResultShaped(sink, ctx.lang)) report(expr, form, sink);
    });
  }
}

type Reporter = (expr: Node, form: Form, sink: Node, definition?: string, at?: Node, flow?: FlowStep[]) => void;

function checkHandlers(ctx: CheckContext, report: Reporter): void {

  scanCatches(ctx, ctx, 0, ctx.text.length, (clause, index) => {
    const direct = inHandler(ctx, index);
    if (!direct && handlerSpans(ctx).length === 0) return undefined;
    // Outside every handler: a same-file helper that a handler calls still answers the client.
    return direct ?? callingHandler(ctx, clause);
  }, (expr, form, sink) => {
    const h = inHandler(ctx, expr.startIndex) ?? callingHandler(ctx, expr);
    report(expr, form, sink, h?.def?.name);
  });

  scanEnv(ctx, 0, ctx.text.length, (n, index) => inHandler(ctx, index) ?? callingHandler(ctx, n), (expr, form, sink) => {
    const h = inHandler(ctx, expr.startIndex) ?? callingHandler(ctx, expr);
    report(expr, form, sink, h?.def?.name);
  });

  // return kernel.run(source): a function or method of another module whose own return carries
  // a caught error's details; reported at the call, the leak in the flow.
  const spans = handlerSpans(ctx);
  if (spans.length === 0) return;
  const through = throughHelpers(ctx);
  // What each callee's own return leaks, read once however many handlers call it.
  const leaksOf = new Map<string, { expr: Node; form: Form }[]>();
  let calls = 0;
  for (const s of spans) {
    if (s.helper || calls > 60) continue;
    for (const call of projectCallsIn(ctx, s.start, s.end, 20)) {
      calls++;
      const callee = resolveCallee(ctx, ctx, call);
      if (!callee || callee.view === ctx) continue;
      const fn = callee.fn;
      const key = `${callee.view.file}:${fn.startIndex}`;
      let leaks = leaksOf.get(key);
      if (!leaks) {
        const found: { expr: Node; form: Form }[] = [];
        const inFn = (n: Node) => (enclosingFunction(n)?.equals(fn) ? true : undefined);
        scanCatches(ctx, callee.view, fn.startIndex, fn.endIndex, inFn, (expr, form) => void found.push({ expr, form }));
        scanEnv(callee.view, fn.startIndex, fn.endIndex, inFn, (expr, form) => void found.push({ expr, form }));
        leaksOf.set(key, (leaks = found));
      }
      if (leaks.length === 0) continue;
      const scope = enclosingFunction(call);
      const r = scope ? reachesClient(call, scope, 0, through) : undefined;
      if (!r) continue;
      for (const { expr, form } of leaks) {
        report(expr, form, r.sink, s.def?.name, call, [step(callee.view.file, expr, describe(form, expr.text.replace(/\s+/g, ' ')).replace(/ is sent to the client\.$/, ` is returned by \`${callee.name}\``))]);
      }
    }
  }
}

/**
 * The whole environment (`process.env`, `os.environ`) and Python tracebacks in text[from, to) of a
 * view that reach the return of their function; `handlerOf` says whether that code answers a tool.
 */
function scanEnv(view: CheckContext, from: number, to: number, handlerOf: (n: Node, index: number) => HandlerSpan | true | undefined, report: Report): void {
  const through = throughHelpers(view);
  for (const m of matchAll(view, view.lang === 'ts' ? TS_ENV : PY_ENV, view.text.slice(from, to))) {
    const index = from + m.index;
    // process.env.X / os.environ["X"] / os.environ.get("X"): one variable (checked again on the tree below).
    const after = view.text[index + m[0].length];
    if (!m[0].startsWith('traceback') && (after === '.' || after === '[')) continue;
    const n = nodeAt(view, index);
    if (!n || !handlerOf(n, index)) continue;
    let expr: Node | undefined;
    let form: Form = 'env';
    for (const a of upFrom(n, 4)) {
      if (m[0].startsWith('traceback')) {
        if (a.type === 'call') {
          expr = a;
          form = 'traceback';
          break;
        }
      } else if ((a.type === 'member_expression' || a.type === 'attribute') && a.text.replace(/\s+/g, '') === m[0]) {
        expr = a;
        break;
      }
    }
    if (!expr) continue;
    if (form === 'env') {
      // process.env.X / os.environ["X"] / os.environ.get("X") read one variable.
      const p = expr.parent;
      if (p && (p.type === 'member_expression' || p.type === 'attribute' || p.type === 'subscript' || p.type === 'subscript_expression') && (p.childForFieldName('object') ?? p.childForFieldName('value'))?.equals(expr)) continue;
    }
    const scope = enclosingFunction(expr);
    const r = scope ? reachesClient(expr, scope, 0, through) : undefined;
    if (r) report(expr, form, r.sink);
  }
}

/**
 * `return this.text(JSON.stringify(x))` / `return errorResult(msg)`: a function or method of the
 * same module whose parameter reaches its own return carries the argument to the client. Two
 * levels of such helpers are followed.
 */
function throughHelpers(view: CheckContext): Through {
  const memo = new Map<string, boolean>();
  const carries = (call: Node, arg: Node, depth: number): boolean => {
    const callee = resolveCallee(view, view, call);
    if (!callee || callee.view !== view || callee.cls && calleeText(call).startsWith('new ')) return false;
    const param = paramFor(callee, call, arg);
    const body = callee.fn.childForFieldName('body');
    if (!param || !body) return false;
    const key = `${callee.fn.startIndex}:${param.name}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    memo.set(key, false);
    const inner: Through | undefined = depth < 1 ? (c, a) => carries(c, a, depth + 1) : undefined;
    const ok = usesOf(view, body, param.name, body.startIndex, 20).some((u) => !!reachesClient(u, callee.fn, 0, inner));
    memo.set(key, ok);
    return ok;
  };
  return (call, arg) => carries(call, arg, 0);
}

/** The class names of a Python `except (A, B) as e` clause. */
function exceptTypes(clause: Node): string[] {
  const types = exceptAs(clause)?.namedChild(0);
  if (!types) return [];
  const names = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren.filter((c): c is Node => !!c) : [types];
  return names.map((n) => n.text);
}

/** Names whose value is the server's own state: module-level settings, the environment, paths. */
const SERVER_DETAIL = /\b(?:os\.environ|process\.env|os\.getcwd|process\.cwd|__file__|__dirname|__filename)\b/;

/**
 * A project error class raised (in its own module or in this file) with a message that embeds
 * server details: a module-level name (`WORKSPACE`, a config path), the environment or the
 * working directory — `raise RepoError(f"{p} is not a repository in {WORKSPACE}")`. Its message
 * is not one the code chose for the client.
 */
function leakyClass(ctx: CheckContext, view: CheckContext, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const found = classNamed(ctx, view, name);
  const homes = found && found.view !== view ? [view, found.view] : [view];
  for (const home of homes) {
    const text = home.text;
    const moduleNames = new Set<string>();
    const idx = moduleIndex(home);
    for (let i = text.indexOf(name + '('), k = 0; i >= 0 && k < 40; i = text.indexOf(name + '(', i + 1), k++) {
      if (/[\w$.]/.test(text[i - 1] ?? '')) continue;
      const stmt = text.slice(Math.max(0, i - 12), i);
      if (!/(?:raise|throw new)\s+$/.test(stmt)) continue;
      const call = nodeAt(home, i)?.parent;
      const msg = call?.childForFieldName('arguments')?.namedChild(0) ?? call?.childForFieldName('arguments')?.namedChildren[0];
      if (!msg || (msg.type !== 'string' && msg.type !== 'template_string')) continue;
      const fn = enclosingFunction(msg);
      for (const part of msg.namedChildren) {
        if (!part || (part.type !== 'interpolation' && part.type !== 'template_substitution')) continue;
        if (SERVER_DETAIL.test(part.text)) return true;
        if (moduleNames.size === 0) {
          for (const k of (home.lang === 'py' ? pyModuleNames(home) : [])) moduleNames.add(k);
          for (const k of idx.instances.keys()) moduleNames.add(k);
        }
        const ids = part.text.match(/[A-Za-z_$][\w$]*/g) ?? [];
        for (const id of ids) {
          if (moduleNames.has(id)) return true;
          // A local computed from module-level state (`p = (WORKSPACE / name).resolve()`).
          if (fn && /^[a-z_]/.test(id) && localFromModule(home, fn, id, moduleNames)) return true;
        }
      }
    }
  }
  return false;
}

function pyModuleNames(view: CheckContext): string[] {
  const out: string[] = [];
  for (const s of view.root.namedChildren) {
    const a = s?.type === 'expression_statement' ? s.namedChild(0) : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    if (left?.type === 'identifier' && /^[A-Z_][A-Z0-9_]*$/.test(left.text)) out.push(left.text);
  }
  return out;
}

function localFromModule(view: CheckContext, fn: Node, name: string, moduleNames: Set<string>): boolean {
  for (const use of usesOf(view, fn, name, fn.startIndex, 10)) {
    const p = use.parent;
    const value = p?.type === 'assignment' && p.childForFieldName('left')?.equals(use) ? p.childForFieldName('right') : p?.type === 'variable_declarator' && p.childForFieldName('name')?.equals(use) ? p.childForFieldName('value') : null;
    if (!value) continue;
    if (SERVER_DETAIL.test(value.text)) return true;
    for (const id of value.text.match(/[A-Za-z_$][\w$]*/g) ?? []) if (moduleNames.has(id)) return true;
  }
  return false;
}

/**
 * `return errorResult(err)` / `return format_error(e)`: when the call's result reaches the client
 * and the callee is a function of this file, the error's uses inside it (through the matching
 * parameter) are checked against the callee's own returns.
 */
function viaHelper(ctx: CheckContext, use: Node, scope: Node, report: Report): void {
  const args = use.parent;
  const call = args?.parent;
  if (!args || !call || (args.type !== 'arguments' && args.type !== 'argument_list')) return;
  const fnName = call.childForFieldName('function');
  if (fnName?.type !== 'identifier' || !reachesClient(call, scope, 0, throughHelpers(ctx))) return;
  const pos = args.namedChildren.filter((c) => c && c.type !== 'comment').findIndex((c) => c!.equals(use));
  const at = declAt(ctx, fnName.text);
  if (pos < 0 || at === undefined) return;
  let fn: Node | undefined;
  for (const a of upFrom(nodeAt(ctx, at), 4)) {
    if (/^(?:function_declaration|function_definition)$/.test(a.type)) fn = a;
    else if (a.type === 'variable_declarator') fn = a.childForFieldName('value') ?? undefined;
    if (fn) break;
  }
  if (!fn || !/^(?:function_declaration|function_definition|arrow_function|function_expression)$/.test(fn.type)) return;
  const param = fn.childForFieldName('parameters')?.namedChildren.filter((c) => c && c.type !== 'comment')[pos];
  if (!param) return;
  const pname = param.type === 'identifier' ? param.text : (param.childForFieldName('pattern') ?? param.childForFieldName('name') ?? param.namedChild(0))?.text;
  const body = fn.childForFieldName('body');
  if (!pname || !/^[A-Za-z_$][\w$]*$/.test(pname) || !body) return;
  const text = body.text;
  for (let i = text.indexOf(pname), k = 0; i >= 0 && k < 100; i = text.indexOf(pname, i + pname.length), k++) {
    const u = body.namedDescendantForIndex(body.startIndex + i);
    if (!u || u.type !== 'identifier' || u.text !== pname || u.startIndex !== body.startIndex + i) continue;
    const f = errorForm(u, ctx.lang);
    if (!f || ((f.form === 'message' || f.form === 'raw') && knownClassGuard(ctx, ctx, u, fn, pname))) continue;
    const r = reachesClient(f.expr, fn);
    if (r) report(f.expr, f.form, r.sink);
  }
}

function enclosingFunction(n: Node): Node | undefined {
  for (const a of upFrom(n, 40)) {
    if (/^(?:function_declaration|function_expression|arrow_function|method_definition|function_definition|generator_function_declaration|function)$/.test(a.type)) return a;
  }
  return undefined;
}

export const errorDetailLeak: CheckRule = {
  meta: {
    id: ID,
    title: 'A tool result or error sent to the client carries a stack trace, raw error or the environment',
    severity: 'warning',
    cwe: [209],
    languages: ['ts', 'py'],
    docs: 'docs/rules/error-detail-leak.md',
  },
  check,
};
