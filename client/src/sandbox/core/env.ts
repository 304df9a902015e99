// The environment a stdio MCP server is started with: an allow-list of the parent's variables
// plus what the user configured (non-secret env from the server config, secret env from
// SecretStorage). Everything else — cloud credentials, tokens, SSH agent sockets — stays out.

/** Variables a server may inherit by default: enough to find programs, a home and a locale. */
export const DEFAULT_ENV_ALLOW_LIST: readonly string[] = [
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'LC_MESSAGES', 'TERM', 'TZ',
  'TMPDIR', 'TEMP', 'TMP',
  // Windows needs these to start most programs at all.
  'SYSTEMROOT', 'SystemRoot', 'SYSTEMDRIVE', 'WINDIR', 'COMSPEC', 'PATHEXT', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PROGRAMFILES', 'ProgramFiles',
];

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The scrubbed environment: allow-listed names copied from `parent` (extra names from the
 * `mcpWarden.sandbox.envAllowList` setting added to the defaults), then `configured` on top.
 * Names that are not plain identifiers are dropped from both.
 */
export function scrubEnv(
  parent: Record<string, string | undefined>,
  configured: Record<string, string> = {},
  extraAllowed: readonly string[] = [],
): Record<string, string> {
  const allowed = new Set([...DEFAULT_ENV_ALLOW_LIST, ...extraAllowed].filter((n) => NAME.test(n)));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(parent)) if (v !== undefined && allowed.has(k)) env[k] = v;
  for (const [k, v] of Object.entries(configured)) if (NAME.test(k) && typeof v === 'string') env[k] = v;
  return env;
}

/** Parses `NAME=value` lines (blank lines and `#` comments ignored); returns the pairs and the lines it could not read. */
export function parseEnvLines(text: string): { env: Record<string, string>; bad: number[] } {
  const env: Record<string, string> = {};
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const eq = t.indexOf('=');
    const name = eq > 0 ? t.slice(0, eq).trim() : '';
    if (!NAME.test(name)) bad.push(i + 1);
    else env[name] = t.slice(eq + 1);
  });
  return { env, bad };
}

/** Parses `Name: value` header lines; returns the headers and the lines it could not read. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; bad: number[] } {
  const headers: Record<string, string> = {};
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const colon = t.indexOf(':');
    const name = colon > 0 ? t.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) bad.push(i + 1);
    else headers[name] = t.slice(colon + 1).trim();
  });
  return { headers, bad };
}
