import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { callArgs, callPrefix, matchAll, nodeAt, upFrom } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'stdout-in-stdio-server';
// console.trace, console.warn and console.error write to stderr.
const TS_STDOUT = /\bconsole\.(?:log|info|debug|dir|table|group|count|timeLog|timeEnd)\s*\(|\bprocess\.stdout\.write\s*\(/g;
/** console.log passed on or aliased: `.then(console.log)`, `const log = console.log`. */
const TS_STDOUT_REF = /\bconsole\.(?:log|info|debug)\b(?!\s*\(|\.(?:bind|call|apply)\b)|\bconsole\.(?:log|info|debug)\.bind\s*\(/g;
/** Python: anything handed sys.stdout as its stream (`json.dump(x, sys.stdout)`, `traceback.print_exc(file=sys.stdout)`), pprint(). */
const PY_STDOUT_ARG = /\bsys\.stdout\b(?!\.)|\bpprint\s*\(/g;
const PY_STDOUT = /\bprint\s*\(|\bsys\.stdout\.write(?:lines)?\s*\(|\bStreamHandler\s*\(\s*(?:stream\s*=\s*)?sys\.stdout\b|\bstream\s*=\s*sys\.stdout\b/g;

function callAt(ctx: CheckContext, index: number, fnEnd: number): Node | undefined {
  for (const a of upFrom(nodeAt(ctx, index), 6)) {
    if ((a.type === 'call_expression' || a.type === 'call') && a.childForFieldName('function')?.endIndex === fnEnd) return a;
  }
  return undefined;
}

function check(ctx: CheckContext): void {
  if (!ctx.usesStdio) return;
  const done = new Set<number>();
  const use = ctx.lang === 'ts' ? 'console.error (stderr)' : 'print(..., file=sys.stderr) or logging (stderr by default)';
  const tail = `, but this server speaks JSON-RPC over stdio: stdout carries the protocol, so any other output corrupts the stream and the client fails to parse messages or drops the connection. Use ${use}.`;
  for (const m of matchAll(ctx, ctx.lang === 'ts' ? TS_STDOUT_REF : PY_STDOUT_ARG)) {
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
    ctx.report({ ruleId: ID, message: what + tail, at });
  }
  for (const m of matchAll(ctx, ctx.lang === 'ts' ? TS_STDOUT : PY_STDOUT)) {
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
    ctx.report({ ruleId: ID, message: what + tail, at });
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
