// Is a string in a configuration file a literal secret? Known key formats count wherever they
// are; otherwise the key (env variable, header, command-line flag) must name a secret and the
// value must look like one — not a variable reference, a placeholder, a path or a plain word.

interface KnownFormat {
  what: string;
  re: RegExp;
}

/** Credential formats with a recognisable prefix or shape. */
const KNOWN_FORMATS: KnownFormat[] = [
  { what: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { what: 'a GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{50,}\b/ },
  { what: 'a GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { what: 'an Anthropic API key', re: /\bsk-ant-[a-z]+\d{2}-[A-Za-z0-9_-]{20,}/ },
  { what: 'an OpenAI API key', re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/ },
  { what: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { what: 'a Slack webhook URL', re: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/ },
  { what: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { what: 'a Stripe secret key', re: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/ },
  { what: 'an npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { what: 'a Hugging Face token', re: /\bhf_[A-Za-z0-9]{30,}\b/ },
  { what: 'a private key', re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/ },
  { what: 'a JSON Web Token', re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { what: 'a Notion token', re: /\b(?:secret|ntn)_[A-Za-z0-9]{40,}\b/ },
  { what: 'a Linear API key', re: /\blin_api_[A-Za-z0-9]{30,}\b/ },
  { what: 'a SendGrid API key', re: /(?<![A-Za-z0-9_-])SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/ },
  { what: 'a Groq API key', re: /\bgsk_[A-Za-z0-9]{40,}\b/ },
  { what: 'a Perplexity API key', re: /\bpplx-[A-Za-z0-9]{40,}\b/ },
  { what: 'a Tavily API key', re: /\btvly-[A-Za-z0-9-]{20,}/ },
  { what: 'an xAI API key', re: /\bxai-[A-Za-z0-9]{40,}\b/ },
  { what: 'a DigitalOcean token', re: /\bdop_v1_[a-f0-9]{64}\b/ },
  { what: 'a Shopify token', re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/ },
  { what: 'an Atlassian API token', re: /\bATATT3[A-Za-z0-9_=-]{20,}/ },
  { what: 'a Figma token', re: /\bfigd_[A-Za-z0-9_-]{20,}/ },
  { what: 'an Airtable token', re: /\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b/ },
  { what: 'a Sentry token', re: /\bsntry[su]_[A-Za-z0-9+/=_-]{20,}/ },
  { what: 'a Supabase token', re: /\bsbp_[a-f0-9]{40}\b/ },
  { what: 'a Postman API key', re: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/ },
  { what: 'a Telegram bot token', re: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/ },
];

/** Values that stand for a secret without being one. */
const PLACEHOLDER_WORDS = /(?:^|[\s_.:-])(?:your|here|placeholder|change[_-]?me|replace[_-]?me|replace|todo|tbd|fixme|example|sample|dummy|fake|redacted|insert|enter|paste|xxx+)(?:$|[\s_.:-])/i;
const PLACEHOLDER_WHOLE = /^(?:secret|password|passwd|pass|token|api[_-]?key|key|test|testing|none|null|nil|undefined|n\/a|na|empty|default|admin|demo|string|value|true|false|yes|no|on|off|enabled?|disabled?|env|keychain|keyring|oauth|required|optional)$/i;
/** Placeholder shapes inside a value (`<your key>`, `xxxx`, `***`, `...`); `{n}` is enough for a test. */
const PLACEHOLDER_SHAPES = /<[^<>]*>|x{4}|X{4}|\*{3}|\.{3}|…|_{4}|0{10}|#{3}/;
/** A value wrapped whole in a bracket pair: `<key>`, `[key]`, `{key}`. */
function bracketed(v: string): boolean {
  const first = v[0];
  const last = v[v.length - 1];
  return v.length >= 2 && ((first === '<' && last === '>') || (first === '[' && last === ']') || (first === '{' && last === '}'));
}
/** References resolved elsewhere: `${input:x}`, `${env:X}`, `${X}`, `$X`, `%X%`, `{{x}}`, secret managers. */
const REFERENCE = /\$\{[^}$]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^{}]*\}\}|^(?:op|vault|keychain|keyring|env|secret|aws-sm|gcp-sm|azure-kv|bws|doppler):\/{0,2}\S/i;

const AUTH_SCHEME = /^(?:bearer|basic|token|bot|apikey|api-key|digest|sso-key)\s+/i;

/** Header names that carry credentials. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key', 'apikey', 'x-auth-token', 'x-access-token', 'private-token', 'x-token', 'x-secret']);
/** Last words of a variable/flag name that make it secret. */
const SECRET_LAST = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'apikey', 'credential', 'credentials', 'auth', 'authorization', 'cookie', 'pat', 'bearer', 'jwt', 'key', 'secretkey', 'accesskey', 'privatekey', 'accesstoken', 'authtoken', 'sessionid']);
/** …unless the word before `key` says it is not a secret. */
const NOT_SECRET_KEY = new Set(['sort', 'partition', 'primary', 'public', 'publishable', 'foreign', 'cache', 'hash', 'routing', 'idempotency', 'row', 'lookup', 'map', 'group', 'shard', 'object', 'pub', 'site', 'license', 'dedup', 'dedupe', 'kms', 'encryption', 'signing']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);

/** `GITHUB_PERSONAL_ACCESS_TOKEN` → ["github","personal","access","token"]; `apiKey` → ["api","key"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Does this env variable / flag / query parameter name a secret? */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
  if (last === 'key') {
    const before = words[words.length - 2];
    return before !== undefined && !NOT_SECRET_KEY.has(before);
  }
  if (SECRET_LAST.has(last)) return true;
  return /(?:token|secret|password|passwd|apikey)$/.test(last) && !/tokens$/.test(last);
}

export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_HEADERS.has(lower) || isSecretName(lower);
}

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return v === '' || PLACEHOLDER_WHOLE.test(v) || bracketed(v) || PLACEHOLDER_SHAPES.test(v) || PLACEHOLDER_WORDS.test(v);
}

export function isReference(value: string): boolean {
  return REFERENCE.test(value);
}

/** The first credential with a known format in `value`: what it is and the matched text. */
export function knownFormat(value: string): { what: string; match: string } | undefined {
  if (isReference(value)) return undefined;
  for (const f of KNOWN_FORMATS) {
    const m = f.re.exec(value);
    if (m && !isPlaceholder(m[0])) return { what: f.what, match: m[0] };
  }
  return undefined;
}

/** The password in a URL's user info (`postgres://app:s3cr3t@db/x` → `s3cr3t`), if it is a real one. */
export function urlPassword(value: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/\s:@]+):([^/\s@]+)@/i.exec(value.trim());
  if (!m) return undefined;
  const [, user, pass] = m;
  const real = pass !== user && !isPlaceholder(pass) && !isReference(pass) && !/^(?:postgres|root|admin|password|pass|guest|test|secret|changeme)$/i.test(pass);
  return real ? pass : undefined;
}

export interface SecretHit {
  /** Why it is a secret, for the message. */
  why: string;
  /** The secret part of the value (the whole value after an auth scheme, a key inside a URL or JSON). */
  secret: string;
}

/**
 * Why `value` stored under `name` is a literal secret, and which part of it is the secret.
 * `kind` says what names it: an env variable, a header, or a command-line flag.
 */
export function secretReason(name: string, value: string, kind: 'env' | 'header' | 'flag'): SecretHit | undefined {
  if (isReference(value)) return undefined;
  const format = knownFormat(value);
  if (format) return { why: `looks like ${format.what}`, secret: format.match };
  const pass = urlPassword(value);
  if (pass) return { why: 'a password inside a URL', secret: pass };
  const named = kind === 'header' ? isSecretHeader(name) : isSecretName(name);
  if (!named) return undefined;
  const token = value.trim().replace(AUTH_SCHEME, '');
  if (isPlaceholder(token) || isPlaceholder(value)) return undefined;
  if (/\s/.test(token)) return undefined; // prose, not a credential
  if (/^(?:[\\/~.]|[A-Za-z]:[\\/]|https?:\/\/)/.test(token)) return undefined; // a path or a URL: where the secret is, not the secret
  if (/^\d+$/.test(token)) return undefined; // a number: a limit or an id
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  const isPassword = words.some((w) => PASSWORD_WORDS.has(w)) || /(?:password|passwd|pwd)$/.test(last);
  if (isPassword) return token.length >= 4 ? { why: 'a literal password', secret: token } : undefined;
  // Tokens and keys: long enough and not a plain word (digits or mixed case).
  if (token.length < 12) return undefined;
  if (!/\d/.test(token) && !(/[a-z]/.test(token) && /[A-Z]/.test(token))) return undefined;
  return { why: 'a credential-like value under a secret name', secret: token };
}

/**
 * Text from the configuration file that goes into a message (a script, a URL, a package
 * reference), with anything that looks like a credential blanked out: messages end up in
 * logs, CI output and SARIF files.
 */
export function redact(text: string): string {
  let out = text.replace(/(:\/\/[^/\s:@]*:)[^/\s@]+@/g, '$1***@');
  for (const f of KNOWN_FORMATS) out = out.replace(new RegExp(f.re.source, 'g'), '***');
  return out;
}
