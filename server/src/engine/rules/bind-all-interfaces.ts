import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { serverFacts } from '../checks/transport/server-facts';
import { callAtCallee, calleeOf, eachMatch, has, hostValue, isAllInterfaces, isFunction, kwarg, nodeAt, objectProp, positional, unwrap } from '../checks/transport/util';
import { step, stringValue } from '../context';

const ID = 'bind-all-interfaces';
const WHY = 'every machine on the same network (café Wi-Fi, office LAN, a container network) can reach the MCP server and call its tools';

export const bindAllInterfaces: CheckRule = {
  meta: {
    id: ID,
    title: 'MCP HTTP server listens on all network interfaces',
    severity: 'warning',
    cwe: [1327],
    languages: ['ts', 'py'],
    docs: 'docs/rules/bind-all-interfaces.md',
  },
  check(ctx) {
    if (!ctx.isMcp) return;
    const http = serverFacts(ctx).sites.length > 0;
    if (ctx.lang === 'ts') checkTs(ctx, http);
    else checkPy(ctx, http);
    checkCliStrings(ctx);
  },
};

function reportHost(ctx: CheckContext, expr: Node | null, at: Node, where: string): void {
  const v = hostValue(ctx, expr);
  if (v.kind !== 'literal' || !isAllInterfaces(v.value)) return;
  const fromDefault = unwrap(expr) !== v.from && v.from.startIndex > (unwrap(expr)?.startIndex ?? 0) && v.from.endIndex <= (unwrap(expr)?.endIndex ?? 0);
  ctx.report({
    ruleId: ID,
    message: `${where} binds \`${v.value}\`${fromDefault ? ' (the default when the variable is unset)' : ''}: ${WHY}. Bind 127.0.0.1 for a local server; expose a remote one only behind authentication and TLS.`,
    at,
    // A host declared elsewhere in the file: show where the address comes from.
    flow: v.from.startIndex < at.startIndex || v.from.endIndex > at.endIndex ? [step(ctx.file, v.from, `the address \`${v.value}\``), step(ctx.file, at, 'used as the listening host')] : undefined,
  });
}

function checkTs(ctx: CheckContext, http: boolean): void {
  if (!http) return;
  if (has(ctx.text, 'listen')) eachMatch(ctx.text, /\.listen\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i + 1);
    if (!call || call.type !== 'call_expression') return;
    const args = positional(call);
    if (args.length === 0) return;
    const first = unwrap(args[0]);
    if (!first) return;
    if (first.type === 'object') {
      if (objectProp(first, 'path')) return;
      const host = objectProp(first, 'host');
      if (host) return reportHost(ctx, host.value, host.pair, `\`${calleeOf(call)?.text}\``);
      return reportNoHost(ctx, call);
    }
    const s = stringValue(first);
    if (s !== undefined && !/^\d+$/.test(s)) return; // a unix socket / pipe path
    const second = unwrap(args[1] ?? null);
    if (!second || isFunction(second)) return reportNoHost(ctx, call);
    reportHost(ctx, second, second, `\`${calleeOf(call)?.text}\``);
  });
  // fastmcp: start({ transportType: "httpStream", httpStream: { port, host } })
  if (has(ctx.text, 'httpStream')) eachMatch(ctx.text, /\bhttpStream\s*:\s*\{/g, (i) => {
    const n = nodeAt(ctx, i);
    const pair = n?.parent?.type === 'pair' ? n.parent : null;
    const obj = unwrap(pair?.childForFieldName('value') ?? null);
    const host = objectProp(obj, 'host');
    if (host) reportHost(ctx, host.value, host.pair, 'fastmcp `httpStream`');
  });
  // @hono/node-server: serve({ fetch, port }) listens on every interface unless `hostname` is set.
  if (ctx.text.includes('@hono/node-server')) {
    eachMatch(ctx.text, /\bserve\s*\(\s*\{/g, (i) => {
      const call = callAtCallee(ctx, i);
      const obj = call ? unwrap(positional(call)[0] ?? null) : null;
      if (!call || !objectProp(obj, 'fetch')) return;
      const host = objectProp(obj, 'hostname');
      if (host) reportHost(ctx, host.value, host.pair, '`serve`');
      else ctx.report({ ruleId: ID, message: `\`serve({ fetch, port })\` without \`hostname\` listens on every interface: ${WHY}. Pass \`hostname: '127.0.0.1'\`.`, at: calleeOf(call) ?? call });
    });
  }
}

function reportNoHost(ctx: CheckContext, call: Node): void {
  ctx.report({
    ruleId: ID,
    message: `\`${calleeOf(call)?.text}(…)\` without a host: Node listens on every interface (\`::\` / \`0.0.0.0\`), so ${WHY}. Pass \`'127.0.0.1'\` as the host for a local server.`,
    at: calleeOf(call) ?? call,
  });
}

const PY_SERVER_CALLS = new Set(['FastMCP', 'run', 'run_async', 'Config', 'run_app', 'serve', 'run_streamable_http_async', 'run_sse_async', 'run_http_async', 'http_app', 'streamable_http_app', 'sse_app']);

function checkPy(ctx: CheckContext, http: boolean): void {
  if (has(ctx.text, 'host')) eachMatch(ctx.text, /\bhost\s*=/g, (i) => {
    const id = nodeAt(ctx, i);
    const kw = id?.parent;
    if (!kw || kw.type !== 'keyword_argument' || kw.childForFieldName('name')?.startIndex !== id!.startIndex) return;
    const call = kw.parent?.parent;
    if (!call || call.type !== 'call') return;
    const callee = calleeOf(call)?.text ?? '';
    const name = callee.replace(/^.*\./, '');
    if (!PY_SERVER_CALLS.has(name)) return;
    const direct = /^(?:uvicorn|hypercorn|web|aiohttp\.web)\./.test(callee);
    if (!direct && !http) return;
    reportHost(ctx, kw.childForFieldName('value'), kw, `\`${callee}(host=…)\``);
  });
  if (http && has(ctx.text, '.host')) {
    // mcp.settings.host = "0.0.0.0"
    eachMatch(ctx.text, /\.host\s*=[^=]/g, (i) => {
      const n = nodeAt(ctx, i + 1);
      const attr = n?.parent;
      const asg = attr?.parent;
      if (!attr || attr.type !== 'attribute' || asg?.type !== 'assignment' || asg.childForFieldName('left')?.startIndex !== attr.startIndex) return;
      reportHost(ctx, asg.childForFieldName('right'), asg, `\`${attr.text} = …\``);
    });
  }
  // argparse: add_argument("--host", default="0.0.0.0")
  if (has(ctx.text, '--host')) eachMatch(ctx.text, /\badd_argument\s*\(\s*["']--host["']/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call) return;
    const d = kwarg(call, 'default');
    const kw = d?.parent;
    if (d && kw) reportHost(ctx, d, kw, 'The `--host` option default');
  });
}

/** `--host 0.0.0.0` in a command line string, or `"--host", "0.0.0.0"` in an argument list. */
function checkCliStrings(ctx: CheckContext): void {
  if (has(ctx.text, '--host')) eachMatch(ctx.text, /--host(?:=|\s+|["'`]\s*,\s*["'`])(?:0\.0\.0\.0|::)(?![\w.:])/g, (i, m) => {
    const n = nodeAt(ctx, i);
    if (!n || n.type === 'comment') return;
    if (n.type !== 'string_fragment' && n.type !== 'string_content' && n.type !== 'string' && n.type !== 'template_string') return;
    const v = m[0].includes('0.0.0.0') ? '0.0.0.0' : '::';
    ctx.report({ ruleId: ID, message: `Command line \`--host ${v}\`: the server it starts listens on every interface, so ${WHY}. Use \`--host 127.0.0.1\`.`, at: n });
  });
}
