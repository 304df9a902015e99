import { commandLines } from '../config/commandline';
import type { ConfigRule } from '../config/context';
import { packageUses, specStatus } from '../config/packages';
import { redact } from '../config/secrets';

/**
 * Flags servers started by a package runner that fetches a package by name without pinning
 * its version: `npx -y pkg`, `npx pkg@latest`, `pnpm dlx` / `yarn dlx` / `bunx` / `npm exec`,
 * `uvx pkg`, `uv tool run`, `pipx run`, git references without a commit, `docker run image`
 * without a tag or digest (or `:latest`). Exact versions (`pkg@1.2.3`, `pkg==1.2.3`, `image:1.2`,
 * `image@sha256:…`), local paths and archives are fine. Also looks inside
 * `cmd /c …` and `bash -c "…"`.
 */
export const configUnpinnedPackage: ConfigRule = {
  meta: {
    id: 'config-unpinned-package',
    title: 'MCP server package fetched without a pinned version',
    severity: 'warning',
    cwe: [1104, 494],
    languages: ['json'],
    docs: 'docs/rules/config-unpinned-package.md',
  },
  checkConfig(ctx) {
    for (const s of ctx.doc.servers) {
      for (const line of commandLines(s)) {
        for (const use of packageUses(line)) {
          const status = specStatus(use);
          if (status.kind !== 'unpinned') continue;
          const registry = status.why.startsWith('from a git') ? 'that repository' : use.ecosystem === 'npm' ? 'the npm registry' : use.ecosystem === 'pypi' ? 'PyPI' : 'its registry';
          ctx.report({
            ruleId: configUnpinnedPackage.meta.id,
            message:
              `Server \`${s.name}\` runs ${use.ecosystem === 'container' ? 'the image ' : ''}\`${redact(status.name)}\` through \`${use.runner}\` ${status.why}: every start can fetch a different release from ${registry}, ` +
              `so a compromised or hijacked release runs on this machine with the server's tokens, unreviewed. Pin the exact version you checked: \`${redact(status.pinned)}\`.`,
            node: use.word.node,
          });
        }
      }
    }
  },
};
