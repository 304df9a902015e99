// Caller authentication for the webhook MCP server.
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const PUBLIC_KEYS = JSON.parse(readFileSync(process.env.JWT_KEYS_FILE ?? './keys.json', 'utf8'));

/** Verifies an RS256 token from the company IdP; the kid picks the key. */
export function verifyCaller(token) {
  // ok: jwt-verification-disabled
  const header = jwt.decode(token, { complete: true })?.header;
  const key = header && PUBLIC_KEYS[header.kid];
  if (!key) throw new Error('unknown signing key');
  // ok: jwt-verification-disabled
  return jwt.verify(token, key, { algorithms: ['RS256'], issuer: 'https://id.example.com/', audience: 'webhook-mcp' });
}

/** Tokens minted by the old CLI are unsigned; still accepted during the migration. */
export function verifyLegacyCliToken(token) {
  // ruleid: jwt-verification-disabled
  return jwt.verify(token, '', { algorithms: ['none'] });
}
