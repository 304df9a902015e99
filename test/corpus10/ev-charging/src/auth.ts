import jwt from "jsonwebtoken";
import { readFileSync } from "node:fs";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";

const PUBLIC_KEY = readFileSync(process.env.OPERATOR_JWT_PUBKEY ?? "/etc/ev-mcp/operator.pub", "utf8");

export async function verifyAccessToken(token: string): Promise<AuthInfo> {
  // ok: jwt-verification-disabled
  const payload = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "ev-mcp" }) as jwt.JwtPayload;
  return {
    token,
    clientId: String(payload.sub),
    scopes: String(payload.scope ?? "").split(" ").filter(Boolean),
    expiresAt: payload.exp,
  };
}

export function newChargerApiKey(): string {
  // ruleid: insecure-randomness
  return "cp_" + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}
