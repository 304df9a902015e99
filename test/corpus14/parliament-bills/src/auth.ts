import { createRemoteJWKSet, jwtVerify } from "jose";
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";

const ISSUER = "https://sso.parliament.example.ca/realms/staff";
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    // ok: jwt-verification-disabled
    const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: "parliament-bills-mcp", algorithms: ["RS256"] });
    return {
      token,
      clientId: String(payload.azp ?? payload.sub),
      scopes: String(payload.scope ?? "").split(" ").filter(Boolean),
      expiresAt: payload.exp,
    };
  },
};
