import { modify } from 'jsonc-parser';
import type { ConfigContext, ConfigRule } from '../config/context';
import type { ConfigServer } from '../config/document';
import { isSecretHeader, isSecretName, knownFormat, nameWords, secretReason, type SecretHit } from '../config/secrets';
import type { Fix } from '../types';

/**
 * Flags literal credentials in an MCP configuration file: values of `env` and `headers`, secret
 * flags in `args` (`--api-key sk-…`, `--token=…`, `--header "Authorization: Bearer …"`) and
 * passwords in a server `url`. A value counts when it has a known key format, or when its name
 * says secret and the value looks like one (not `${input:…}`, `${env:…}`, empty, or a
 * placeholder such as `<your-token>`). The finding carries what a quick fix needs to replace
 * the secret with an `${input:…}` (`configSecret`) and, in the VS Code shape, the edits (`fixes`).
 */
export const configSecretLiteral: ConfigRule = {
  meta: {
    id: 'config-secret-literal',
    title: 'Literal secret in an MCP configuration file',
    severity: 'error',
    cwe: [798],
    languages: ['json'],
    docs: 'docs/rules/config-secret-literal.md',
  },
  checkConfig(ctx) {
    const state: FileState = { ids: new Map() };
    for (const s of ctx.doc.servers) {
      for (const e of s.env) {
        const hit = e.value && secretReason(e.key, e.value.value, 'env');
        if (hit && e.value) report(ctx, state, s, `\`env.${e.key}\``, hit, e.value, [...s.path, 'env', e.key], e.key);
      }
      for (const h of s.headers) {
        const hit = h.value && secretReason(h.key, h.value.value, 'header');
        if (hit && h.value) report(ctx, state, s, `the \`${h.key}\` header`, hit, h.value, [...s.path, 'headers', h.key], `${s.name}-${h.key}`);
      }
      for (let i = 0; i < s.args.length; i++) {
        const a = s.args[i];
        const found = argSecret(s.args, i);
        if (!found) continue;
        const label = `argument ${a.index + 1}${found.name ? ` (\`${found.name}\`)` : ''}`;
        report(ctx, state, s, label, found, a, [...s.path, 'args', a.index], `${s.name}-${found.name ?? 'key'}`);
      }
      if (s.url) {
        const hit = secretReason('url', s.url.value, 'env');
        if (hit) report(ctx, state, s, `\`${s.url.key}\``, hit, s.url, [...s.path, s.url.key], `${s.name}-url`);
      }
    }
  },
};

interface FileState {
  /** Suggested input id → the secret it stands for (a different secret gets another id). */
  ids: Map<string, string>;
}

/**
 * A secret in `args[i]`: the value after a secret-named flag (`--api-key`, then the value),
 * `--token=value`, or a header given to a bridge (`--header`, `Authorization: Bearer …`).
 * Anywhere else only a known key format counts.
 */
function argSecret(args: { value: string; index: number }[], i: number): (SecretHit & { name?: string }) | undefined {
  const v = args[i].value;
  const eq = /^(--?[A-Za-z][\w-]*)=(.*)$/s.exec(v);
  if (eq) {
    const hit = isSecretName(eq[1]) ? secretReason(eq[1], eq[2], 'flag') : formatHit(eq[2]);
    return hit && { ...hit, name: eq[1] };
  }
  const header = /^([A-Za-z][\w-]*)\s*:\s*(\S.*)$/s.exec(v);
  if (header && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && isSecretHeader(header[1])) {
    const hit = secretReason(header[1], header[2], 'header');
    return hit && { ...hit, name: header[1] };
  }
  const prev = i > 0 && args[i - 1].index === args[i].index - 1 ? args[i - 1].value : undefined;
  if (prev && /^--?[A-Za-z][\w-]*$/.test(prev) && isSecretName(prev)) {
    const hit = secretReason(prev, v, 'flag');
    return hit && { ...hit, name: prev };
  }
  return formatHit(v);
}

function formatHit(value: string): SecretHit | undefined {
  const f = knownFormat(value);
  return f ? { why: `looks like ${f.what}`, secret: f.match } : undefined;
}

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function report(
  ctx: ConfigContext,
  state: FileState,
  s: ConfigServer,
  where: string,
  hit: SecretHit,
  value: { value: string; node: { offset: number; length: number } },
  path: (string | number)[],
  idBase: string,
): void {
  const base = nameWords(idBase).join('-') || 'secret';
  let inputId = base;
  for (let n = 2; state.ids.has(inputId) && state.ids.get(inputId) !== hit.secret; n++) inputId = `${base}-${n}`;
  state.ids.set(inputId, hit.secret);
  const ref = `\${input:${inputId}}`;
  // The new string: only the secret part replaced (`Bearer ${input:x}`, `--token=${input:x}`, a URL's password).
  const at = value.value.indexOf(hit.secret);
  const replacement = at === -1 ? ref : value.value.slice(0, at) + ref + value.value.slice(at + hit.secret.length);
  const inputExists = ctx.doc.inputIds.has(inputId);
  const description = `${idBase.startsWith(`${s.name}-`) ? idBase.slice(s.name.length + 1) : idBase} for the ${s.name} MCP server`;
  const remedy =
    s.shape === 'servers'
      ? `Reference an input instead — \`${ref}\`, declared in \`inputs\` with \`"password": true\` — so VS Code asks once and keeps it in its secret storage.`
      : `Keep it out of the file: in VS Code's \`.vscode/mcp.json\` use \`${ref}\` with \`"password": true\`; Cursor reads \`\${env:NAME}\` and Claude Code \`\${NAME}\` from the environment.`;
  const fixes = s.shape === 'servers' ? inputFix(ctx, value.node, replacement, inputId, description, inputExists) : undefined;
  ctx.report({
    ruleId: configSecretLiteral.meta.id,
    message: `${where} of server \`${s.name}\` holds a literal secret (${hit.why}): anyone who can read this file — the repository, a backup, a shared screen — can use it. ${remedy}`,
    node: value.node,
    configSecret: { path, shape: s.shape, inputId, description, replacement, inputExists },
    ...(fixes ? { fixes } : {}),
  });
}

/**
 * VS Code shape: replace the string and declare the input (`promptString`, `password: true`).
 * Not preferred: the server gets no value until the user has entered it once.
 */
function inputFix(ctx: ConfigContext, node: { offset: number; length: number }, replacement: string, inputId: string, description: string, inputExists: boolean): Fix[] | undefined {
  const edits = [{ range: ctx.doc.rangeOf(node), newText: JSON.stringify(replacement) }];
  if (!inputExists) {
    if (ctx.doc.parseErrors.length > 0) return undefined; // do not restructure a file that does not parse
    const add = modify(ctx.doc.text, ['inputs', -1], { type: 'promptString', id: inputId, description, password: true }, FORMATTING);
    for (const e of add) {
      // Never overlapping the replaced string (the input goes into `inputs`, outside `servers`).
      if (e.offset < node.offset + node.length && node.offset < e.offset + e.length) return undefined;
      edits.push({ range: ctx.doc.rangeOf(e), newText: e.content });
    }
  }
  return [{ title: `Move the secret into an input: ${'${input:' + inputId + '}'} with "password": true`, preferred: false, edits }];
}
