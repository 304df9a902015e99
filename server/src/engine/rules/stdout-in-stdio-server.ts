import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { callArgs, callPrefix, matchAll, nodeAt, upFrom } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'stdout-in-stdio-server';
// console.trace, console.warn and console.error write to stderr.
const TS_STDOUT = /\bconsole\.(?:log|info|debug|dir|table|group|count|timeLog|timeEnd)\s*\(|\bprocess\.stdout\.write\s*\(/g;
const PY_STDOUT = /(?<![\w.])print\s*\(|\bsys\.stdout\.write(?:lines)?\s*\(|\bStreamHandler\s*\(\s*(?:stream\s*=\s*)?sys\.stdout\b|\bstream\s*=\s*sys\.stdout\b/g;

function callAt(ctx: CheckContext, index: number, fnEnd: number): Node | undefined {
  for (const a of upFrom(nodeAt(ctx, index), 6)) {
    if ((a.type === 'call_expression' || a.type === 'call') && a.childForFieldName('function')?.endIndex === fnEnd) return a;
  }
  return undefined;
}

function check(ctx: CheckContext): void {
  if (!ctx.usesStdio) return;
  const done = new Set<number>();
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
        const file = callArgs(call).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'file');
        if (file && file.childForFieldName('value')?.text !== 'sys.stdout') continue;
      }
      at = call.childForFieldName('function') ?? undefined;
      what = `\`${at?.text}\` writes to stdout`;
    }
    if (!at || done.has(at.startIndex)) continue;
    done.add(at.startIndex);
    const use = ctx.lang === 'ts' ? 'console.error (stderr)' : 'print(..., file=sys.stderr) or logging (stderr by default)';
    ctx.report({
      ruleId: ID,
      message: `${what}, but this server speaks JSON-RPC over stdio: stdout carries the protocol, so any other output corrupts the stream and the client fails to parse messages or drops the connection. Use ${use}.`,
      at,
    });
  }
}

export const stdoutInStdioServer: CheckRule = {
  meta: {
    id: ID,
    title: 'A stdio MCP server writes to stdout, corrupting the protocol stream',
    severity: 'error',
    cwe: [],
    languages: ['ts', 'py'],
    docs: 'docs/rules/stdout-in-stdio-server.md',
  },
  check,
};
