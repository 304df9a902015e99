import type { Node } from 'web-tree-sitter';
import type { CheckRule } from './types';
import type { CheckContext } from '../checks/context';
import { ancestor, callAtCallee, calleeOf, eachMatch, has, isFalse, isFunction, isTrue, nodeAt, unwrap } from '../checks/transport/util';
import { stringValue } from '../context';

const ID = 'tls-verification-disabled';
const WHY = 'anyone on the network path can impersonate the server, read the traffic and the credentials sent with it, and change the answers';

export const tlsVerificationDisabled: CheckRule = {
  meta: {
    id: ID,
    title: 'TLS certificate verification disabled',
    severity: 'error',
    cwe: [295],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tls-verification-disabled.md',
  },
  check(ctx) {
    if (ctx.lang === 'ts') checkTs(ctx);
    else checkPy(ctx);
  },
};

function isCode(n: Node | null): n is Node {
  return !!n && n.type !== 'comment' && n.type !== 'string_fragment' && n.type !== 'string_content';
}

function checkTs(ctx: CheckContext): void {
  if (has(ctx.text, 'rejectUnauthorized', 'strictSSL')) eachMatch(ctx.text, /\b(?:rejectUnauthorized|strictSSL)\s*[:=]\s*false\b/g, (i, m) => {
    const n = nodeAt(ctx, i);
    if (!isCode(n)) return;
    // { rejectUnauthorized: false } or https.globalAgent.options.rejectUnauthorized = false
    const at = n.parent?.type === 'pair' ? n.parent : n.parent?.type === 'member_expression' && n.parent.parent?.type === 'assignment_expression' ? n.parent.parent : null;
    if (!at) return;
    const what = m[0].startsWith('strict') ? '`strictSSL: false`' : '`rejectUnauthorized: false`';
    ctx.report({ ruleId: ID, message: `${what} turns off TLS certificate checks: ${WHY}. Trust a private CA with the \`ca\` option (or NODE_EXTRA_CA_CERTS) instead.`, at });
  });
  if (has(ctx.text, 'NODE_TLS_REJECT_UNAUTHORIZED')) eachMatch(ctx.text, /\bNODE_TLS_REJECT_UNAUTHORIZED\b/g, (i) => {
    const n = nodeAt(ctx, i);
    if (!n || n.type === 'comment') return;
    // process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' / env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } / process.env['…'] = 0
    const holder = ancestor(n, (x) => x.type === 'assignment_expression' || x.type === 'pair', 4);
    if (!holder) return;
    const value = holder.type === 'pair' ? holder.childForFieldName('value') : holder.childForFieldName('right');
    const left = holder.type === 'pair' ? holder.childForFieldName('key') : holder.childForFieldName('left');
    if (!left || left.startIndex > i || left.endIndex < i) return;
    const v = unwrap(value);
    const s = v ? stringValue(v) ?? v.text : '';
    if (s !== '0' && s !== "'0'" && s !== '"0"') return;
    ctx.report({ ruleId: ID, message: `\`NODE_TLS_REJECT_UNAUTHORIZED=0\` turns off certificate checks for every TLS connection of the process: ${WHY}.`, at: holder });
  });
  // Client options of other libraries that name the check they turn off (Kubernetes `skipTLSVerify`,
  // `insecureSkipTlsVerify`, `verifyHostname: false`, `sslVerify: false`).
  if (has(ctx.text, 'erify', 'ostname')) eachMatch(ctx.text, TS_NAMED_OFF, (i, m) => {
    const n = nodeAt(ctx, i);
    if (!isCode(n) || n.parent?.type !== 'pair') return;
    const pair = n.parent;
    if (pair.childForFieldName('key')?.startIndex !== n.startIndex) return;
    ctx.report({ ruleId: ID, message: `\`${m[0].replace(/\s+/g, ' ')}\` turns off TLS certificate checks: ${WHY}. Trust a private CA with the client's CA option instead.`, at: pair });
  });
  if (has(ctx.text, 'checkServerIdentity')) eachMatch(ctx.text, /\bcheckServerIdentity\s*:/g, (i) => {
    const n = nodeAt(ctx, i);
    const pair = n?.parent?.type === 'pair' ? n.parent : null;
    const fn = unwrap(pair?.childForFieldName('value') ?? null);
    if (!pair || !fn || !isFunction(fn)) return;
    const body = fn.childForFieldName('body');
    const b = body?.text.replace(/\s+/g, '') ?? '';
    if (b === '{}' || b === 'undefined' || b === 'null' || b === '{returnundefined;}' || b === '{returnundefined}' || b === '{return;}') {
      ctx.report({ ruleId: ID, message: `\`checkServerIdentity\` that accepts every certificate: the host name is not checked, so ${WHY}.`, at: pair });
    }
  });
}

const TS_NAMED_OFF = /\b(?:insecureSkipTlsVerify|insecureSkipTLSVerify|insecureSkipVerify|skipTLSVerify|skipTlsVerify|skipSslVerify|skipSSLVerify)\s*:\s*true\b|\b(?:checkHostname|verifyHostname|verifyCertificate|verifyCertificates|verifyCert|verifyCerts|certCheck|sslVerify|tlsVerify|verifySsl|verifySSL|verifyTls|verifyTLS)\s*:\s*false\b/g;
/**
 * Python keyword arguments that name a certificate or host-name check and turn it off, in any
 * client: kafka-python `ssl_check_hostname=False`, MinIO `cert_check=False`,
 * `verify_hostname=False`, `tls_verify=False`, `verify_certificate=False`.
 */
const PY_NAMED_FALSE = /(?:check_hostname|cert_check|check_certs?|check_certificates?|verify_hostname|verify_cert|verify_certificates?|tls_verify|verify_tls|cert_verify|verify_cert_chain)\s*=\s*False\b/g;
/** ...and those that name the insecure mode: `insecure_skip_tls_verify=True`, `ssl_insecure=True`. */
const PY_NAMED_TRUE = /(?:insecure_skip_tls_verify|insecure_skip_verify|skip_tls_verify|skip_ssl_verify|skip_verify_ssl|tls_insecure|ssl_insecure|disable_ssl_verification|disable_tls_verification)\s*=\s*True\b/g;

const HTTPISH = /\b(?:requests|httpx|aiohttp|urllib3|session|client|http|sess)\b|\.(?:get|post|put|patch|delete|head|options|request|stream|send|urlopen)$|^(?:get|post|put|patch|delete|request|urlopen)$|(?:Client|AsyncClient|Session|ClientSession|Transport|HTTPTransport|AsyncHTTPTransport|TCPConnector|PoolManager|HTTPSConnectionPool)$/i;

function checkPy(ctx: CheckContext): void {
  // verify_ssl / verify_certs / ssl_verify name certificate checks in any client (kubernetes, elasticsearch, aiohttp).
  if (has(ctx.text, 'False')) eachMatch(ctx.text, /\b(?:verify|ssl|verify_ssl|verify_certs|ssl_verify)\s*=\s*False\b/g, (i, m) => {
    const id = nodeAt(ctx, i);
    const kw = id?.parent;
    if (!kw || kw.type !== 'keyword_argument') return;
    const call = kw.parent?.parent;
    const callee = call?.type === 'call' ? calleeOf(call)?.text ?? '' : '';
    const named = /^(?:verify_ssl|verify_certs|ssl_verify)/.test(m[0]);
    if ((!named && !HTTPISH.test(callee)) || /decode|jwt/i.test(callee)) return;
    const what = `\`${m[0].replace(/\s+/g, '')}\``;
    ctx.report({ ruleId: ID, message: `${what} in \`${callee}(…)\` turns off TLS certificate checks: ${WHY}. Pass a CA bundle path (\`verify="/path/ca.pem"\`) for a private CA instead.`, at: kw });
  });
  const named = (i: number, m: RegExpExecArray) => {
    const id = nodeAt(ctx, i);
    const kw = id?.parent;
    if (!id || id.type !== 'identifier' || kw?.type !== 'keyword_argument' || kw.childForFieldName('name')?.startIndex !== id.startIndex) return;
    // `insecure_skip_tls_verify=False` / `no_verify_hostname=False` keep the check on.
    if (m[0].endsWith('False') && /insecure|skip|disable|(?:^|_)no_/i.test(id.text)) return;
    const call = kw.parent?.parent;
    const callee = call?.type === 'call' ? calleeOf(call)?.text ?? '' : '';
    ctx.report({ ruleId: ID, message: `\`${kw.text.replace(/\s+/g, '')}\`${callee ? ` in \`${callee}(…)\`` : ''} turns off TLS certificate checks: ${WHY}. Pass the CA bundle of a private CA instead.`, at: kw });
  };
  if (has(ctx.text, 'False') && has(ctx.text, 'check', 'verify')) eachMatch(ctx.text, PY_NAMED_FALSE, named);
  if (has(ctx.text, 'True') && has(ctx.text, 'insecure', 'skip_', 'disable_')) eachMatch(ctx.text, PY_NAMED_TRUE, named);
  // session.verify = False (requests.Session)
  if (has(ctx.text, '.verify', '_verify')) eachMatch(ctx.text, /\.(?:verify|verify_ssl|verify_certs|ssl_verify)\s*=\s*False\b/g, (i) => {
    const asg = ancestor(nodeAt(ctx, i + 1), (x) => x.type === 'assignment', 3);
    if (asg && isFalse(asg.childForFieldName('right'))) ctx.report({ ruleId: ID, message: `\`${asg.childForFieldName('left')?.text} = False\` turns off TLS certificate checks for every request of the session: ${WHY}.`, at: asg });
  });
  if (has(ctx.text, '_create_unverified_context')) eachMatch(ctx.text, /\b_create_unverified_context\b/g, (i) => {
    const n = nodeAt(ctx, i);
    if (!isCode(n)) return;
    const at = ancestor(n, (x) => x.type === 'call' || x.type === 'assignment', 3) ?? n;
    ctx.report({ ruleId: ID, message: `\`ssl._create_unverified_context\` makes TLS connections that accept any certificate: ${WHY}.`, at });
  });
  if (has(ctx.text, 'CERT_NONE')) eachMatch(ctx.text, /\bCERT_NONE\b/g, (i) => {
    const n = nodeAt(ctx, i);
    if (!isCode(n)) return;
    const top = n.parent?.type === 'attribute' ? n.parent : n;
    const p = top.parent;
    const flagged = (p?.type === 'assignment' && p.childForFieldName('right')?.startIndex === top.startIndex) || p?.type === 'keyword_argument';
    if (flagged) ctx.report({ ruleId: ID, message: `\`ssl.CERT_NONE\`: the peer certificate is not verified, so ${WHY}. Use \`ssl.create_default_context()\`.`, at: p! });
  });
  // paho-mqtt: tls_insecure_set(True) stops checking that the certificate names the broker.
  if (has(ctx.text, 'tls_insecure_set')) eachMatch(ctx.text, /\.tls_insecure_set\s*\(/g, (i) => {
    const call = callAtCallee(ctx, i + 1);
    const arg = call?.childForFieldName('arguments')?.namedChildren[0];
    const v = arg?.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
    if (call && v && isTrue(v)) ctx.report({ ruleId: ID, message: `\`tls_insecure_set(True)\`: the broker's certificate is not checked against its host name, so ${WHY}.`, at: call });
  });
  // redis-py / urllib3 / pymongo: certificate requirements given as a string (redis-py also reads None as none).
  if (has(ctx.text, 'cert_reqs')) eachMatch(ctx.text, /\b(?:ssl_cert_reqs|cert_reqs|tlsAllowInvalidCertificates|tls_allow_invalid_certificates)\s*=/g, (i, m) => {
    const kw = nodeAt(ctx, i)?.parent;
    if (!kw || kw.type !== 'keyword_argument') return;
    const v = kw.childForFieldName('value');
    const sv = v ? stringValue(v) : undefined;
    const off = /allow_?invalid/i.test(m[0]) ? isTrue(v ?? null) : (sv !== undefined && /^(?:none|CERT_NONE)$/i.test(sv)) || (v?.type === 'none' && m[0].startsWith('ssl_'));
    if (off) ctx.report({ ruleId: ID, message: `\`${kw.text.replace(/\s+/g, '')}\` turns off TLS certificate checks: ${WHY}. Require certificates (\`"required"\`) and pass the CA bundle (\`ssl_ca_certs=…\`) for a private CA.`, at: kw });
  });
  if (has(ctx.text, 'check_hostname')) eachMatch(ctx.text, /\.check_hostname\s*=\s*False\b/g, (i) => {
    const n = nodeAt(ctx, i + 1);
    const asg = ancestor(n, (x) => x.type === 'assignment', 3);
    if (asg && isFalse(asg.childForFieldName('right'))) ctx.report({ ruleId: ID, message: `\`check_hostname = False\`: any valid certificate for any host is accepted, so ${WHY}.`, at: asg });
  });
}
