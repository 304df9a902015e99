import { serverWords } from '../config/commandline';
import type { ConfigRule } from '../config/context';
import { isSecretHeader, redact } from '../config/secrets';

/**
 * Flags a server reached over plain `http://` (or `ws://`) on a host other than this machine:
 * the `url` of an HTTP/SSE server, and URLs passed on a stdio server's command line (bridges
 * such as `mcp-remote http://…`). Loopback (`localhost`, `127.x`, `[::1]`) is fine.
 */
export const configInsecureUrl: ConfigRule = {
  meta: {
    id: 'config-insecure-url',
    title: 'MCP server reached over unencrypted HTTP on a non-loopback host',
    severity: 'warning',
    cwe: [319],
    languages: ['json'],
    docs: 'docs/rules/config-insecure-url.md',
  },
  checkConfig(ctx) {
    for (const s of ctx.doc.servers) {
      const credentials = s.headers.filter((h) => isSecretHeader(h.key)).map((h) => h.key);
      const withCreds = credentials.length > 0 ? ` — including the \`${credentials[0]}\` header` : '';
      if (s.url) {
        const host = insecureHost(s.url.value);
        if (host) {
          ctx.report({
            ruleId: configInsecureUrl.meta.id,
            message: `Server \`${s.name}\` is reached over unencrypted ${scheme(s.url.value)} at \`${host}\`: anyone on the network path can read and change every tool call and result${withCreds}. Use \`https://\`.`,
            node: s.url.node,
          });
        }
      }
      for (const w of serverWords(s)) {
        const url = /^(?:--?[A-Za-z][\w-]*=)?((?:https?|wss?):\/\/\S+)$/i.exec(w.value)?.[1];
        const host = url ? insecureHost(url) : undefined;
        if (!host || !url) continue;
        ctx.report({
          ruleId: configInsecureUrl.meta.id,
          message: `Server \`${s.name}\` is given \`${redact(url)}\` on its command line: unencrypted ${scheme(url)} to \`${host}\` lets anyone on the network path read and change what travels over it. Use \`https://\`.`,
          node: w.node,
        });
      }
    }
  },
};

function scheme(url: string): string {
  return url.toLowerCase().startsWith('ws') ? 'WebSocket (ws://)' : 'HTTP';
}

/** The host of an `http://` / `ws://` URL that is not this machine, or undefined. */
export function insecureHost(url: string): string | undefined {
  const m = /^(?:http|ws):\/\/(?:[^@/?#\s]*@)?(\[[^\]]*\]|[^:/?#\s]*)/i.exec(url.trim());
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  // Unknown until run time (`${input:host}`), or empty.
  if (host === '' || /[${}%]/.test(host)) return undefined;
  if (isLoopback(host)) return undefined;
  return host;
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1' ||
    /^::ffff:127\./.test(h) ||
    h === '0.0.0.0' ||
    h === '::'
  );
}
