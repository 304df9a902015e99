// Verifies access tokens issued by the company IdP (RS256, JWKS).
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";

const ISSUER = process.env.OIDC_ISSUER ?? "https://login.example.com/realms/ops";
const AUDIENCE = process.env.OIDC_AUDIENCE ?? "grafana-mcp";
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

export async function verifyOidcToken(token: string): Promise<AuthInfo> {
  // ok: jwt-verification-disabled
  const { payload } = await jwtVerify(token, jwks, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["RS256"] });
  return {
    token,
    clientId: String(payload.azp ?? payload.sub),
    scopes: String(payload.scope ?? "").split(" ").filter(Boolean),
    expiresAt: payload.exp,
  };
}
