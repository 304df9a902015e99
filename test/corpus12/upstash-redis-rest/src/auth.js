import { createHash, timingSafeEqual } from "node:crypto";

const expected = process.env.MCP_API_KEY_SHA256 ? Buffer.from(process.env.MCP_API_KEY_SHA256, "hex") : null;

export function checkApiKey(key) {
  if (!expected || typeof key !== "string" || key.length < 24) return false;
  const digest = createHash("sha256").update(key).digest();
  return digest.length === expected.length && timingSafeEqual(digest, expected);
}
