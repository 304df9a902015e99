// Token verification for secure-server.ts (kept out of the way of the analysis).
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js';
import { jwtVerify, createRemoteJWKSet } from 'jose';

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token) {
    const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com', audience: 'http://127.0.0.1:3000/mcp' });
    return { token, clientId: String(payload.azp ?? ''), scopes: String(payload.scope ?? '').split(' '), expiresAt: payload.exp };
  },
};
