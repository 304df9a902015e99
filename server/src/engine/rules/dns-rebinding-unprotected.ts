import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { fastMcpCalls, serverFacts, v2AppProtects, type HttpSite } from '../checks/transport/server-facts';
import { callAtCallee, declaredValue, eachMatch, has, hostValue, isFalse, isLoopback, isTrue, kwarg, kwargNode, objectProp, objectPropDeep, positional, stringItems, unwrap } from '../checks/transport/util';

const ID = 'dns-rebinding-unprotected';
const WHY = 'a web page the user visits can rebind its DNS name to this server and call its tools from the browser';

export const dnsRebindingUnprotected: CheckRule = {
  meta: {
    id: ID,
    title: 'Streamable HTTP/SSE transport without Host/Origin validation (DNS rebinding)',
    severity: 'warning',
    cwe: [346],
    languages: ['ts', 'py'],
    docs: 'docs/rules/dns-rebinding-unprotected.md',
  },
  check(ctx) {
    if (!ctx.isMcp) return;
    const facts = serverFacts(ctx);
    if (facts.sites.length === 0 && !has(ctx.text, 'TransportSecuritySettings', 'hostHeaderValidation')) return;
    // Authentication does not excuse it: the MCP specification requires Origin validation on every
    // connection (a rebinding page can still probe the endpoint, and cookie / API-key schemes leak).
    if (ctx.lang === 'ts') checkTs(ctx, facts.sites, facts.rebindingGuard, facts.appGuard);
    else checkPy(ctx, facts.sites.length > 0, facts.rebindingGuard);
  },
};

function wildcard(ctx: CheckContext, list: Node | null, what: string): boolean {
  for (const item of stringItems(list)) {
    if (item.value === '*' || item.value === '*:*' || item.value.startsWith('*')) {
      ctx.report({ ruleId: ID, message: `\`${what}\` contains the wildcard \`${item.value}\`: meant to accept any Host/Origin, which is no DNS-rebinding protection; ${WHY}. List the exact hosts (e.g. \`localhost:3000\`).`, at: item.node });
      return true;
    }
  }
  return false;
}

function resolveObject(ctx: CheckContext, n: Node | null | undefined): Node | null | 'unknown' {
  const u = unwrap(n ?? null);
  if (!u) return null;
  if (u.type === 'object') return u;
  if (u.type === 'identifier') {
    const v = unwrap(declaredValue(ctx, u) ?? null);
    if (v?.type === 'object') return v;
  }
  return 'unknown';
}

function checkTs(ctx: CheckContext, sites: HttpSite[], guard: string | undefined, appGuard: string | undefined): void {
  for (const s of sites) {
    if (s.kind === 'v1-streamable' || s.kind === 'v1-sse') {
      const opts = resolveObject(ctx, positional(s.call)[s.kind === 'v1-sse' ? 2 : 0]);
      if (opts === 'unknown') continue;
      const enable = objectPropDeep(ctx, opts, 'enableDnsRebindingProtection');
      if (enable && isTrue(enable.value)) {
        const hosts = objectPropDeep(ctx, opts, 'allowedHosts');
        const origins = objectPropDeep(ctx, opts, 'allowedOrigins');
        const w = wildcard(ctx, hosts?.value ?? null, 'allowedHosts') || wildcard(ctx, origins?.value ?? null, 'allowedOrigins');
        if (w) continue;
        const empty = (p: { value: Node } | null) => !p || (unwrap(p.value)?.type === 'array' && unwrap(p.value)!.namedChildren.length === 0);
        if (empty(hosts) && empty(origins)) {
          ctx.report({ ruleId: ID, message: `\`enableDnsRebindingProtection: true\` without \`allowedHosts\` or \`allowedOrigins\`: the SDK checks only the lists it is given, so nothing is validated; ${WHY}.`, at: enable.pair });
        }
        continue;
      }
      // Served by a createMcp*App: the app is where Host validation belongs (reported there).
      if (guard || appGuard || sites.some((x) => x.kind === 'v2-app')) continue;
      ctx.report({
        ruleId: ID,
        message: `${s.what} created without DNS-rebinding protection (\`enableDnsRebindingProtection\` with \`allowedHosts\`/\`allowedOrigins\`) and no Host/Origin check was found: ${WHY}.`,
        at: enable && isFalse(enable.value) ? enable.pair : s.at,
      });
    } else if (s.kind === 'v2-app') {
      const opts = unwrap(positional(s.call)[0] ?? null);
      if (opts?.type !== 'object') continue;
      const hosts = objectProp(opts, 'allowedHosts');
      if (hosts) {
        wildcard(ctx, hosts.value, 'allowedHosts');
        continue;
      }
      if (v2AppProtects(ctx, s.call) || guard) continue;
      const host = objectProp(opts, 'host');
      const v = host ? hostValue(ctx, host.value) : undefined;
      ctx.report({
        ruleId: ID,
        message: `${s.what} bound to ${v && v.kind === 'literal' ? `\`${v.value}\`` : 'a non-loopback host'} without \`allowedHosts\`: the SDK adds Host validation only for loopback hosts, so ${WHY}.`,
        at: host?.pair ?? s.at,
      });
    }
  }
  if (has(ctx.text, 'hostHeaderValidation')) eachMatch(ctx.text, /\bhostHeaderValidation\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (call) wildcard(ctx, positional(call)[0] ?? null, 'hostHeaderValidation');
  });
}

function checkSecuritySettings(ctx: CheckContext, call: Node): void {
  const enable = kwargNode(call, 'enable_dns_rebinding_protection');
  if (enable && isFalse(enable.childForFieldName('value'))) {
    ctx.report({ ruleId: ID, message: `DNS-rebinding protection switched off (\`enable_dns_rebinding_protection=False\`): Host and Origin headers are not validated, so ${WHY}.`, at: enable });
    return;
  }
  if (wildcard(ctx, kwarg(call, 'allowed_hosts'), 'allowed_hosts')) return;
  wildcard(ctx, kwarg(call, 'allowed_origins'), 'allowed_origins');
}

function checkPy(ctx: CheckContext, http: boolean, guard: string | undefined): void {
  const settingsCalls: Node[] = [];
  if (has(ctx.text, 'TransportSecuritySettings')) eachMatch(ctx.text, /\bTransportSecuritySettings\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (call) settingsCalls.push(call);
  });
  for (const c of settingsCalls) checkSecuritySettings(ctx, c);
  if (guard || !http) return;
  // The Python SDK's FastMCP turns protection on by itself when its host is loopback (the default
  // 127.0.0.1); a non-loopback host without transport_security leaves it off. Standalone
  // `fastmcp` is not judged here (see the rule's page).
  const standalone = /^[ \t]*(?:from|import)[ \t]+fastmcp\b/m.test(ctx.text) && !/\bmcp\.server\.fastmcp\b/.test(ctx.text);
  if (!standalone) {
    for (const call of fastMcpCalls(ctx)) {
      if (kwarg(call, 'transport_security')) continue;
      const host = kwargNode(call, 'host');
      if (!host) continue;
      const v = hostValue(ctx, host.childForFieldName('value'));
      if (v.kind !== 'literal' || isLoopback(v.value)) continue;
      ctx.report({ ruleId: ID, message: `FastMCP with host \`${v.value}\` and no \`transport_security\`: the SDK enables DNS-rebinding protection only for loopback hosts, so Host/Origin are not validated and ${WHY}.`, at: host });
    }
  }
  if (has(ctx.text, 'StreamableHTTPSessionManager', 'SseServerTransport')) eachMatch(ctx.text, /\b(?:StreamableHTTPSessionManager|SseServerTransport)\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call || call.type !== 'call' || kwarg(call, 'security_settings')) return;
    ctx.report({ ruleId: ID, message: `\`${call.childForFieldName('function')?.text}\` without \`security_settings\`: the low-level Python transports do not validate Host/Origin unless given \`TransportSecuritySettings\`, so ${WHY}.`, at: call.childForFieldName('function') ?? call });
  });
}
