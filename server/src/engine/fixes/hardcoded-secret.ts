// hardcoded-secret: the literal is read from the environment instead.
//   const apiKey = "q8Zk…"               → const apiKey = process.env.API_KEY               (JavaScript)
//   private secretKey = "Hq93…"          → private secretKey = process.env.SECRET_KEY ?? ''   (TypeScript)
//   { Authorization: "Bearer 7f3a…" }    → { Authorization: `Bearer ${process.env.API_TOKEN}` }
//   OPENAI_API_KEY = "sk-proj-…"         → OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]   (import os added once)
// The variable's name comes from the name the literal is assigned to (UPPER_SNAKE), or from the
// key's format when that name says nothing (`stripe = { key: "sk_live_…" }` → STRIPE_SECRET_KEY).
// TypeScript gets `?? ''` so the value stays a `string` (every use of it was type-checked with
// one; an empty credential fails at the service); JavaScript and `"…" + key` get the bare read.
// Never a fallback to the literal.
// Not preferred: until the environment sets the variable the server has no credential (Python's
// os.environ[…] raises KeyError). The credential must also be revoked: it is in the history.
import type { Node } from 'web-tree-sitter';
import { secretKind, words } from '../checks/text/util';
import type { Fix, FixContext, TextEdit } from './types';
import { insertAfterImports, jsParts, jsTemplate, named, nodeEnd, pyFString, pyImportsModule, pyParts, replaceNode, type Part } from './util';

/** Where a literal is an expression an environment read can replace (not a type, enum member, JSX attribute, docstring...). */
const VALUE_PLACES = new Set([
  'variable_declarator', 'assignment_expression', 'pair', 'public_field_definition', 'field_definition', 'arguments', 'binary_expression',
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'array', 'return_statement', 'ternary_expression',
  'assignment', 'keyword_argument', 'default_parameter', 'typed_default_parameter', 'argument_list', 'list', 'tuple',
  'binary_operator', 'conditional_expression', 'expression_list',
]);

export function secretFixes(fc: FixContext): Fix | undefined {
  const lit = literalOf(fc.node);
  if (!lit || !lit.parent) return undefined;
  const fallback = fallbackFix(fc, lit);
  if (fallback !== undefined) return fallback ?? undefined;
  if (!VALUE_PLACES.has(lit.parent.type)) return undefined;
  const raw = rawContent(fc, lit);
  if (raw === undefined) return undefined;
  // The part of the literal the finding covers (a key format inside a longer string).
  const span = spanIn(fc, lit, raw);
  if (!span) return undefined;
  const secret = raw.slice(span.from, span.to);
  const target = targetOf(lit);
  // The whole literal, a `Bearer ` prefix kept, or the key inside a longer text.
  const bearer = /^(?:Bearer|Basic|Token|Bot) (?=\S+$)/i.exec(raw)?.[0];
  const whole = (span.from === 0 && span.to === raw.length) || secret.startsWith('-----BEGIN') || /^[a-z][a-z0-9+.-]*:\/\//i.test(secret);
  const key = bearer && whole ? raw.slice(bearer.length) : whole ? raw : secret;
  // A key inside a longer text: the target's name is the text's (`SEARCH_URL`), not the key's.
  const name = envName(whole || (target && secretKind(target.name)) ? target : undefined, key);
  if (!name) return undefined;
  const edits: TextEdit[] = [];
  let replacement: string | undefined;
  if (fc.family === 'py') {
    const q = (named(lit).find((c) => c.type === 'string_start') ?? lit.child(0))?.text.endsWith("'") ? "'" : '"';
    if (whole && !bearer) {
      replacement = `os.environ[${q}${name}${q}]`;
    } else {
      // An f-string holding the rest of the text; the subscript takes the other quote.
      const parts = pyParts(lit);
      const cooked = parts?.length === 1 ? parts[0].lit : undefined;
      if (cooked !== raw) return undefined;
      const other = q === '"' ? "'" : '"';
      replacement = pyFString(pieces(raw, bearer ? bearer.length : span.from, bearer ? raw.length : span.to, `os.environ[${other}${name}${other}]`, lit), q);
    }
    if (!replacement) return undefined;
    if (!pyImportsModule(fc, 'os')) edits.push(insertAfterImports(fc, 'import os'));
  } else {
    const env = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `process.env.${name}` : undefined;
    if (!env) return undefined;
    if (whole && !bearer) {
      // TypeScript: the value stays a `string` (every use of it type-checked with one), except
      // as an operand of `+`, which makes a string of anything.
      let up: Node | null = lit.parent;
      while (up?.type === 'parenthesized_expression') up = up.parent;
      const concat = up?.type === 'binary_expression' && up.childForFieldName('operator')?.text === '+';
      const q = lit.text[0] === "'" ? "'" : '"';
      replacement = (fc.lang === 'typescript' || fc.lang === 'tsx') && !concat ? `${env} ?? ${q}${q}` : env;
    } else {
      const parts = jsParts(lit);
      if (!parts || parts.length !== 1 || parts[0].lit !== raw) return undefined;
      replacement = jsTemplate(pieces(raw, bearer ? bearer.length : span.from, bearer ? raw.length : span.to, env, lit));
    }
  }
  edits.push(replaceNode(lit, replacement));
  return { title: `Read the secret from the environment (${fc.family === 'py' ? `os.environ["${name}"]` : `process.env.${name}`})`, preferred: false, edits };
}

/** Reads of the environment a literal can be the fallback of. */
const PY_ENV_GETS = new Set(['os.getenv', 'getenv', 'os.environ.get', 'environ.get']);

/**
 * The literal is what an environment read falls back to: the fix drops the fallback and keeps
 * the read.
 *   os.getenv("API_TOKEN", "c8f2…")          → os.getenv("API_TOKEN")
 *   os.environ.get("X", default="…")         → os.environ.get("X")
 *   os.environ.get("X") or "…"               → os.environ.get("X")
 *   process.env.X ?? "…" / || "…"            → process.env.X ?? "" (TypeScript: stays a string)
 *                                            → process.env.X        (JavaScript)
 * Returns null for a fallback it cannot rewrite (no other fix applies there), undefined when
 * the literal is not a fallback.
 */
function fallbackFix(fc: FixContext, lit: Node): Fix | null | undefined {
  let v: Node = lit;
  while (v.parent?.type === 'parenthesized_expression') v = v.parent;
  const p = v.parent;
  if (!p) return undefined;
  const title = 'Drop the hard-coded fallback: read the secret from the environment only';
  if (fc.family === 'py') {
    // os.getenv("X", "…") / os.environ.get("X", default="…")
    const arg = p.type === 'keyword_argument' && p.childForFieldName('name')?.text === 'default' && p.childForFieldName('value')?.id === v.id ? p : v;
    const list = arg.parent;
    if (list?.type === 'argument_list' && list.parent?.type === 'call' && PY_ENV_GETS.has(list.parent.childForFieldName('function')?.text ?? '')) {
      const args = named(list);
      const i = args.findIndex((a) => a.id === arg.id);
      if (i < 1) return null;
      // From the end of the argument before to the end of this one (its comma and spaces).
      return { title, preferred: false, edits: [{ range: { start: nodeEnd(args[i - 1]), end: nodeEnd(arg) }, newText: '' }] };
    }
    // os.environ.get("X") or "…"
    if (p.type === 'boolean_operator' && p.childForFieldName('right')?.id === v.id && p.childForFieldName('operator')?.text === 'or') {
      const left = p.childForFieldName('left');
      if (!left || !/\b(?:getenv|environ)\b/.test(left.text)) return null;
      return { title, preferred: false, edits: [replaceNode(p, left.text)] };
    }
    return undefined;
  }
  if (p.type === 'binary_expression' && p.childForFieldName('right')?.id === v.id) {
    const op = p.childForFieldName('operator')?.text;
    const left = p.childForFieldName('left');
    if ((op !== '??' && op !== '||') || !left || !/^process\.env\b/.test(left.text)) return undefined;
    const q = lit.text[0] === "'" ? "'" : '"';
    const typed = fc.lang === 'typescript' || fc.lang === 'tsx';
    return { title, preferred: false, edits: [replaceNode(p, typed ? `${left.text} ?? ${q}${q}` : left.text)] };
  }
  return undefined;
}

/** The text around the secret with the secret replaced by an expression. */
function pieces(raw: string, from: number, to: number, expr: string, node: Node): Part[] {
  const out: Part[] = [];
  if (from > 0) out.push({ lit: raw.slice(0, from) });
  out.push({ expr, node });
  if (to < raw.length) out.push({ lit: raw.slice(to) });
  return out;
}

/** The string literal the finding is in (its fragment, its content, or itself). */
function literalOf(n: Node): Node | undefined {
  let cur: Node | null = n;
  for (let i = 0; i < 3 && cur; i++, cur = cur.parent) {
    if (cur.type === 'string') return cur;
    if (cur.type === 'template_string') return named(cur).some((c) => c.type === 'template_substitution') ? undefined : cur;
  }
  return undefined;
}

/** The literal's source text between its quotes; undefined for byte strings, f-strings and implicit concatenation. */
function rawContent(fc: FixContext, lit: Node): string | undefined {
  if (fc.family === 'py') {
    if (lit.parent?.type === 'concatenated_string') return undefined;
    const start = named(lit).find((c) => c.type === 'string_start') ?? lit.child(0);
    const end = named(lit).find((c) => c.type === 'string_end') ?? lit.child(lit.childCount - 1);
    const quotes = start ? start.text.length - start.text.replace(/["']/g, '').length : 0;
    if (!start || !end || /[bBfF]/.test(start.text) || (quotes !== 1 && quotes !== 3)) return undefined;
    return fc.text.slice(start.endIndex, end.startIndex);
  }
  const t = lit.text;
  return t.length >= 2 ? t.slice(1, -1) : undefined;
}

/** Offsets of the finding's range inside the literal's content (the whole content when it spans the literal). */
function spanIn(fc: FixContext, lit: Node, raw: string): { from: number; to: number } | undefined {
  const { start, end } = fc.finding.range;
  const open = lit.text.length - raw.length - (fc.family === 'py' ? closeLen(lit) : 1);
  const at = (p: { line: number; character: number }) => (p.line === lit.startPosition.row ? p.character - lit.startPosition.column - open : undefined);
  if (start.line === lit.startPosition.row && start.character <= lit.startPosition.column) return { from: 0, to: raw.length };
  const from = at(start);
  const to = end.line === start.line ? at(end) : undefined;
  if (from === undefined || to === undefined || from < 0 || to > raw.length || from >= to) return undefined;
  return { from, to };
}

function closeLen(lit: Node): number {
  const end = named(lit).find((c) => c.type === 'string_end') ?? lit.child(lit.childCount - 1);
  return end?.text.length ?? 1;
}

interface Target {
  /** The variable, property, key, field or keyword name the literal is assigned to. */
  name: string;
  /** The object the property belongs to (`stripe` of `const stripe = { key: … }`), when named. */
  owner?: string;
}

/** What the literal is assigned to, through parentheses and `as` / `satisfies`. */
function targetOf(lit: Node): Target | undefined {
  let v: Node = lit;
  while (v.parent && (v.parent.type === 'parenthesized_expression' || v.parent.type === 'as_expression' || v.parent.type === 'satisfies_expression')) v = v.parent;
  const p = v.parent;
  if (!p) return undefined;
  const is = (field: string) => p.childForFieldName(field)?.id === v.id;
  switch (p.type) {
    case 'variable_declarator': {
      const n = p.childForFieldName('name');
      return is('value') && n?.type === 'identifier' ? { name: n.text } : undefined;
    }
    case 'assignment_expression':
    case 'assignment': {
      const l = p.childForFieldName('left');
      if (!is('right') || !l) return undefined;
      if (l.type === 'identifier') return { name: l.text };
      const prop = l.type === 'member_expression' ? l.childForFieldName('property') : l.type === 'attribute' ? l.childForFieldName('attribute') : null;
      const obj = l.childForFieldName('object');
      if (prop) return { name: prop.text, owner: obj?.type === 'identifier' ? obj.text : undefined };
      return undefined;
    }
    case 'pair': {
      const k = p.childForFieldName('key');
      if (!is('value') || !k) return undefined;
      const key = k.type === 'string' ? k.text.slice(1, -1) : k.type === 'property_identifier' || k.type === 'identifier' ? k.text : undefined;
      if (!key) return undefined;
      const decl = p.parent?.parent;
      const owner = decl?.type === 'variable_declarator' || decl?.type === 'assignment' ? (decl.childForFieldName('name') ?? decl.childForFieldName('left')) : null;
      return { name: key, owner: owner?.type === 'identifier' ? owner.text : undefined };
    }
    case 'public_field_definition':
    case 'field_definition': {
      const n = p.childForFieldName('name') ?? p.childForFieldName('property');
      return is('value') && n ? { name: n.text.replace(/^#/, '') } : undefined;
    }
    case 'keyword_argument':
    case 'default_parameter':
    case 'typed_default_parameter': {
      const n = p.childForFieldName('name');
      return is('value') && n ? { name: n.text } : undefined;
    }
  }
  return undefined;
}

/** Names that say "a secret" and nothing about which one. */
const GENERIC = new Set(['authorization', 'auth', 'bearer', 'token', 'secret', 'key', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'credential', 'credentials', 'creds', 'apikey', 'cookie']);
/** Owners that say nothing about the secret's service either. */
const GENERIC_OWNER = new Set(['headers', 'header', 'config', 'cfg', 'conf', 'settings', 'options', 'opts', 'params', 'env', 'secrets', 'credentials', 'creds', 'auth', 'data', 'body', 'payload', 'defaults', 'self', 'this', 'init', 'args', 'kwargs']);

/** The environment variable's name: from the target's name, else from the key's format. */
function envName(target: Target | undefined, key: string): string | undefined {
  const known = knownName(key);
  if (!target) return known;
  let w = words(target.name);
  // X-Api-Key → API_KEY
  if (w.length > 1 && w[0] === 'x' && target.name.includes('-')) w = w.slice(1);
  if (w.length === 0) return known;
  const upper = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(target.name);
  const generic = w.length === 1 && GENERIC.has(w[0]);
  if (!generic && (secretKind(target.name) || upper)) return snake(w);
  if (known) return known;
  if (!generic) return snake(w);
  const base = w[0] === 'authorization' || w[0] === 'auth' || w[0] === 'bearer' ? 'token' : w[0] === 'apikey' ? 'api_key' : w[0];
  const owner = target.owner ? words(target.owner) : [];
  if (owner.length > 0 && owner.length <= 3 && !GENERIC_OWNER.has(owner[owner.length - 1])) return snake([...owner, base]);
  return base === 'token' ? 'API_TOKEN' : snake([base]);
}

const snake = (w: string[]) => {
  const s = w.join('_').toUpperCase();
  return /^[A-Z_][A-Z0-9_]*$/.test(s) ? s : '';
};

/** Conventional variable names for the key formats the rule knows. */
function knownName(key: string): string | undefined {
  if (key.startsWith('AKIA') || key.startsWith('ASIA')) return 'AWS_ACCESS_KEY_ID';
  if (/^gh[pousr]_/.test(key) || key.startsWith('github_pat_')) return 'GITHUB_TOKEN';
  if (key.startsWith('xox')) return 'SLACK_TOKEN';
  if (key.startsWith('sk_live_')) return 'STRIPE_SECRET_KEY';
  if (key.startsWith('rk_live_')) return 'STRIPE_RESTRICTED_KEY';
  if (key.startsWith('sk-ant-')) return 'ANTHROPIC_API_KEY';
  if (key.startsWith('sk-')) return 'OPENAI_API_KEY';
  if (key.startsWith('AIza')) return 'GOOGLE_API_KEY';
  if (key.startsWith('SG.')) return 'SENDGRID_API_KEY';
  if (key.startsWith('-----BEGIN')) return 'PRIVATE_KEY';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(key)?.[1].toLowerCase();
  if (scheme) {
    if (scheme.startsWith('redis')) return 'REDIS_URL';
    if (scheme.startsWith('mongodb')) return 'MONGODB_URI';
    if (scheme.startsWith('amqp')) return 'AMQP_URL';
    return 'DATABASE_URL';
  }
  return undefined;
}
