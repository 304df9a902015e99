import { createHash, timingSafeEqual } from "node:crypto";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";

const TOKEN_HASHES = (process.env.RELEASE_BOT_TOKEN_SHA256 ?? "").split(",").filter(Boolean).map((h) => Buffer.from(h, "hex"));

export const verifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const digest = createHash("sha256").update(token).digest();
    const ok = TOKEN_HASHES.some((h) => h.length === digest.length && timingSafeEqual(h, digest));
    if (!ok) throw new Error("invalid token");
    return { token, clientId: "release-bot", scopes: ["release"] };
  },
};
