// bind-all-interfaces: the server listens on loopback instead of every interface.
//   app.listen(PORT)                         → app.listen(PORT, '127.0.0.1')
//   app.listen(PORT, () => …)                → app.listen(PORT, '127.0.0.1', () => …)
//   server.listen({ port: PORT })            → server.listen({ port: PORT, host: '127.0.0.1' })
//   serve({ fetch, port })                   → serve({ fetch, port, hostname: '127.0.0.1' })   (@hono/node-server)
//   "0.0.0.0" / "::" as the host, the value of the constant it comes from, or the default of an
//   environment read (process.env.HOST ?? '0.0.0.0', os.getenv("HOST", "0.0.0.0"))  → "127.0.0.1"
//   "--host 0.0.0.0" in a command line string or argument list   → "--host 127.0.0.1"
// Never preferred: a server meant to be reached from other machines, or from outside its
// container, stops answering them.
import type { Node } from 'web-tree-sitter';
import { hostValue, isAllInterfaces, unwrap } from '../checks/transport/util';
import type { Fix, FixContext, TextEdit } from './types';
import { appendListItems, checkContextOf, insertAt, jsQuote, named, nodeEnd, posOf, replaceNode, valueOf } from './util';

const LOOPBACK = '127.0.0.1';
const TITLE = `Listen on ${LOOPBACK} only (loopback)`;

export function bindFixes(fc: FixContext): Fix | undefined {
  const n = fc.node;
  const edits = cliString(fc, n) ?? noHost(fc, n) ?? literalHost(fc, n);
  return edits ? { title: TITLE, preferred: false, edits } : undefined;
}

/** The literal the host evaluates to (here, in a constant, or as an environment default) → loopback. */
function literalHost(fc: FixContext, n: Node): TextEdit[] | undefined {
  let expr: Node | null;
  if (n.type === 'pair' || n.type === 'keyword_argument') expr = valueOf(n);
  else if (n.type === 'assignment') expr = n.childForFieldName('right');
  else if (n.type === 'shorthand_property_identifier') expr = n;
  else expr = n;
  const v = hostValue(checkContextOf(fc), expr);
  if (v.kind !== 'literal' || !isAllInterfaces(v.value)) return undefined;
  const lit = v.from;
  const q = lit.text[lit.text.length - 1];
  if (q !== '"' && q !== "'" && q !== '`') return undefined;
  return [replaceNode(lit, q + LOOPBACK + q)];
}

/** `x.listen(port[, callback])` / `x.listen({ port })` / `serve({ fetch, port })` without a host: add one. */
function noHost(fc: FixContext, n: Node): TextEdit[] | undefined {
  const call = n.parent;
  if (!call || call.type !== 'call_expression' || call.childForFieldName('function')?.id !== n.id) return undefined;
  const args = named(call.childForFieldName('arguments'));
  if (args.length === 0 || args.some((a) => a.type === 'spread_element')) return undefined;
  const q = jsQuote(fc);
  const name = n.type === 'member_expression' ? n.childForFieldName('property')?.text : n.text;
  const first = unwrap(args[0]);
  if (!first) return undefined;
  if (name === 'serve') {
    if (first.type !== 'object') return undefined;
    return [appendListItems(fc, first, [`hostname: ${q}${LOOPBACK}${q}`])];
  }
  if (name !== 'listen') return undefined;
  if (first.type === 'object') return [appendListItems(fc, first, [`host: ${q}${LOOPBACK}${q}`])];
  // listen(port) / listen(port, callback): the host goes second (Node's listen(port, host, callback)).
  return [insertAt(nodeEnd(args[0]), `, ${q}${LOOPBACK}${q}`)];
}

/** The rule's command line pattern: `--host 0.0.0.0`, `--host=::`, `"--host", "0.0.0.0"`. */
const CLI_HOST = /--host(?:=|\s+|["'`]\s*,\s*["'`])(?:0\.0\.0\.0|::)(?![\w.:])/g;

function cliString(fc: FixContext, n: Node): TextEdit[] | undefined {
  const str = n.type === 'string_fragment' || n.type === 'string_content' ? n.parent : n;
  if (!str || (str.type !== 'string' && str.type !== 'template_string') || !str.text.includes('--host')) return undefined;
  CLI_HOST.lastIndex = str.startIndex;
  const m = CLI_HOST.exec(fc.text);
  CLI_HOST.lastIndex = 0;
  if (!m || m.index >= str.endIndex) return undefined;
  const addr = m[0].endsWith('::') ? '::' : '0.0.0.0';
  const end = m.index + m[0].length;
  const start = end - addr.length;
  return [{ range: { start: posOf(fc.text, start), end: posOf(fc.text, end) }, newText: LOOPBACK }];
}
