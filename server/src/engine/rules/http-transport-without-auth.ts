import type { CheckRule } from './types';
import { serverFacts } from '../checks/transport/server-facts';

export const httpTransportWithoutAuth: CheckRule = {
  meta: {
    id: 'http-transport-without-auth',
    title: 'MCP server over HTTP/SSE without authentication',
    severity: 'warning',
    cwe: [306],
    languages: ['ts', 'py'],
    docs: 'docs/rules/http-transport-without-auth.md',
  },
  check(ctx) {
    if (!ctx.isMcp) return;
    const facts = serverFacts(ctx);
    if (facts.auth) return;
    const hasTransport = facts.sites.some((s) => s.kind === 'v1-streamable' || s.kind === 'v1-sse');
    for (const s of facts.sites) {
      // A transport picked at run time may well be stdio; the other rules still look at its host.
      if (s.dynamic) continue;
      // One finding per server: at the transport when the file creates one, else at the app.
      if (s.kind === 'v2-app' && hasTransport) continue;
      ctx.report({
        ruleId: 'http-transport-without-auth',
        message: `MCP server exposed over HTTP (${s.what}) with no authentication: anyone who can reach the port can list and call its tools. No bearer/JWT middleware (\`requireBearerAuth\`, an auth middleware before the MCP route, fastmcp \`authenticate\`, FastMCP \`auth=\` / \`token_verifier=\`) was found in this file.`,
        at: s.at,
      });
    }
  },
};
