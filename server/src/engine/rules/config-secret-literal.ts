import type { ConfigContext, ConfigRule } from '../config/context';
import type { ConfigServer } from '../config/document';
import { isSecretHeader, isSecretName, knownFormat, nameWords, secretReason } from '../config/secrets';

/**
 * Flags literal credentials in an MCP configuration file: values of `env` and `headers`, secret
 * flags in `args` (`--api-key sk-…`, `--token=…`) and passwords in a server `url`. A value
 * counts when it has a known key format, or when its name says secret and the value looks like
 * one (not `${input:…}`, `${env:…}`, empty, or a placeholder such as `<your-token>`). The
 * finding carries what a quick fix needs to replace it with an `${input:…}`.
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
    const ids = new Map<string, string>(); // suggested input id → the literal it replaces
    for (const s of ctx.doc.servers) {
      for (const e of s.env) {
        if (!e.value) continue;
        const why = secretReason(e.key, e.value.value, 'env');
        if (why) report(ctx, s, ids, `\`env.${e.key}\``, why, e.value.value, e.value.node, [...s.path, 'env', e.key], e.key, '');
      }
      for (const h of s.headers) {
        if (!h.value) continue;
        const why = secretReason(h.key, h.value.value, 'header');
        if (!why) continue;
        const scheme = /^(?:bearer|basic|token|bot)\s+/i.exec(h.value.value.trim())?.[0] ?? '';
        report(ctx, s, ids, `the \`${h.key}\` header`, why, h.value.value, h.value.node, [...s.path, 'headers', h.key], `${s.name}-${h.key}`, scheme);
      }
      for (let i = 0; i < s.args.length; i++) {
        const a = s.args[i];
        const found = argSecret(s.args, i);
        if (!found) continue;
        const label = `argument ${a.index + 1}${found.name ? ` (\`${found.name}\`)` : ''}`;
        report(ctx, s, ids, label, found.why, found.value, a.node, [...s.path, 'args', a.index], `${s.name}-${found.name ?? 'key'}`, found.prefix);
      }
      if (s.url) {
        const why = secretReason('url', s.url.value, 'env');
        if (why) report(ctx, s, ids, `\`${s.url.key}\``, why, s.url.value, s.url.node, [...s.path, s.url.key], `${s.name}-url`, '');
      }
    }
  },
};

/**
 * A secret in `args[i]`: the value after a secret-named flag (`--api-key`, then the value),
 * `--token=value`, or a header given to a bridge (`--header`, `Authorization: Bearer …`).
 * Anywhere else only a known key format counts.
 */
function argSecret(args: { value: string; index: number }[], i: number): { why: string; value: string; prefix: string; name?: string } | undefined {
  const v = args[i].value;
  const eq = /^(--?[A-Za-z][\w-]*)=(.*)$/s.exec(v);
  if (eq) {
    const why = isSecretName(eq[1]) ? secretReason(eq[1], eq[2], 'flag') : formatReason(eq[2]);
    return why ? { why, value: eq[2], prefix: `${eq[1]}=`, name: eq[1] } : undefined;
  }
  const header = /^([A-Za-z][\w-]*)\s*:\s*(\S.*)$/s.exec(v);
  if (header && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && isSecretHeader(header[1])) {
    const why = secretReason(header[1], header[2], 'header');
    const scheme = /^(?:bearer|basic|token|bot)\s+/i.exec(header[2])?.[0] ?? '';
    return why ? { why, value: header[2], prefix: `${header[1]}: ${scheme}`, name: header[1] } : undefined;
  }
  const prev = i > 0 && args[i - 1].index === args[i].index - 1 ? args[i - 1].value : undefined;
  if (prev && /^--?[A-Za-z][\w-]*$/.test(prev) && isSecretName(prev)) {
    const why = secretReason(prev, v, 'flag');
    return why ? { why, value: v, prefix: '', name: prev } : undefined;
  }
  const why = formatReason(v);
  return why ? { why, value: v, prefix: '' } : undefined;
}

function formatReason(value: string): string | undefined {
  const f = knownFormat(value);
  return f ? `looks like ${f}` : undefined;
}

function report(
  ctx: ConfigContext,
  s: ConfigServer,
  ids: Map<string, string>,
  where: string,
  why: string,
  literal: string,
  node: { offset: number; length: number },
  path: (string | number)[],
  idBase: string,
  prefix: string,
): void {
  const base = nameWords(idBase).join('-') || 'secret';
  let inputId = base;
  for (let n = 2; ids.has(inputId) && ids.get(inputId) !== literal; n++) inputId = `${base}-${n}`;
  ids.set(inputId, literal);
  const fix = `\${input:${inputId}}`;
  const remedy =
    s.shape === 'servers'
      ? `Reference an input instead — \`${prefix}${fix}\`, declared in \`inputs\` with \`"password": true\` — so VS Code asks once and keeps it in its secret storage.`
      : `Keep it out of the file: in VS Code's \`.vscode/mcp.json\` use \`${fix}\` with \`"password": true\`; Cursor reads \`\${env:NAME}\` and Claude Code \`\${NAME}\` from the environment.`;
  ctx.report({
    ruleId: configSecretLiteral.meta.id,
    message: `${where} of server \`${s.name}\` holds a literal secret (${why}): anyone who can read this file — the repository, a backup, a shared screen — can use it. ${remedy}`,
    node,
    configSecret: {
      path,
      shape: s.shape,
      inputId,
      description: `${idBase.startsWith(s.name) ? idBase.slice(s.name.length + 1) || idBase : idBase} for the ${s.name} MCP server`,
      replacement: `${prefix}${fix}`,
      inputExists: ctx.doc.inputIds.has(inputId),
    },
  });
}
