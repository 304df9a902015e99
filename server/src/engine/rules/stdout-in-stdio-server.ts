import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { step } from '../context';
import { fromProject, projectCallsIn, resolveCallee, resolveRef, type Callee } from '../checks/text/project';
import { callArgs, callAt, callPrefix, handlerSpans, matchAll, nodeAt, offsetOf, upFrom } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'stdout-in-stdio-server';
// console.trace, console.warn and console.error write to stderr.
const TS_STDOUT = /\bconsole\.(?:log|info|debug|dir|table|group|count|timeLog|timeEnd)\s*\(|\bprocess\.stdout\.write\s*\(/g;
/** console.log passed on or aliased: `.then(console.log)`, `const log = console.log`. */
const TS_STDOUT_REF = /\bconsole\.(?:log|info|debug)\b(?!\s*\(|\.(?:bind|call|apply)\b)|\bconsole\.(?:log|info|debug)\.bind\s*\(/g;
/** Python: anything handed sys.stdout as its stream (`json.dump(x, sys.stdout)`, `traceback.print_exc(file=sys.stdout)`), pprint(). */
const PY_STDOUT_ARG = /\bsys\.stdout\b(?!\.)|\bpprint\s*\(/g;
const PY_STDOUT = /\bprint\s*\(|\bsys\.stdout\.write(?:lines)?\s*\(|\bStreamHandler\s*\(\s*(?:stream\s*=\s*)?sys\.stdout\b|\bstream\s*=\s*sys\.stdout\b/g;

function check(ctx: CheckContext): void {
  if (!ctx.usesStdio) return;
  const use = ctx.lang === 'ts' ? 'console.error (stderr)' : 'print(..., file=sys.stderr) or logging (stderr by default)';
  const tail = `, but this server speaks JSON-RPC over stdio: stdout carries the protocol, so any other output corrupts the stream and the client fails to parse messages or drops the connection. Use ${use}.`;
  scan(ctx, 0, ctx.text.length, (at, what) => ctx.report({ ruleId: ID, message: what + tail, at }));
  // The code of this server that lives in other modules: tool functions registered from there, and
  // functions or methods of project modules that a handler calls. Their output goes to this
  // server's stdout; reported where this file registers or calls them.
  const done = new Set<string>();
  const scanned = new Set<string>();
  const outside = (callee: Callee, where: Node | { start: { line: number; character: number }; end: { line: number; character: number } }, definition: string | undefined, role: string) => {
    // Each function once: its writes are reported at the first registration or call that runs it.
    const key = `${callee.view.file}:${callee.fn.startIndex}`;
    if (scanned.has(key)) return;
    scanned.add(key);
    const file = callee.view.file.replace(/^.*[\\/]/, '');
    scan(callee.view, callee.fn.startIndex, callee.fn.endIndex, (at, what) => {
      const key = `${callee.view.file}:${at.startIndex}`;
      if (done.has(key)) return;
      done.add(key);
      ctx.report({ ruleId: ID, message: `${what} in ${file} (${role} \`${callee.name}\`, run by this server)${tail}`, at: where, flow: [step(callee.view.file, at, what)], definition });
    });
  };
  let budget = 40;
  for (const def of ctx.definitions) {
    if (budget <= 0) break;
    const fn = registeredElsewhere(ctx, def.name, offsetOf(ctx, def.range.start), offsetOf(ctx, def.range.end));
    if (fn) {
      budget--;
      outside(fn, def.nameRange, def.name, 'the function of tool');
    }
  }
  for (const s of handlerSpans(ctx)) {
    if (s.helper || budget <= 0) continue;
    for (const call of projectCallsIn(ctx, s.start, s.end, 20)) {
      const callee = resolveCallee(ctx, ctx, call);
      if (!callee || callee.view === ctx || --budget <= 0) continue;
      outside(callee, call, s.def?.name, 'called as');
    }
  }
}

/**
 * The function of another module that a registration in text[start, end) runs: TypeScript
 * `server.tool("x", shape, handleX)` / `registerTool("x", cfg, tools.handleX)` with the handler
 * imported; Python `mcp.add_tool(tasks.disk_report)` or a loop over such references, found by the
 * tool's name (FastMCP names a tool after its function).
 */
function registeredElsewhere(ctx: CheckContext, name: string, start: number, end: number): Callee | undefined {
  if (ctx.lang === 'ts') {
    // The last argument, by text first: `handleX)` / `tools.handleX)` with the name imported.
    let i = end - 1;
    const skip = () => {
      while (i > start && /\s/.test(ctx.text[i])) i--;
    };
    skip();
    if (ctx.text[i] === ')') i--;
    skip();
    if (ctx.text[i] === ',') i--;
    skip();
    let head = nameBefore(ctx.text, i + 1);
    if (head && ctx.text[i + 1 - head.length - 1] === '.') head = nameBefore(ctx.text, i - head.length);
    if (!head || !fromProject(ctx, head)) return undefined;
    let call: Node | null = nodeAt(ctx, start);
    for (let i = 0; call && i < 4 && call.type !== 'call_expression'; i++) call = call.parent;
    const args = call?.type === 'call_expression' ? callArgs(call) : [];
    const last = args[args.length - 1];
    if (!last || (last.type !== 'identifier' && last.type !== 'member_expression')) return undefined;
    const c = resolveRef(ctx, ctx, last);
    return c && c.view !== ctx ? c : undefined;
  }
  // A decorated function or a function of this file: its body is in this file.
  const d = ctx.text.indexOf('def ', start);
  if ((d >= 0 && d < end) || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
  const text = ctx.text;
  for (let i = text.indexOf(name), k = 0; i >= 0 && k < 20; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w]/.test(text[i - 1] ?? '') || /\w/.test(text[i + name.length] ?? '')) continue;
    // `tasks.disk_report` with `import tasks`, or `disk_report` imported by name.
    const recv = text[i - 1] === '.' ? nameBefore(text, i - 1) : name;
    if (!recv || !fromProject(ctx, recv)) continue;
    const n = nodeAt(ctx, i);
    const ref = n?.parent?.type === 'attribute' && n.parent.childForFieldName('attribute')?.equals(n) ? n.parent : n;
    if (!ref || (ref.type !== 'identifier' && ref.type !== 'attribute')) continue;
    const c = resolveRef(ctx, ctx, ref);
    if (c) return c.view !== ctx ? c : undefined;
  }
  return undefined;
}

/** The identifier that ends just before offset `end` (white space before `end` skipped), or ''. */
function nameBefore(text: string, end: number): string {
  let e = end;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  let b = e;
  while (b > 0 && b > e - 80 && /[\w$]/.test(text[b - 1])) b--;
  return /^[A-Za-z_$]/.test(text.slice(b, e)) ? text.slice(b, e) : '';
}

/** `process.exit(0)`, `sys.exit(1)`, `exit()`, `os._exit(2)`, `raise SystemExit` with no call in the arguments. */
const EXIT_CALL = /^(?:process\.exit|sys\.exit|os\._exit|exit|quit)\s*\([\w."' -]*\)$/;
const RAISE_EXIT = /^raise\s+SystemExit\b[^(]*(?:\([\w."' -]*\))?$/;

/**
 * Whether the write at `at` is command-line output of a run that ends before the protocol starts:
 * a statement of an `if` branch (`--version`, `--check`) followed in that branch by an exit
 * (`process.exit(0)`, `sys.exit(0)`, `raise SystemExit`). Nothing reads stdout as JSON-RPC then.
 */
function exitsBeforeServing(at: Node): boolean {
  let stmt: Node | null = at;
  for (let i = 0; stmt && i < 6 && stmt.type !== 'expression_statement'; i++) stmt = stmt.parent;
  const block = stmt?.parent;
  if (!stmt || stmt.type !== 'expression_statement' || !block || (block.type !== 'statement_block' && block.type !== 'block')) return false;
  const owner = block.parent?.type === 'else_clause' ? block.parent.parent : block.parent;
  if (owner?.type !== 'if_statement') return false;
  for (let s = stmt.nextNamedSibling; s; s = s.nextNamedSibling) {
    const t = s.text.replace(/;$/, '');
    if (s.type === 'raise_statement' ? RAISE_EXIT.test(t) : s.type === 'expression_statement' && EXIT_CALL.test(t)) return true;
  }
  return false;
}

/** Writes to stdout in text[from, to) of a view: `emit(at, what)` for each (once per node). */
function scan(ctx: CheckContext, from: number, to: number, emit: (at: Node, what: string) => void): void {
  const done = new Set<number>();
  const text = from === 0 && to === ctx.text.length ? ctx.text : ctx.text.slice(from, to);
  for (const mm of matchAll(ctx, ctx.lang === 'ts' ? TS_STDOUT_REF : PY_STDOUT_ARG, text)) {
    const m = { index: from + mm.index, 0: mm[0] };
    const n = nodeAt(ctx, m.index);
    if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') continue;
    let at: Node | undefined;
    let what = '';
    if (ctx.lang === 'ts') {
      at = [...upFrom(n, 2)].find((a) => a.type === 'member_expression' && /^console\.(?:log|info|debug)$/.test(a.text));
      what = `\`${at?.text}\` is passed on as a function and writes to stdout`;
    } else if (m[0].startsWith('pprint')) {
      const call = [...upFrom(n, 3)].find((a) => a.type === 'call');
      if (!call || callArgs(call).some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'stream')) continue;
      at = call.childForFieldName('function') ?? undefined;
      what = '`pprint` writes to stdout';
    } else {
      // sys.stdout as an argument (not print's file=, handled below, nor logging's stream=, nor a receiver).
      const attr = [...upFrom(n, 2)].find((a) => a.type === 'attribute' && a.text === 'sys.stdout');
      const p = attr?.parent;
      if (!attr || !p) continue;
      const kw = p.type === 'keyword_argument' ? p.childForFieldName('name')?.text : undefined;
      if (p.type !== 'argument_list' && !(p.type === 'keyword_argument' && kw !== 'stream')) continue;
      const call = p.type === 'argument_list' ? p.parent : p.parent?.parent;
      const fn = call?.childForFieldName('function')?.text ?? '';
      if (/^(?:print|(?:logging\.)?StreamHandler)$/.test(fn)) continue;
      at = attr;
      what = `\`${fn}\` is given sys.stdout to write to`;
    }
    if (!at || done.has(at.startIndex)) continue;
    done.add(at.startIndex);
    emit(at, what);
  }
  for (const mm of matchAll(ctx, ctx.lang === 'ts' ? TS_STDOUT : PY_STDOUT, text)) {
    const m = { index: from + mm.index, 0: mm[0] };
    let at: Node | undefined;
    let what: string;
    if (/^(?:StreamHandler|stream)/.test(m[0])) {
      // Logging configured to stdout: StreamHandler(sys.stdout), basicConfig(stream=sys.stdout).
      const off = m.index + m[0].lastIndexOf('sys.stdout');
      const n = nodeAt(ctx, off);
      at = n ? [...upFrom(n, 2)].find((a) => a.type === 'attribute' && a.text === 'sys.stdout') : undefined;
      what = 'Logging is configured to write to stdout';
    } else {
      const fnEnd = m.index + callPrefix(m[0]).length;
      const call = callAt(ctx, m.index, fnEnd);
      if (!call) continue;
      if (m[0].startsWith('print')) {
        if (ctx.text[m.index - 1] === '.') continue;
        const file = callArgs(call).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'file');
        if (file && file.childForFieldName('value')?.text !== 'sys.stdout') continue;
      }
      at = call.childForFieldName('function') ?? undefined;
      what = `\`${at?.text}\` writes to stdout`;
    }
    if (!at || done.has(at.startIndex)) continue;
    done.add(at.startIndex);
    if (exitsBeforeServing(at)) continue;
    emit(at, what);
  }
}

export const stdoutInStdioServer: CheckRule = {
  meta: {
    id: ID,
    title: 'A stdio MCP server writes to stdout, corrupting the protocol stream',
    severity: 'error',
    // Not a vulnerability but a broken protocol contract: CWE-710 (coding-standard violation), so SARIF consumers still get a CWE tag.
    cwe: [710],
    languages: ['ts', 'py'],
    docs: 'docs/rules/stdout-in-stdio-server.md',
  },
  check,
};
