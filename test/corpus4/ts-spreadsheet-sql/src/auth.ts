// Opaque token verification against the team's token service.
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { createHash } from "node:crypto";

const TOKEN_SERVICE = process.env.TOKEN_SERVICE_URL ?? "https://tokens.example.com/v1/verify";

export const tokenVerifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const res = await fetch(TOKEN_SERVICE, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Service": "spreadsheet-sql" },
      body: JSON.stringify({ token_sha256: createHash("sha256").update(token).digest("hex") }),
    });
    if (!res.ok) throw new Error("token rejected");
    const info = (await res.json()) as { client_id: string; scopes: string[]; exp: number };
    // ok: sensitive-data-logged
    console.error(`token accepted for client ${info.client_id}`);
    return { token, clientId: info.client_id, scopes: info.scopes, expiresAt: info.exp };
  },
};
