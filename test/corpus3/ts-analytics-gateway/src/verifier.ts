// OAuth access-token verification (JWKS from the identity provider).
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { createRemoteJWKSet, jwtVerify } from "jose";

const ISSUER = process.env.OIDC_ISSUER ?? "https://id.example.com";
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/.well-known/jwks.json`));

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    // ok: jwt-verification-disabled
    const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: "analytics-gateway", algorithms: ["RS256", "ES256"] });
    return {
      token,
      clientId: String(payload.client_id ?? payload.sub),
      scopes: typeof payload.scope === "string" ? payload.scope.split(" ") : [],
      expiresAt: payload.exp,
    };
  },
};
