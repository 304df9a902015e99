import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { reachesClient } from '../checks/text/leak';
import { calleeText, callingHandler, declAt, handlerSpans, inHandler, matchAll, nodeAt, upFrom } from '../checks/text/util';
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
function knownClassGuard(use: Node, clause: Node, name: string): boolean {
  for (const a of upFrom(use.parent, 16)) {
    if (a.equals(clause)) break;
    const cond = a.type === 'if_statement' || a.type === 'conditional_expression' || a.type === 'ternary_expression' || a.type === 'conditional' ? a.childForFieldName('condition') : null;
    if (!cond || cond.startIndex <= use.startIndex && use.endIndex <= cond.endIndex) continue;
    const c = cond.text;
    const ts = /\b(\w+)\s+instanceof\s+([\w.]+)/.exec(c);
    if (ts && ts[1] === name && !BUILTIN_ERROR.test(ts[2])) return true;
    const py = /\bisinstance\(\s*(\w+)\s*,\s*([\w.]+)\s*\)/.exec(c);
    if (py && py[1] === name && !BUILTIN_ERROR.test(py[2])) return true;
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

/** Python: `except SomeProjectError as e` (not Exception, OSError... nor a tuple holding one). */
function specificExcept(clause: Node): boolean {
  const types = exceptAs(clause)?.namedChild(0);
  if (!types) return false;
  const names = types.type === 'tuple' || types.type === 'parenthesized_expression' ? types.namedChildren.filter((c): c is Node => !!c) : [types];
  return names.length > 0 && names.every((c) => (c.type === 'identifier' || c.type === 'attribute') && !BUILTIN_ERROR.test(c.text));
}

function check(ctx: CheckContext): void {
  if (!ctx.isMcp) return;
  const done = new Set<number>();
  // One finding per return / throw: `err instanceof Error ? err.message : String(err)` is one leak.
  const sinks = new Set<number>();
  const report = (expr: Node, form: Form, sink: Node, definition?: string) => {
    if (done.has(expr.startIndex) || sinks.has(sink.startIndex)) return;
    done.add(expr.startIndex);
    sinks.add(sink.startIndex);
    ctx.report({ ruleId: ID, message: `${describe(form, expr.text.replace(/\s+/g, ' '))} ${WHY}`, at: expr, definition });
  };

  const bindings = ctx.lang === 'ts' ? TS_CATCH : PY_EXCEPT;
  for (const m of matchAll(ctx, bindings)) {
    const direct = inHandler(ctx, m.index);
    if (!direct && handlerSpans(ctx).length === 0) continue;
    let clause: Node | undefined;
    for (const a of upFrom(nodeAt(ctx, m.index), 4)) {
      if (a.type === 'catch_clause' || a.type === 'except_clause') {
        clause = a;
        break;
      }
    }
    // A promise's .catch((err) => …): the callback's result is what the handler's chain resolves to.
    let callback = false;
    if (!clause && ctx.lang === 'ts') {
      for (const a of upFrom(nodeAt(ctx, m.index + m[0].length - m[1].length), 3)) {
        if (a.type === 'arrow_function' || a.type === 'function_expression') {
          clause = a;
          callback = true;
          break;
        }
      }
    }
    if (!clause) continue;
    // Outside every handler: a same-file helper that a handler calls still answers the client.
    const h = direct ?? callingHandler(ctx, clause);
    if (!h) continue;
    const name = ctx.lang === 'ts' ? m[1] : exceptAs(clause)?.namedChildren.find((c) => c?.type === 'as_pattern_target')?.text;
    if (!name || !/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    const body = ctx.lang === 'ts' ? clause.childForFieldName('body') : clause.namedChildren.find((c) => c?.type === 'block');
    if (!body) continue;
    const specific = ctx.lang === 'py' && specificExcept(clause);
    const scope = callback ? clause : (enclosingFunction(clause) ?? body);
    const text = body.text;
    let i = 0;
    for (let k = 0; k < 200; k++) {
      i = text.indexOf(name, i);
      if (i < 0) break;
      const at = body.startIndex + i;
      i += name.length;
      const use = body.namedDescendantForIndex(at);
      if (!use || use.type !== 'identifier' || use.text !== name || use.startIndex !== at) continue;
      const f = errorForm(use, ctx.lang);
      if (!f) {
        // return errorResult(err): the helper of this file that builds the answer from the error.
        if (!specific) viaHelper(ctx, use, scope, report, h.def?.name);
        continue;
      }
      if ((f.form === 'message' || f.form === 'raw') && (specific || knownClassGuard(use, clause, name))) continue;
      const r = reachesClient(f.expr, scope);
      if (r) report(f.expr, f.form, r.sink, h.def?.name);
    }
  }

  for (const m of matchAll(ctx, ctx.lang === 'ts' ? TS_ENV : PY_ENV)) {
    // process.env.X / os.environ["X"] / os.environ.get("X"): one variable (checked again on the tree below).
    const after = ctx.text[m.index + m[0].length];
    if (!m[0].startsWith('traceback') && (after === '.' || after === '[')) continue;
    const h = inHandler(ctx, m.index);
    const n = nodeAt(ctx, m.index);
    if (!n) continue;
    const hh = h ?? callingHandler(ctx, n);
    if (!hh) continue;
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
    const r = scope ? reachesClient(expr, scope) : undefined;
    if (r) report(expr, form, r.sink, hh.def?.name);
  }
}

/**
 * `return errorResult(err)` / `return format_error(e)`: when the call's result reaches the client
 * and the callee is a function of this file, the error's uses inside it (through the matching
 * parameter) are checked against the callee's own returns.
 */
function viaHelper(ctx: CheckContext, use: Node, scope: Node, report: (expr: Node, form: Form, sink: Node, definition?: string) => void, definition?: string): void {
  const args = use.parent;
  const call = args?.parent;
  if (!args || !call || (args.type !== 'arguments' && args.type !== 'argument_list')) return;
  const fnName = call.childForFieldName('function');
  if (fnName?.type !== 'identifier' || !reachesClient(call, scope)) return;
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
    if (!f || ((f.form === 'message' || f.form === 'raw') && knownClassGuard(u, fn, pname))) continue;
    const r = reachesClient(f.expr, fn);
    if (r) report(f.expr, f.form, r.sink, definition);
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
