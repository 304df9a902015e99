// Redaction of secrets (bearer tokens, header values, secret environment values) from anything
// the sandbox writes down: the JSON-RPC log, server stderr, history files, webview state.

export const REDACTED = '«redacted»';

/** Header names whose values are always secret, whatever their value. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|x-auth-token)$/i;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers values that must never appear anywhere (values shorter than 4 characters are ignored: redacting them would shred ordinary text). */
  add(...values: Array<string | undefined>): this {
    for (const v of values) if (typeof v === 'string' && v.length >= 4) this.secrets.add(v);
    return this;
  }

  get size(): number {
    return this.secrets.size;
  }

  /** Replaces every known secret and anything that looks like a bearer credential. */
  text(s: string): string {
    let out = s;
    // Longest first, so that a secret containing another is replaced whole.
    for (const v of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(v).join(REDACTED);
    return out.replace(/\b(Bearer|Basic)\s+(?!«redacted»)[A-Za-z0-9._~+/=-]{4,}/g, `$1 ${REDACTED}`);
  }

  /** A deep copy of a JSON value with secrets replaced in every string (keys included) and secret header values blanked. */
  json<T>(value: T): T {
    return this.walk(value, 0) as T;
  }

  private walk(v: unknown, depth: number): unknown {
    if (depth > 64) return REDACTED;
    if (typeof v === 'string') return this.text(v);
    if (Array.isArray(v)) return v.map((x) => this.walk(x, depth + 1));
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[this.text(k)] = SECRET_HEADER.test(k) && typeof x === 'string' ? REDACTED : this.walk(x, depth + 1);
      return out;
    }
    return v;
  }
}
