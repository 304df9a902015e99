import { timingSafeEqual } from "node:crypto";
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import { InvalidTokenError } from "@modelcontextprotocol/sdk/server/auth/errors.js";

const tokens = (process.env.KB_TOKENS ?? "").split(",").map((t) => t.trim()).filter(Boolean);

export const staticVerifier: OAuthTokenVerifier = {
  async verifyAccessToken(token) {
    const ok = tokens.some((t) => t.length === token.length && timingSafeEqual(Buffer.from(t), Buffer.from(token)));
    if (!ok) throw new InvalidTokenError("unknown token");
    return { token, clientId: "kb-client", scopes: [] };
  },
};
