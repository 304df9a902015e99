import { createHash, timingSafeEqual } from "node:crypto";
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { InvalidTokenError } from "@modelcontextprotocol/sdk/server/auth/errors.js";

const expectedHash = createHash("sha256").update(process.env.TASKS_ACCESS_TOKEN ?? "").digest();

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const got = createHash("sha256").update(token).digest();
    if (!process.env.TASKS_ACCESS_TOKEN || !timingSafeEqual(got, expectedHash)) {
      throw new InvalidTokenError("invalid token");
    }
    return { token, clientId: "local", scopes: ["tasks"], expiresAt: Math.floor(Date.now() / 1000) + 3600 };
  },
};
