import type { CheckRule } from './types';
import { mountedApp, serverFacts } from '../checks/transport/server-facts';

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
    // A FastAPI route dependency (`FastAPI(dependencies=[Depends(user)])`, `Depends(…)` on routes)
    // guards path operations only: an MCP app mounted with `app.mount(…)` is not behind it.
    const mountedOnly = facts.routeDependencyAuth === true;
    if (facts.auth && !mountedOnly) return;
    const hasTransport = facts.sites.some((s) => s.kind === 'v1-streamable' || s.kind === 'v1-sse');
    for (const s of facts.sites) {
      // A transport picked at run time may well be stdio; the other rules still look at its host.
      if (s.dynamic) continue;
      // One finding per server: at the transport when the file creates one, else at the app.
      if (s.kind === 'v2-app' && hasTransport) continue;
      const mounted = facts.auth !== undefined;
      const dep = facts.auth && facts.auth.includes('(') && !facts.auth.endsWith(')') ? `${facts.auth})` : facts.auth;
      if (mounted && !(s.kind === 'py-app' && mountedApp(ctx, s.call))) continue;
      ctx.report({
        ruleId: 'http-transport-without-auth',
        message: mounted
          ? `MCP server exposed over HTTP (${s.what}) mounted into an app whose authentication is a route dependency (\`${dep}\`): FastAPI dependencies guard path operations, not mounted ASGI apps, so anyone who can reach the port can list and call its tools. Put the MCP app behind an authentication middleware or pass FastMCP \`auth=\` / \`token_verifier=\`.`
          : `MCP server exposed over HTTP (${s.what}) with no authentication: anyone who can reach the port can list and call its tools. No bearer/JWT middleware (\`requireBearerAuth\`, an auth middleware before the MCP route, fastmcp \`authenticate\`, FastMCP \`auth=\` / \`token_verifier=\`) was found in this file.`,
        // `mcp.run(\n transport="sse", …)` over several lines: at the call, where a reader looks.
        at: s.kind === 'py-run' && s.at.startPosition.row !== s.call.startPosition.row ? (s.call.childForFieldName('function') ?? s.at) : s.at,
      });
    }
  },
};
