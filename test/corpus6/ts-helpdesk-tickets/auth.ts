import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { createRemoteJWKSet, jwtVerify } from "jose";

const ISSUER = process.env.OIDC_ISSUER ?? "https://login.example-desk.com/";
const jwks = createRemoteJWKSet(new URL(".well-known/jwks.json", ISSUER));

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    // ok: jwt-verification-disabled
    const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: "helpdesk-mcp" });
    return {
      token,
      clientId: String(payload.azp ?? payload.sub),
      scopes: String(payload.scope ?? "").split(" ").filter(Boolean),
      expiresAt: payload.exp,
    };
  },
};
