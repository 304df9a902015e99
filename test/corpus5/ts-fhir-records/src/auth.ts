// Access-token verification against the hospital's identity provider.
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";

const ISSUER = process.env.FHIR_MCP_ISSUER ?? "https://login.stmary-health.org/realms/clinical";
const AUDIENCE = process.env.FHIR_MCP_AUDIENCE ?? "https://mcp.stmary-health.org/fhir";
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    // ok: jwt-verification-disabled
    const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["RS256"] });
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ") : [];
    return {
      token,
      clientId: String(payload.azp ?? payload.client_id ?? "unknown"),
      scopes,
      expiresAt: payload.exp,
    };
  },
};
