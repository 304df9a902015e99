// dns-rebinding-unprotected: the transport validates the Host header against loopback names.
// TypeScript SDK v1 (the transports compare the whole Host header, port included):
//   new StreamableHTTPServerTransport({ … })  → { …, enableDnsRebindingProtection: true, allowedHosts: ['127.0.0.1:3000', 'localhost:3000'] }
//   new SSEServerTransport('/messages', res)  → new SSEServerTransport('/messages', res, { enableDnsRebindingProtection: true, allowedHosts: […] })
//   enableDnsRebindingProtection: false       → true (and the hosts when none are listed)
//   allowedHosts: ['*']                       → the loopback hosts (allowedOrigins: the loopback origins)
// The port is read from the file's listen call (a literal, or a top-level constant used by name:
// `localhost:${PORT}`); without one no fix is offered, since a Host list without the right port
// refuses every request. SDK createMcp*App({ host }) and hostHeaderValidation() compare host
// names without the port: `allowedHosts: ['localhost', '127.0.0.1', '[::1]']`.
// Python SDK (patterns with any port, as FastMCP sets them itself for a loopback host):
//   FastMCP(host="0.0.0.0")                   → FastMCP(host="0.0.0.0", transport_security=TransportSecuritySettings(…))
//   StreamableHTTPSessionManager(…) / SseServerTransport(…)  → security_settings=TransportSecuritySettings(…)
//   enable_dns_rebinding_protection=False     → True (and the hosts and origins when none are listed)
//   allowed_hosts=["*"] / allowed_origins=["*"]  → the loopback patterns
// A wildcard next to real entries is dropped, the real entries kept. Never preferred: clients
// that reach the server under another name (a container or proxy host name) are refused until
// that name is listed.
import type { Node } from 'web-tree-sitter';
import { stringValue } from '../context';
import { calleeOf, declaredValue, isFalse, isTrue, objectProp, objectPropDeep, pairKey, unwrap } from '../checks/transport/util';
import type { Fix, FixContext, TextEdit } from './types';
import {
  appendListItems,
  checkContextOf,
  importBindings,
  insertAfterImports,
  insertAt,
  jsQuote,
  lineIndent,
  named,
  nodeEnd,
  once,
  replaceNode,
  valueOf,
} from './util';

const TITLE = 'Validate the Host header (DNS-rebinding protection for loopback clients)';
const V1_TRANSPORTS = new Set(['StreamableHTTPServerTransport', 'WebStandardStreamableHTTPServerTransport', 'SSEServerTransport']);
const HOST_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const PY_HOSTS = ['127.0.0.1:*', 'localhost:*', '[::1]:*'];
const PY_ORIGINS = ['http://127.0.0.1:*', 'http://localhost:*', 'http://[::1]:*'];
const PY_SETTINGS_MODULE = 'mcp.server.transport_security';
const PY_SETTINGS = 'TransportSecuritySettings';

export function dnsRebindingFixes(fc: FixContext): Fix | undefined {
  const edits = fc.family === 'py' ? pyFix(fc, fc.node) : tsFix(fc, fc.node);
  return edits && edits.length > 0 ? { title: TITLE, preferred: false, edits } : undefined;
}

function lastName(n: Node | null): string {
  const t = n?.text ?? '';
  return t.slice(t.lastIndexOf('.') + 1);
}

function isWildcard(v: string | undefined): boolean {
  return v !== undefined && (v === '*' || v.startsWith('*'));
}

/**
 * `[…]` without its wildcard entries, or with `fallback` in their place when nothing else is
 * listed; undefined when nothing changes or the list holds comments.
 */
function withoutWildcards(fc: FixContext, arr: Node, fallback: string[] | undefined): TextEdit | undefined {
  if (arr.namedChildren.some((c) => c?.type === 'comment')) return undefined;
  const all = named(arr);
  const keep = all.filter((x) => !isWildcard(stringValue(x)));
  if (keep.length === all.length) return undefined;
  const items = keep.length > 0 ? keep.map((x) => x.text) : fallback;
  if (!items) return undefined;
  if (!arr.text.includes('\n')) return replaceNode(arr, `[${items.join(', ')}]`);
  const indent = lineIndent(fc.text, all[0].startPosition.row);
  const close = lineIndent(fc.text, arr.endPosition.row);
  return replaceNode(arr, '[' + items.map((t) => fc.eol + indent + t + ',').join('') + fc.eol + close + ']');
}

// ------------------------------------------------------------------------------- TypeScript

type Port = { lit: string } | { name: string; declEnd: number };

function tsFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  if ((n.type === 'string' || n.type === 'template_string') && n.parent?.type === 'array') return tsWildcard(fc, n.parent);
  if (n.type === 'pair') {
    const key = pairKey(n);
    const obj = n.parent;
    if (obj?.type !== 'object') return undefined;
    if (key === 'enableDnsRebindingProtection') return protectV1Options(fc, obj);
    if (key === 'host') return v2AppHosts(fc, obj);
    return undefined;
  }
  const call = n.parent;
  if (call?.type === 'new_expression' && call.childForFieldName('constructor')?.id === n.id && V1_TRANSPORTS.has(lastName(n))) return v1Transport(fc, call, lastName(n));
  return undefined;
}

/** The Host list for a v1 transport: `['127.0.0.1:3000', 'localhost:3000']`, from the port the file listens on. */
function v1Hosts(fc: FixContext, site: Node, scheme = ''): string[] | undefined {
  const port = listenPort(fc);
  if (!port) return undefined;
  const q = jsQuote(fc);
  const names = scheme ? ['localhost', '127.0.0.1'] : ['127.0.0.1', 'localhost'];
  if ('lit' in port) return names.map((h) => `${q}${scheme}${h}:${port.lit}${q}`);
  // A top-level constant: visible from any function, and from top-level code after it.
  if (port.declEnd > site.startIndex && !insideFunction(site)) return undefined;
  return names.map((h) => '`' + scheme + h + ':${' + port.name + '}`');
}

function isTopLevel(statement: Node): boolean {
  const p = statement.parent?.type === 'export_statement' ? statement.parent.parent : statement.parent;
  return p?.type === 'program';
}

function insideFunction(n: Node): boolean {
  for (let p = n.parent, i = 0; p && i < 40; p = p.parent, i++) {
    if (/^(?:arrow_function|function_expression|function_declaration|function|method_definition|generator_function|generator_function_declaration)$/.test(p.type)) return true;
  }
  return false;
}

/** The one port the file's `.listen(...)` calls use (unix sockets aside); undefined when none or several. */
function listenPort(fc: FixContext): Port | undefined {
  return once(fc, 'dns:listenPort', () => {
    const ctx = checkContextOf(fc);
    let found: Port | undefined;
    let k = 0;
    for (let i = fc.text.indexOf('.listen('); i !== -1 && k < 50; i = fc.text.indexOf('.listen(', i + 1), k++) {
      const prop = fc.root.descendantForIndex(i + 1);
      const member = prop?.parent;
      const call = member?.parent;
      if (prop?.type !== 'property_identifier' || member?.type !== 'member_expression' || call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== member.id) continue;
      let first = unwrap(named(call.childForFieldName('arguments'))[0] ?? null);
      if (first?.type === 'object') first = unwrap(objectProp(first, 'port')?.value ?? null);
      const p = portOf(ctx, first);
      if (p === 'socket') continue;
      if (!p) return undefined;
      if (found && JSON.stringify(found) !== JSON.stringify(p)) return undefined;
      found = p;
    }
    return found;
  });
}

function portOf(ctx: ReturnType<typeof checkContextOf>, n: Node | null): Port | 'socket' | undefined {
  if (!n) return undefined;
  if (n.type === 'number') return /^\d{1,5}$/.test(n.text) ? { lit: n.text } : undefined;
  const s = stringValue(n);
  if (s !== undefined) return /^\d{1,5}$/.test(s) ? { lit: s } : 'socket';
  if (n.type !== 'identifier') return undefined;
  const raw = declaredValue(ctx, n);
  const v = unwrap(raw ?? null);
  if (!raw || !v) return undefined;
  if (v.type === 'number' && /^\d{1,5}$/.test(v.text)) return { lit: v.text };
  const decl = raw.parent?.type === 'variable_declarator' ? raw.parent.parent : null;
  if (!decl || !isTopLevel(decl)) return undefined;
  return { name: n.text, declEnd: decl.endIndex };
}

/** `new StreamableHTTPServerTransport({ … })` / `new SSEServerTransport(path, res[, { … }])` without protection. */
function v1Transport(fc: FixContext, call: Node, name: string): TextEdit[] | undefined {
  const args = named(call.childForFieldName('arguments'));
  if (args.some((a) => a.type === 'spread_element')) return undefined;
  const idx = name === 'SSEServerTransport' ? 2 : 0;
  const opts = args[idx];
  if (!opts) {
    if (idx === 0 || args.length !== idx) return undefined;
    const hosts = v1Hosts(fc, call);
    if (!hosts) return undefined;
    return [insertAt(nodeEnd(args[idx - 1]), `, { enableDnsRebindingProtection: true, allowedHosts: [${hosts.join(', ')}] }`)];
  }
  let obj = unwrap(opts);
  if (obj?.type === 'identifier') obj = unwrap(declaredValue(checkContextOf(fc), obj) ?? null);
  if (obj?.type !== 'object') return undefined;
  return protectV1Options(fc, obj);
}

/** Options of a v1 transport: protection on, and a Host list when neither list holds anything. */
function protectV1Options(fc: FixContext, obj: Node): TextEdit[] | undefined {
  const ctx = checkContextOf(fc);
  const edits: TextEdit[] = [];
  const add: string[] = [];
  const own = objectProp(obj, 'enableDnsRebindingProtection');
  const deep = own ?? objectPropDeep(ctx, obj, 'enableDnsRebindingProtection');
  if (own) {
    const v = unwrap(own.value);
    if (!v || own.pair.type !== 'pair') return undefined;
    if (isFalse(v)) edits.push(replaceNode(v, 'true'));
    else if (!isTrue(v)) return undefined;
  } else if (!deep || !isTrue(deep.value)) {
    // Listed after any spread, so it wins over a value spread in.
    add.push('enableDnsRebindingProtection: true');
  }
  const hosts = objectPropDeep(ctx, obj, 'allowedHosts');
  const origins = objectPropDeep(ctx, obj, 'allowedOrigins');
  for (const p of [hosts, origins]) {
    const arr = unwrap(p?.value ?? null);
    if (arr?.type === 'array' && named(arr).some((x) => isWildcard(stringValue(x)))) return undefined;
  }
  const empty = (p: { value: Node } | null) => !p || (unwrap(p.value)?.type === 'array' && named(unwrap(p.value)).length === 0);
  if (empty(hosts) && empty(origins)) {
    const list = v1Hosts(fc, obj);
    if (!list) return undefined;
    const ownHosts = objectProp(obj, 'allowedHosts');
    const arr = unwrap(ownHosts?.value ?? null);
    if (ownHosts && arr?.type === 'array') edits.push(replaceNode(arr, `[${list.join(', ')}]`));
    else if (ownHosts) return undefined;
    else add.push(`allowedHosts: [${list.join(', ')}]`);
  }
  if (add.length > 0) edits.push(appendListItems(fc, obj, add));
  return edits;
}

/** `createMcpExpressApp({ host: '0.0.0.0' })` → `allowedHosts` with the loopback names (the app's check ignores the port). */
function v2AppHosts(fc: FixContext, obj: Node): TextEdit[] | undefined {
  const call = obj.parent?.type === 'arguments' ? obj.parent.parent : null;
  if (call?.type !== 'call_expression' || !lastName(calleeOf(call)).startsWith('createMcp')) return undefined;
  if (objectProp(obj, 'allowedHosts')) return undefined;
  const q = jsQuote(fc);
  return [appendListItems(fc, obj, [`allowedHosts: [${HOST_NAMES.map((h) => q + h + q).join(', ')}]`])];
}

/** A wildcard in `allowedHosts` / `allowedOrigins` / `hostHeaderValidation([...])`. */
function tsWildcard(fc: FixContext, arr: Node): TextEdit[] | undefined {
  const holder = arr.parent;
  const q = jsQuote(fc);
  if (holder?.type === 'arguments') {
    const call = holder.parent;
    if (call?.type !== 'call_expression' || lastName(calleeOf(call)) !== 'hostHeaderValidation') return undefined;
    const e = withoutWildcards(fc, arr, HOST_NAMES.map((h) => q + h + q));
    return e ? [e] : undefined;
  }
  if (holder?.type !== 'pair') return undefined;
  const key = pairKey(holder);
  const obj = holder.parent;
  const call = obj?.type === 'object' && obj.parent?.type === 'arguments' ? obj.parent.parent : null;
  if (!obj || !call) return undefined;
  const name = lastName(calleeOf(call));
  if (call.type === 'call_expression' && name.startsWith('createMcp') && key === 'allowedHosts') {
    const e = withoutWildcards(fc, arr, HOST_NAMES.map((h) => q + h + q));
    return e ? [e] : undefined;
  }
  if (call.type !== 'new_expression' || !V1_TRANSPORTS.has(name)) return undefined;
  // The rule reports the hosts first and the origins only when the hosts are clean: fix both.
  const edits: TextEdit[] = [];
  for (const [k, scheme] of [['allowedHosts', ''], ['allowedOrigins', 'http://']] as const) {
    const p = objectProp(obj, k);
    const list = unwrap(p?.value ?? null);
    if (!p || list?.type !== 'array') continue;
    if (!named(list).some((x) => isWildcard(stringValue(x)))) continue;
    const e = withoutWildcards(fc, list, v1Hosts(fc, call, scheme));
    if (!e) return undefined;
    edits.push(e);
  }
  return edits.length > 0 ? edits : undefined;
}

// ------------------------------------------------------------------------------- Python

function pyQuote(call: Node | null): string {
  const s = call ? named(call.childForFieldName('arguments')).map((a) => (a.type === 'keyword_argument' ? a.childForFieldName('value') : a)).find((a) => a?.type === 'string') : undefined;
  const q = s?.text[s.text.length - 1];
  return q === "'" ? "'" : '"';
}

function pyList(items: string[], q: string): string {
  return `[${items.map((s) => q + s + q).join(', ')}]`;
}

/** `TransportSecuritySettings` is bound in the file (imported under that name); else the import to add. */
function settingsImport(fc: FixContext): TextEdit[] {
  if (importBindings(fc).some((b) => b.local === PY_SETTINGS)) return [];
  return [insertAfterImports(fc, `from ${PY_SETTINGS_MODULE} import ${PY_SETTINGS}`)];
}

function pySettings(q: string): string {
  return `${PY_SETTINGS}(enable_dns_rebinding_protection=True, allowed_hosts=${pyList(PY_HOSTS, q)}, allowed_origins=${pyList(PY_ORIGINS, q)})`;
}

function pyFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  if (n.type === 'string' && n.parent?.type === 'list') return pyWildcard(fc, n.parent);
  if (n.type === 'keyword_argument') {
    const name = n.childForFieldName('name')?.text;
    const call = n.parent?.parent;
    if (call?.type !== 'call') return undefined;
    if (name === 'enable_dns_rebinding_protection') return pySwitchOn(fc, n, call);
    if (name === 'host' && lastName(calleeOf(call)) === 'FastMCP') {
      if (kwargOf(call, 'transport_security')) return undefined;
      return [...settingsImport(fc), appendListItems(fc, call.childForFieldName('arguments')!, [`transport_security=${pySettings(pyQuote(call))}`])];
    }
    return undefined;
  }
  // StreamableHTTPSessionManager(...) / SseServerTransport(...) reported at the callee.
  const call = n.parent;
  if (call?.type !== 'call' || call.childForFieldName('function')?.id !== n.id) return undefined;
  const name = lastName(n);
  if (name !== 'StreamableHTTPSessionManager' && name !== 'SseServerTransport') return undefined;
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'argument_list' || kwargOf(call, 'security_settings')) return undefined;
  if (named(args).some((a) => a.type === 'dictionary_splat')) return undefined;
  return [...settingsImport(fc), appendListItems(fc, args, [`security_settings=${pySettings(pyQuote(call))}`])];
}

function kwargOf(call: Node, name: string): Node | undefined {
  return named(call.childForFieldName('arguments')).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
}

/** `TransportSecuritySettings(enable_dns_rebinding_protection=False)` → True, with loopback lists when none are given. */
function pySwitchOn(fc: FixContext, kw: Node, call: Node): TextEdit[] | undefined {
  const v = valueOf(kw);
  if (!v || !isFalse(v)) return undefined;
  const edits: TextEdit[] = [replaceNode(v, 'True')];
  const q = pyQuote(call);
  const add: string[] = [];
  const hosts = kwargOf(call, 'allowed_hosts');
  const origins = kwargOf(call, 'allowed_origins');
  for (const [kwNode, key, items] of [[hosts, 'allowed_hosts', PY_HOSTS], [origins, 'allowed_origins', PY_ORIGINS]] as const) {
    const list = valueOf(kwNode);
    if (!kwNode) add.push(`${key}=${pyList(items, q)}`);
    else if (list?.type === 'list' && named(list).length === 0) edits.push(replaceNode(list, pyList(items, q)));
    else if (list?.type === 'list' && named(list).some((x) => isWildcard(stringValue(x)))) {
      const e = withoutWildcards(fc, list, items.map((s) => q + s + q));
      if (!e) return undefined;
      edits.push(e);
    }
  }
  if (add.length > 0) edits.push(appendListItems(fc, call.childForFieldName('arguments')!, add));
  return edits;
}

/** `allowed_hosts=["*"]` / `allowed_origins=["*"]` of TransportSecuritySettings. */
function pyWildcard(fc: FixContext, list: Node): TextEdit[] | undefined {
  const kw = list.parent;
  const call = kw?.type === 'keyword_argument' ? kw.parent?.parent : null;
  if (!kw || call?.type !== 'call' || lastName(calleeOf(call)) !== PY_SETTINGS) return undefined;
  const q = pyQuote(call);
  const edits: TextEdit[] = [];
  for (const [key, items] of [['allowed_hosts', PY_HOSTS], ['allowed_origins', PY_ORIGINS]] as const) {
    const l = valueOf(kwargOf(call, key));
    if (l?.type !== 'list' || !named(l).some((x) => isWildcard(stringValue(x)))) continue;
    const e = withoutWildcards(fc, l, items.map((s) => q + s + q));
    if (!e) return undefined;
    edits.push(e);
  }
  return edits.length > 0 ? edits : undefined;
}
