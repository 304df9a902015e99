import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { eachMatch, has, functionName, isFunction, lastName, nodeAt, pairKey } from '../checks/transport/util';
import { stringValue } from '../context';
import { secretKind, words } from '../checks/text/util';

const ID = 'insecure-randomness';

export const insecureRandomness: CheckRule = {
  meta: {
    id: ID,
    title: 'Predictable random numbers used for a token, session id or secret',
    severity: 'warning',
    cwe: [330],
    languages: ['ts', 'py'],
    docs: 'docs/rules/insecure-randomness.md',
  },
  check(ctx) {
    if (!has(ctx.text, 'random', 'time', 'Date')) return;
    if (ctx.lang === 'ts') {
      eachMatch(ctx.text, /\bMath\s*\.\s*random\s*\(/g, (i) => examine(ctx, i, 'Math.random()', 'crypto.randomBytes(32).toString("base64url")` or `crypto.randomUUID()'));
      hashedClock(ctx, 'crypto.randomBytes(32).toString("base64url")` or `crypto.randomUUID()');
      return;
    }
    hashedClock(ctx, 'secrets.token_urlsafe(32)');
    eachMatch(ctx.text, /\brandom\s*\.\s*(?:random|randint|randrange|choice|choices|getrandbits|sample|uniform|randbytes)\s*\(/g, (i, m) => {
      // numpy.random / random.SystemRandom() instances are matched by text; SystemRandom is secure.
      if (/SystemRandom/.test(ctx.text.slice(Math.max(0, i - 40), i))) return;
      examine(ctx, i, m[0].replace(/\s+/g, '').replace(/\($/, '()'), 'secrets.token_urlsafe(32)` or `secrets.choice(...)');
    });
    const imp = /^from[ \t]+random[ \t]+import[ \t]+(\w[\w ,]{0,200})$/m.exec(ctx.text);
    if (imp) {
      for (const name of imp[1].split(',').map((s) => s.trim().split(/[ \t]+/).pop()!)) {
        if (!/^(?:random|randint|randrange|choice|choices|getrandbits|sample|uniform|randbytes)$/.test(name)) continue;
        for (let i = ctx.text.indexOf(name + '(', imp.index + imp[0].length), k = 0; i >= 0 && k < 100; i = ctx.text.indexOf(name + '(', i + 1), k++) {
          if (i > 0 && /[\w.]/.test(ctx.text[i - 1])) continue;
          examine(ctx, i, `${name}()`, 'secrets.token_urlsafe(32)` or `secrets.choice(...)');
        }
      }
    }
  },
};

/** The clock read: `time.time()`, `time.time_ns()`, `datetime.now()`, `Date.now()`, `new Date().getTime()`. */
const CLOCK = /\b(?:time\.time(?:_ns)?|(?:datetime\.)?datetime\.(?:now|utcnow)|datetime\.now|Date\.now)\s*\(|\bnew\s+Date\s*\(\s*\)\s*\.\s*(?:getTime|valueOf|toISOString)\s*\(/g;
/** A hash call or a hash object's update/digest in a chain: `hashlib.md5(…)`, `createHash("sha1").update(…)`. */
const HASH_CALL = /^(?:hashlib\.\w+|md5|sha1|sha256|hashlib\.new)$|(?:^|\.)(?:update)$|createHash/;

/**
 * A hash of the clock (`md5(f"{file_id}:{time.time()}")`, `createHash("sha1").update(String(Date.now()))`):
 * hashing does not add secrecy, whoever knows the rough time and the other inputs computes it. Judged
 * by the name it flows into, like the random APIs.
 */
function hashedClock(ctx: CheckContext, instead: string): void {
  if (!has(ctx.text, 'hash', 'Hash', 'md5', 'sha')) return;
  eachMatch(ctx.text, CLOCK, (i, m) => {
    const n = nodeAt(ctx, i);
    if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') return;
    let clock: Node | null = n;
    for (let k = 0; clock && k < 5 && clock.type !== 'call_expression' && clock.type !== 'call'; k++) clock = clock.parent;
    if (!clock) return;
    // The clock value must go into a hash: an argument of a hash call within a few levels.
    let hashed = false;
    let cur: Node | null = clock.parent;
    for (let k = 0; cur && k < 10 && !hashed && !STOP.has(cur.type) && !isFunction(cur); k++) {
      if ((cur.type === 'call_expression' || cur.type === 'call') && HASH_CALL.test(cur.childForFieldName('function')?.text.replace(/\s+/g, '') ?? '')) {
        const chain = cur.text;
        hashed = /hashlib|createHash|md5|sha\d/.test(chain) || /createHash/.test(cur.childForFieldName('function')?.text ?? '');
      }
      cur = cur.parent;
    }
    if (hashed) examine(ctx, i, `a hash of ${m[0].replace(/\s+/g, '').replace(/\($/, '()')}`, instead);
  });
}

/** Names of values that must be unguessable. */
const SECRET = /token|secret|passw|passphrase|pwd|nonce|salt|session|sess_?id|^sid$|api_?key|access_?key|private_?key|signing_?key|auth_?key|otp|csrf|xsrf|credential|verifier|challenge|cookie|reset_?code|verification_?code|invite_?code|auth_?code|^code$|share_?code|access_?code|login_?code|one_?time|^pin$|_pin$|^state$|oauth_?state|pkce/i;
/**
 * Ids that work as capabilities: whoever knows a share, download or export id gets the data
 * behind it (`new_export_id()`, `shareLink`, `download_url`).
 */
const CAPABILITY = /(?:share|shared|download|export|invite|invitation|magic|signed|claim|unsubscribe|confirm|confirmation|activation|access)[-_]?(?:id|link|url|slug|key|ticket)(?:s|_|$|[A-Z])|^(?:share|invite|magic_?link)$/i;
/** Names that say the randomness is for timing, sampling or display. */
const BENIGN = /jitter|delay|backoff|retry|retries|timeout|sleep|wait|interval|sampl|shuffle|colou?r|anim|position|offset|opacity|weight|temperature|probab|chance|percent|ratio|latency|duration|mock|fake|dummy|example|demo|placeholder|port$|count|^max|^min|limit|ttl|expir|age$|size|length|width|height|score|noise|seed|spread|pick|roll|dice|variant|bucket|shard/i;

type Verdict = 'secret' | 'benign' | 'neutral';

/** Words that start the name of a function or variable making a value (`new_sdk_key`, `generateLicenseKey`). */
const MAKER = /^(?:new|generate|gen|create|make|mint|issue|build|random|rand|fresh|next|init|rotate)$/;
/** Keys that are not credentials even where `secretKind` would take a vendor's key (`tempKey`, `renderKey`). */
const KEY_NOT_CREDENTIAL = new Set(['temp', 'tmp', 'local', 'render', 'dom', 'element', 'child', 'node', 'list', 'ui', 'component', 'widget', 'row', 'test', 'lookup', 'slot']);

/**
 * A credential named as one (`sdk_key`, `licenseKey`, `ingest_key`, `smtp_pass`), with a maker
 * verb in front dropped: `new_sdk_key()` makes an SDK key. A bare `key`, a cache / sort / React key
 * is not one.
 */
function credentialName(name: string): boolean {
  let w = words(name);
  while (w.length > 1 && MAKER.test(w[0])) w = w.slice(1);
  if (w.length < 2 || w.length > 5) return false;
  const k = secretKind(w.join('_'));
  if (k === 'password' || k === 'secret') return true;
  return k === 'key' && !KEY_NOT_CREDENTIAL.has(w[w.length - 2]);
}

function classify(name: string | undefined): Verdict {
  if (!name) return 'neutral';
  if (BENIGN.test(name)) return 'benign';
  if (SECRET.test(name) || CAPABILITY.test(name) || credentialName(name)) return 'secret';
  return 'neutral';
}

const STOP = new Set(['expression_statement', 'return_statement', 'statement_block', 'block', 'program', 'module', 'if_statement', 'for_statement', 'while_statement', 'class_body']);

/**
 * The name the random value flows into: the variable, property, keyword argument or dictionary
 * key it is stored in, or the function it is returned from.
 */
function sinkName(start: Node): { name?: string; fn?: Node; decl?: Node } {
  let cur: Node | null = start;
  for (let k = 0; cur && k < 14; k++) {
    const p: Node | null = cur.parent;
    if (!p) break;
    switch (p.type) {
      case 'variable_declarator':
        if (p.childForFieldName('value')?.startIndex === cur.startIndex) {
          const id = p.childForFieldName('name');
          return { name: id?.text, decl: id?.type === 'identifier' ? id : undefined };
        }
        break;
      case 'assignment_expression':
      case 'augmented_assignment_expression':
      case 'assignment':
      case 'augmented_assignment':
        if (p.childForFieldName('right')?.startIndex === cur.startIndex) {
          const left = p.childForFieldName('left');
          return { name: lastName(left?.text), decl: left?.type === 'identifier' && p.type !== 'augmented_assignment' && p.type !== 'augmented_assignment_expression' ? left : undefined };
        }
        break;
      case 'pair':
        if (p.childForFieldName('value')?.startIndex === cur.startIndex) return { name: pairKey(p) };
        break;
      case 'keyword_argument':
        return { name: p.childForFieldName('name')?.text };
      case 'public_field_definition':
      case 'field_definition':
        return { name: p.childForFieldName('name')?.text ?? p.childForFieldName('property')?.text };
      case 'arguments':
      case 'argument_list': {
        const call = p.parent;
        const fn = call?.childForFieldName('function')?.text ?? '';
        const callee = lastName(fn) ?? '';
        // res.cookie("session_id", value) / headers.set("X-Api-Key", value)
        const first = p.namedChildren[0];
        const key = first && first.startIndex !== cur.startIndex ? stringValue(first) : undefined;
        if (key !== undefined && /^(?:cookie|set|setHeader|header|setItem|put)$/.test(callee)) return { name: key };
        if (classify(callee) !== 'neutral') return { name: callee };
        break;
      }
      default:
        if (isFunction(p)) {
          // An anonymous callback (`Array.from({ length: 12 }, () => ALPHABET[…Math.random()…])`,
          // `.map(() => …)`): what it returns makes the value of the call that takes it.
          const args: Node | null = p.parent;
          if ((args?.type === 'arguments' || args?.type === 'argument_list') && args.parent && !functionName(p)) {
            cur = args.parent;
            continue;
          }
          return { fn: p };
        }
    }
    if (STOP.has(p.type)) break;
    cur = p;
  }
  // Returned (or used in a statement): judge by the enclosing function's name.
  let f: Node | null = cur;
  for (let k = 0; f && k < 20 && !isFunction(f); k++) f = f.parent;
  return { fn: f ?? undefined };
}

/** The secret-like name a local variable flows into, searching its uses in the same function. */
function aliasUse(ctx: CheckContext, decl: Node): string | undefined {
  const v = decl.text;
  let scope: Node | null = decl.parent;
  for (let k = 0; scope && k < 20 && !isFunction(scope); k++) scope = scope.parent;
  const end = scope ? scope.endIndex : ctx.text.length;
  for (let i = ctx.text.indexOf(v, decl.endIndex), k = 0; i >= 0 && i < end && k < 50; i = ctx.text.indexOf(v, i + v.length), k++) {
    const id = nodeAt(ctx, i);
    if (!id || id.startIndex !== i || id.text !== v || (id.type !== 'identifier' && id.type !== 'shorthand_property_identifier')) continue;
    const use = id.type === 'shorthand_property_identifier' ? { name: v } : sinkName(id);
    if (use.name && use.name !== v && classify(use.name) === 'secret') return use.name;
  }
  return undefined;
}

function examine(ctx: CheckContext, i: number, what: string, instead: string): void {
  const n = nodeAt(ctx, i);
  if (!n || n.type === 'comment' || n.type === 'string_fragment' || n.type === 'string_content') return;
  let call: Node | null = n;
  for (let k = 0; call && k < 4 && call.type !== 'call_expression' && call.type !== 'call'; k++) call = call.parent;
  if (!call) return;
  const { name, fn, decl } = sinkName(call);
  let verdict = classify(name);
  let why = name;
  if (verdict === 'neutral' && decl) {
    // const magic = Math.random()…; insert({ token: magic }) — one step through a local name.
    const via = aliasUse(ctx, decl);
    if (via) {
      verdict = 'secret';
      why = `${via}\` (via \`${name}`;
    }
  }
  if (verdict === 'neutral') {
    let f: Node | null = fn ?? call.parent;
    for (let k = 0; f && k < 20 && !isFunction(f); k++) f = f.parent;
    // The nearest named function decides (a callback inside generateToken() counts as generateToken).
    for (let k = 0; f && isFunction(f) && k < 3; k++) {
      const fname = functionName(f);
      if (fname) {
        verdict = classify(fname);
        why = `${fname}()`;
        break;
      }
      let up: Node | null = f.parent;
      for (let j = 0; up && j < 20 && !isFunction(up); j++) up = up.parent;
      f = up;
    }
  }
  if (verdict !== 'secret') return;
  ctx.report({
    ruleId: ID,
    message: `\`${what}\` makes \`${why}\`, which must be unguessable: it is not a cryptographic generator and its output can be predicted from a few samples. Use \`${instead}\`.`,
    at: call,
  });
}
