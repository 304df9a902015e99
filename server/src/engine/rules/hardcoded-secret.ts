import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { findWords, isPlaceholder, isTestFile, JWT, literalText, looksLikeCredential, matchAll, nodeAt, rangeIn, secretKind, stringAt } from '../checks/text/util';
import type { CheckRule } from './types';

/** Known credential formats, each searched on its own (a combined alternation backtracks). */
/** Where a known format can start; each hit is then tried with the formats' sticky regexes. */
const KEY_PREFIX = /AKIA|ASIA|gh[pousr]_|github_pat_|xox[abposr]-|[rs]k_live_|sk-|AIza|-----BEGIN|:\/\//g;
const KEY_FORMATS: { re: RegExp; what: string; prefix: RegExp }[] = [
  { re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/y, what: 'an AWS access key id', prefix: /^(?:AKIA|ASIA)/ },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}/y, what: 'a GitHub token', prefix: /^gh[pousr]_/ },
  { re: /\bgithub_pat_[A-Za-z0-9_]{40,}/y, what: 'a GitHub fine-grained personal access token', prefix: /^github_pat_/ },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/y, what: 'a Slack token', prefix: /^xox[abposr]-/ },
  { re: /\b[rs]k_live_[A-Za-z0-9]{16,}/y, what: 'a Stripe live secret key', prefix: /^[rs]k_live_/ },
  { re: /\bsk-ant-[A-Za-z0-9_-]{20,}/y, what: 'an Anthropic API key', prefix: /^sk-ant-/ },
  { re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/y, what: 'an OpenAI API key', prefix: /^sk-(?:proj-|svcacct-|admin-)?/ },
  { re: /\bAIza[0-9A-Za-z_-]{35}/y, what: 'a Google API key', prefix: /^AIza/ },
  { re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/y, what: 'a private key', prefix: /^/ },
  // scheme://user:password@host: the prefix (scheme and user) is cut, the password is judged.
  { re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@'"`]{1,64}:[^\s/@'"`]{3,128}@/y, what: 'a connection string with a password', prefix: /^[^:]+:\/\/[^:]+:/ },
];

/** Words in a secret-sounding name (identifiers, properties, keys, keyword arguments), searched with indexOf. */
const SECRET_WORDS = ['passw', 'passphrase', 'pwd', 'secret', 'token', 'key', 'credential', 'creds', 'bearer', 'auth', 'salt', 'pepper'];

/** The value a name node is assigned / bound to (declaration, assignment, property, key, keyword, default). */
function assignedValue(name: Node): { target: Node; value: Node } | undefined {
  let n: Node | null = name;
  // A quoted key: the string node holds the fragment / content.
  if (n.type === 'string_fragment' || n.type === 'string_content') n = n.parent;
  if (!n) return undefined;
  let p = n.parent;
  if (!p) return undefined;
  // obj.apiKey = "…" / self.token = "…": the property, then the member/attribute.
  if ((p.type === 'member_expression' || p.type === 'attribute') && (p.childForFieldName('property') ?? p.childForFieldName('attribute'))?.equals(n)) {
    n = p;
    p = p.parent;
    if (!p) return undefined;
  }
  const v = (field: string) => p!.childForFieldName(field);
  switch (p.type) {
    case 'variable_declarator':
      return p.childForFieldName('name')?.equals(n) && v('value') ? { target: n, value: v('value')! } : undefined;
    case 'assignment_expression':
    case 'assignment':
      return p.childForFieldName('left')?.equals(n) && v('right') ? { target: n, value: v('right')! } : undefined;
    case 'pair':
      return p.childForFieldName('key')?.equals(n) && v('value') ? { target: n, value: v('value')! } : undefined;
    case 'public_field_definition':
    case 'field_definition':
      return v('value') ? { target: n, value: v('value')! } : undefined;
    case 'keyword_argument':
    case 'default_parameter':
    case 'typed_default_parameter':
      return p.childForFieldName('name')?.equals(n) && v('value') ? { target: n, value: v('value')! } : undefined;
  }
  return undefined;
}

function unwrapValue(v: Node): Node {
  // `"…" as const`, `("…")`, `"…" satisfies string`
  for (let i = 0; i < 3; i++) {
    if ((v.type === 'as_expression' || v.type === 'satisfies_expression' || v.type === 'parenthesized_expression') && v.namedChild(0)) v = v.namedChild(0)!;
    else break;
  }
  return v;
}

function nameOf(target: Node): string {
  if (target.type === 'member_expression') return target.childForFieldName('property')?.text ?? target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text ?? target.text;
  if (target.type === 'string') return literalText(target) ?? '';
  return target.text;
}

const isWord = (c: string | undefined) => !!c && /[\w$-]/.test(c);
const isQuote = (c: string | undefined) => c === '"' || c === "'" || c === '`';

/**
 * Cheap text test before looking at the tree: after the name at `i`, is a string literal
 * assigned or bound (`name = "…"`, `name: "…"`, `"name": "…"`, `name: str = "…"`, `name="…"`)?
 */
function literalFollows(text: string, i: number): boolean {
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  while (i < n && isWord(text[i])) i++;
  if (isQuote(text[i]) || text[i] === ']') i++;
  ws();
  if (text[i] === '?' || text[i] === '!') i++;
  ws();
  const op = text[i];
  if (op !== '=' && op !== ':') return false;
  if (op === '=' && (text[i + 1] === '=' || text[i + 1] === '>')) return false;
  i++;
  ws();
  if (op === ':' && !isQuote(text[i])) {
    // A type annotation: `API_KEY: str = "…"`, `private secretKey: string = "…"`.
    const stop = Math.min(n, i + 80);
    while (i < stop && text[i] !== '=' && text[i] !== '\n' && text[i] !== ';' && text[i] !== ',') i++;
    if (text[i] !== '=' || text[i + 1] === '=' || text[i + 1] === '>') return false;
    i++;
    ws();
  }
  if (text[i] === '(') {
    i++;
    while (i < n && /\s/.test(text[i])) i++;
  }
  if (/[rRbBuU]/.test(text[i] ?? '') && isQuote(text[i + 1])) i++;
  // An environment read with a literal fallback: `os.environ.get("X") or "…"`, `process.env.X ?? "…"`.
  return isQuote(text[i]) || ENV_READ.test(text.slice(i, i + 16));
}

const ENV_READ = /^(?:os\.environ|os\.getenv|environ\b|getenv\b|process\.env\b)/;

/**
 * The literal a secret falls back to when the environment does not set it:
 * `os.environ.get("X") or "…"`, `os.getenv("X", "…")`, `os.environ.get("X", "…")`,
 * `process.env.X ?? "…"` / `|| "…"`. The value itself when it is not such a read.
 */
function fallbackLiteral(v: Node): Node {
  if ((v.type === 'boolean_operator' || v.type === 'binary_expression') && /^(?:or|\|\||\?\?)$/.test(v.childForFieldName('operator')?.text ?? '')) {
    const left = v.childForFieldName('left');
    const right = v.childForFieldName('right');
    if (left && right && ENV_READ.test(left.text) && literalText(unwrapValue(right)) !== undefined) return unwrapValue(right);
  }
  if (v.type === 'call' && /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv)$/.test(v.childForFieldName('function')?.text ?? '')) {
    const args = (v.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => !!a);
    const d = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'default')?.childForFieldName('value') ?? args.filter((a) => a.type !== 'keyword_argument')[1];
    if (d && literalText(d) !== undefined) return d;
  }
  return v;
}

function check(ctx: CheckContext): void {
  // Every file but tests: a server's credentials usually sit in the modules it imports (the
  // database pool, the cloud client), which do not import an MCP SDK themselves.
  if (isTestFile(ctx.file)) return;
  const done = new Set<number>();

  for (const p of matchAll(ctx, KEY_PREFIX)) {
    let start = p.index;
    if (p[0] === '://') {
      // Back to the start of the scheme: postgres://user:password@host.
      while (start > 0 && start > p.index - 21 && /[a-z0-9+.-]/.test(ctx.text[start - 1])) start--;
      if (start === p.index) continue;
    }
    for (const k of KEY_FORMATS) {
      k.re.lastIndex = start;
      const m = k.re.exec(ctx.text);
      if (!m) continue;
      // \b before the format: the character before must not be a word character.
      if (start > 0 && /\w/.test(ctx.text[start - 1]) && !m[0].startsWith('-----')) break;
      const str = stringAt(ctx, start);
      if (!str || done.has(str.startIndex)) break;
      // A PEM header alone is a marker the code parses with, not a key: the block needs a body.
      const holder = str.parent?.type === 'concatenated_string' ? str.parent : str;
      if (k.what === 'a private key' && !/[A-Za-z0-9+/]{12}/.test(ctx.text.slice(start + m[0].length, holder.endIndex))) break;
      const tail = m[0].replace(k.prefix, '').replace(/@$/, '');
      if (k.what !== 'a private key' && (isPlaceholder(tail) || /EXAMPLE|(.)\1{5}/i.test(tail))) break;
      if (k.what.startsWith('a connection') && (/^(?:pass(?:word)?|pwd|secret|\$|\{|%|<)/i.test(tail) || tail.length < 4)) break;
      done.add(str.startIndex);
      const from = start - str.startIndex;
      ctx.report({
        ruleId: 'hardcoded-secret',
        message: `String literal contains what looks like ${k.what}. A credential in source code ends up in version control, packages and logs, where anyone who reads them can use it: read it from the environment or a secret store, and revoke this one.`,
        at: rangeIn(str, from, from + m[0].length),
      });
      break;
    }
  }

  let lastEnd = -1;
  for (const at of findWords(ctx, SECRET_WORDS)) {
    // One look per name: `apiKeyToken` holds two words.
    if (at < lastEnd) continue;
    let e = at;
    while (e < ctx.text.length && /[\w$-]/.test(ctx.text[e])) e++;
    lastEnd = e;
    if (!literalFollows(ctx.text, at)) continue;
    const n = nodeAt(ctx, at);
    if (!n || !/identifier$|^string_(?:fragment|content)$/.test(n.type)) continue;
    const av = assignedValue(n);
    if (!av) continue;
    const value = fallbackLiteral(unwrapValue(av.value));
    if (done.has(value.startIndex)) continue;
    const text = literalText(value);
    if (text === undefined) continue;
    const name = nameOf(av.target);
    const kind = secretKind(name);
    if (!kind || !looksLikeCredential(text, kind)) continue;
    done.add(value.startIndex);
    const what = JWT.test(text.trim()) ? 'a JWT' : kind === 'password' ? 'a password' : 'a credential';
    ctx.report({
      ruleId: 'hardcoded-secret',
      message: `\`${name}\` is set to a literal that looks like ${what}. A secret in source code ends up in version control, packages and logs, where anyone who reads them can use it: read it from the environment (\`process.env\` / \`os.environ\`) or a secret store, and rotate this one.`,
      at: value,
    });
  }
}

export const hardcodedSecret: CheckRule = {
  meta: {
    id: 'hardcoded-secret',
    title: 'A credential is written in the source code',
    severity: 'error',
    cwe: [798],
    languages: ['ts', 'py'],
    docs: 'docs/rules/hardcoded-secret.md',
  },
  check,
};
