import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { ancestor, callAtCallee, calleeOf, eachMatch, has, enclosingFunction, functionName, isFalse, isTrue, kwarg, kwargNode, nodeAt, positional, stringItems, unwrap } from '../checks/transport/util';

const ID = 'jwt-verification-disabled';
const WHY = 'anyone can forge a token with any identity and scopes';

export const jwtVerificationDisabled: CheckRule = {
  meta: {
    id: ID,
    title: 'JWT accepted without verifying its signature or expiry',
    severity: 'error',
    cwe: [347],
    languages: ['ts', 'py'],
    docs: 'docs/rules/jwt-verification-disabled.md',
  },
  check(ctx) {
    if (!has(ctx.text, 'jwt', 'JWT', 'Jwt', 'jose', 'oken')) return;
    if (ctx.lang === 'ts') checkTs(ctx);
    else checkPy(ctx);
  },
};

/**
 * The function (or the file) around a node verifies tokens too: a decode there reads the
 * header/kid. The function's body is read, not its name (a verifier callback named
 * `verifyAccessToken` that only decodes verifies nothing).
 */
function verifiesNearby(ctx: CheckContext, n: Node, re: RegExp): boolean {
  const fn = enclosingFunction(n);
  return re.test(fn ? (fn.childForFieldName('body') ?? fn).text : ctx.text);
}

/** Decoding without verifying matters where tokens authenticate requests. */
function authContext(ctx: CheckContext): boolean {
  return ctx.isMcp || /authorization|bearer|req\.headers|request\.headers/i.test(ctx.text);
}

const TS_VERIFY = /\b(?:verify|jwtVerify|verifyJwt|verifyToken|verifyAccessToken)\s*\(/;

function checkTs(ctx: CheckContext): void {
  // Type arguments may sit between the name and the call: `jwtDecode<{ sub: string }>(token)`.
  if (has(ctx.text, 'ecode')) eachMatch(ctx.text, /\b(?:jwt|jsonwebtoken|JWT|jsonWebToken)\s*\.\s*decode\s*\(|\b(?:decodeJwt|jwtDecode|jwt_decode)\s*(?:<[^()<>]*(?:<[^()<>]*>[^()<>]*)*>\s*)?\(|\bUnsecuredJWT\s*\.\s*decode\s*\(/g, (i, m) => {
    const call = callAtCallee(ctx, i);
    if (!call || !authContext(ctx)) return;
    const args = positional(call);
    if (/^(?:jwt|jsonwebtoken|JWT|jsonWebToken)\s*\./.test(m[0]) && args.length >= 2) {
      // jwt-simple's decode(token, secret) verifies unless its third argument is true.
      const second = unwrap(args[1]);
      if (second && second.type !== 'object' && !isTrue(args[2] ?? null)) return;
    }
    if (!m[0].startsWith('UnsecuredJWT') && verifiesNearby(ctx, call, TS_VERIFY)) return;
    const name = calleeOf(call)?.text ?? 'decode';
    ctx.report({ ruleId: ID, message: `\`${name}()\` reads a JWT without checking its signature or expiry; if its claims decide who the caller is, ${WHY}. Use \`jwt.verify\` / jose \`jwtVerify\` with the issuer's key, and check \`iss\`, \`aud\` and \`exp\`.`, at: calleeOf(call) ?? call });
  });
  if (has(ctx.text, 'none')) eachMatch(ctx.text, /\balgorithms?\s*:\s*[["'`]/g, (i) => {
    const n = nodeAt(ctx, i);
    const pair = n?.parent?.type === 'pair' ? n.parent : null;
    if (!pair) return;
    const bad = stringItems(pair.childForFieldName('value')).find((s) => s.value.toLowerCase() === 'none');
    if (bad) ctx.report({ ruleId: ID, message: `JWT algorithm \`none\` accepted: an unsigned token passes verification, so ${WHY}. List only the algorithm the issuer signs with (e.g. \`['RS256']\`).`, at: bad.node });
  });
  if (has(ctx.text, 'ignoreExpiration')) eachMatch(ctx.text, /\bignoreExpiration\s*:\s*true\b/g, (i) => {
    const n = nodeAt(ctx, i);
    const pair = n?.parent?.type === 'pair' ? n.parent : null;
    if (pair) ctx.report({ ruleId: ID, message: '`ignoreExpiration: true`: expired JWTs are accepted, so a leaked or revoked token works forever. Remove it (allow a small `clockTolerance` if clocks drift).', at: pair });
  });
}

/** A Python `….decode(token, key, …)` call that checks the signature (a key given, verification not turned off). */
function verifyingDecode(ctx: CheckContext, from: number, to: number): boolean {
  const text = ctx.text.slice(from, to);
  let found = false;
  eachMatch(text, /\.\s*decode\s*\(/g, (i) => {
    if (found) return;
    const call = callAtCallee(ctx, from + i + 1);
    if (!call || call.type !== 'call' || /verify_signature["']?\s*[:=]\s*False/.test(call.text)) return;
    if (positional(call).length >= 2 || kwarg(call, 'key')) found = true;
  });
  return found;
}

/**
 * An unverified decode that only routes: it reads a claim (`kind`, `iss`, `kid`) to pick the
 * verifier, and the token is then verified. Either the same block verifies after it, or the
 * function is called by functions of this file that then call a function of this file that
 * verifies (`kind = token_kind(t); return partner_user(t)` with `partner_user` decoding with a key).
 * Unverified decodes elsewhere in the file do not count.
 */
function routesToVerification(ctx: CheckContext, at: Node): boolean {
  const fn = enclosingFunction(at);
  if (!fn || fn.type !== 'function_definition') return false;
  const call = ancestor(at, (x) => x.type === 'call', 4);
  // Verified further down the same block (a sibling `else` branch that verifies does not count).
  const block = ancestor(call, (x) => x.type === 'block', 8);
  if (block && call && verifyingDecode(ctx, call.endIndex, block.endIndex)) return true;
  const name = functionName(fn);
  if (!name) return false;
  const text = ctx.text;
  const verifies = new Map<string, boolean>();
  const verifier = (h: string): boolean => {
    let v = verifies.get(h);
    if (v !== undefined) return v;
    const d = text.indexOf(`def ${h}(`);
    const def = d >= 0 ? ancestor(nodeAt(ctx, d), (x) => x.type === 'function_definition', 3) : null;
    v = !!def && def.id !== fn.id && verifyingDecode(ctx, def.startIndex, def.endIndex);
    verifies.set(h, v);
    return v;
  };
  let callers = 0;
  for (let i = text.indexOf(`${name}(`), k = 0; i >= 0 && k < 12; i = text.indexOf(`${name}(`, i + name.length), k++) {
    if (/[\w.]/.test(text[i - 1] ?? '') || (i >= fn.startIndex && i < fn.endIndex)) continue;
    // The result picks a branch (`kind = token_kind(t)`, `if token_kind(t) == …`); returned or passed on, it is the caller's identity.
    const site = callAtCallee(ctx, i);
    const use = site?.parent;
    if (!site || !use || !(use.type === 'assignment' || use.type === 'comparison_operator')) return false;
    const g = enclosingFunction(nodeAt(ctx, i));
    const gb = g?.childForFieldName('body');
    if (!g || !gb) return false;
    if (use.type === 'assignment') {
      // The variable must then be compared (`if kind == "partner":`), not used as the claims.
      const v = use.childForFieldName('left')?.text ?? '';
      const rest = text.slice(site.endIndex, gb.endIndex);
      if (!/^[A-Za-z_]\w*$/.test(v) || ![`${v} ==`, `${v} !=`, `${v} in `, `${v} not in `, `match ${v}`].some((t) => rest.includes(t))) return false;
    }
    // Calls after the routing call in the caller: one of them must reach a verifying function.
    let ok = false;
    eachMatch(text.slice(i, gb.endIndex), /\b([A-Za-z_]\w*)\s*\(/g, (_j, m) => {
      if (!ok && m[1] !== name && verifier(m[1])) ok = true;
    });
    if (!ok) return false;
    callers++;
  }
  return callers > 0;
}

/**
 * Outside server code (a helper module): the token decoded is a parameter of the function, handed
 * in by its caller (a webhook's or a client's token), and the function reads more than its
 * expiry (`exp` / `iat` / `nbf`: a client checking when to refresh its own token).
 */
function callerClaims(call: Node): boolean {
  const arg = positional(call)[0];
  const fn = enclosingFunction(call);
  if (arg?.type !== 'identifier' || !fn) return false;
  const params = fn.childForFieldName('parameters')?.namedChildren ?? [];
  const isParam = params.some((p) => (p?.type === 'identifier' ? p : p?.childForFieldName('name') ?? p?.namedChildren[0])?.text === arg.text);
  return isParam && !/["'](?:exp|iat|nbf)["']|\.(?:exp|iat|nbf)\b|expir/i.test(fn.childForFieldName('body')?.text ?? '');
}

function checkPy(ctx: CheckContext): void {
  if (has(ctx.text, 'decode')) eachMatch(ctx.text, /\bjwt\s*\.\s*decode\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call || call.type !== 'call') return;
    const verify = kwargNode(call, 'verify');
    if (verify && isFalse(verify.childForFieldName('value'))) {
      ctx.report({ ruleId: ID, message: `\`jwt.decode(..., verify=False)\` skips the signature check: ${WHY}. Pass the key and \`algorithms=[...]\`.`, at: verify });
    }
    const algs = kwarg(call, 'algorithms');
    const none = stringItems(algs).find((s) => s.value.toLowerCase() === 'none');
    if (none) ctx.report({ ruleId: ID, message: `JWT algorithm \`none\` accepted: an unsigned token passes, so ${WHY}.`, at: none.node });
  });
  if (has(ctx.text, 'verify_signature', 'verify_exp')) eachMatch(ctx.text, /["']?\b(?:verify_signature|verify_exp)["']?\s*[:=]\s*False\b/g, (i, m) => {
    const n = nodeAt(ctx, i);
    // {"verify_signature": False} or dict(verify_signature=False)
    const pair = ancestor(n, (x) => x.type === 'pair' || x.type === 'keyword_argument', 3);
    if (!pair) return;
    const sig = m[0].includes('signature');
    if (sig && routesToVerification(ctx, pair)) return;
    ctx.report({
      ruleId: ID,
      message: sig
        ? `JWT decoded with \`verify_signature: False\`: the signature is not checked, so ${WHY}. Decode with the issuer's key and \`algorithms=[...]\`.`
        : 'JWT decoded with `verify_exp: False`: expired tokens are accepted, so a leaked or revoked token works forever.',
      at: pair,
    });
  });
  if (has(ctx.text, 'get_unverified_claims')) eachMatch(ctx.text, /\bget_unverified_claims\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i);
    if (!call || !(authContext(ctx) || callerClaims(call)) || verifiesNearby(ctx, call, /\bjwt\s*\.\s*decode\s*\(|\bverify\w*\s*\(/)) return;
    ctx.report({ ruleId: ID, message: `\`${calleeOf(call)?.text}()\` reads a JWT's claims without verifying it; if they decide who the caller is, ${WHY}. Use \`jwt.decode(token, key, algorithms=[...], audience=...)\`.`, at: calleeOf(call) ?? call });
  });
}
