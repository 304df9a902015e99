// tls-verification-disabled: the setting that turns certificate checks off goes, so the default
// (verification on) applies again.
//   new https.Agent({ rejectUnauthorized: false })       → new https.Agent()
//   { ca, rejectUnauthorized: false, … }                 → { ca, … }        (also strictSSL: false,
//                                                          checkServerIdentity: () => undefined,
//                                                          NODE_TLS_REJECT_UNAUTHORIZED: '0' in an env object)
//   process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';      → (statement removed; also x.rejectUnauthorized = false;)
//   requests.get(url, verify=False) / TCPConnector(ssl=False)  → the argument removed
//   session.verify = False / ctx.check_hostname = False  → = True
//   ssl.CERT_NONE (assigned or passed)                   → ssl.CERT_REQUIRED
//   ssl._create_unverified_context(…)                    → ssl.create_default_context(…)   (also the
//                                                          ssl._create_default_https_context = … patch)
// Never preferred: a server that talks to a host with a self-signed or private-CA certificate
// fails until that CA is configured.
import type { Node } from 'web-tree-sitter';
import { isFalse, pairKey } from '../checks/transport/util';
import type { Fix, FixContext, TextEdit } from './types';
import { named, removeListItem, removeStatement, replaceNode, valueOf } from './util';

const TITLE = 'Keep TLS certificate verification on (remove the override)';
const JS_KEYS = new Set(['rejectUnauthorized', 'strictSSL', 'checkServerIdentity', 'NODE_TLS_REJECT_UNAUTHORIZED']);
/** create_default_context() takes these of _create_unverified_context()'s arguments. */
const DEFAULT_CONTEXT_ARGS = new Set(['purpose', 'cafile', 'capath', 'cadata']);

export function tlsFixes(fc: FixContext): Fix | undefined {
  const edits = fc.family === 'py' ? pyFix(fc, fc.node) : tsFix(fc, fc.node);
  return edits && edits.length > 0 ? { title: TITLE, preferred: false, edits } : undefined;
}

function tsFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  if (n.type === 'pair') {
    const key = pairKey(n);
    const obj = n.parent;
    if (!key || !JS_KEYS.has(key) || obj?.type !== 'object') return undefined;
    const items = named(obj);
    if (items.length === 1 && obj.namedChildren.length === 1) {
      // The only property: drop the last argument it was (`new https.Agent()`), else leave `{}`.
      const args = obj.parent?.type === 'arguments' ? named(obj.parent) : undefined;
      if (args && args[args.length - 1]?.id === obj.id) return [removeListItem(fc, args, args.length - 1)];
      return [replaceNode(obj, '{}')];
    }
    return [removeListItem(fc, items, items.findIndex((p) => p.id === n.id))];
  }
  if (n.type === 'assignment_expression') {
    const st = n.parent;
    if (st?.type !== 'expression_statement' || (st.parent?.type !== 'statement_block' && st.parent?.type !== 'program')) return undefined;
    const e = removeStatement(fc, st);
    return e ? [e] : undefined;
  }
  return undefined;
}

function pyFix(fc: FixContext, n: Node): TextEdit[] | undefined {
  if (n.type === 'keyword_argument') {
    const v = valueOf(n);
    if (v && certNone(v)) return [replaceNode(v.childForFieldName('attribute')!, 'CERT_REQUIRED')];
    const name = n.childForFieldName('name')?.text;
    if ((name !== 'verify' && name !== 'ssl') || !isFalse(v)) return undefined;
    const args = n.parent?.type === 'argument_list' ? named(n.parent) : undefined;
    if (!args) return undefined;
    return [removeListItem(fc, args, args.findIndex((a) => a.id === n.id))];
  }
  if (n.type === 'assignment') {
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (!left || !right) return undefined;
    if (certNone(right)) return [replaceNode(right.childForFieldName('attribute')!, 'CERT_REQUIRED')];
    const attr = left.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
    if ((attr === 'verify' || attr === 'check_hostname') && isFalse(right)) return [replaceNode(right, 'True')];
    if (unverified(right)) return [replaceNode(right.childForFieldName('attribute')!, 'create_default_context')];
    return undefined;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    if (!fn || !unverified(fn)) return undefined;
    const args = named(n.childForFieldName('arguments'));
    if (!args.every((a) => a.type === 'keyword_argument' && DEFAULT_CONTEXT_ARGS.has(a.childForFieldName('name')?.text ?? ''))) return undefined;
    return [replaceNode(fn.childForFieldName('attribute')!, 'create_default_context')];
  }
  return undefined;
}

/** `ssl.CERT_NONE` / `ssl.VerifyMode.CERT_NONE` (an attribute, so CERT_REQUIRED resolves on the same object). */
function certNone(n: Node): boolean {
  return n.type === 'attribute' && n.childForFieldName('attribute')?.text === 'CERT_NONE';
}

/** `ssl._create_unverified_context` (an attribute of a module). */
function unverified(n: Node): boolean {
  return n.type === 'attribute' && n.childForFieldName('attribute')?.text === '_create_unverified_context';
}
