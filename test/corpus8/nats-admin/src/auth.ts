import { createHash, timingSafeEqual } from "node:crypto";

const KEY_HASHES = (process.env.NATS_ADMIN_KEY_HASHES ?? "").split(",").filter(Boolean).map((h) => Buffer.from(h, "hex"));

export async function verifyApiKey(key: string): Promise<boolean> {
  const digest = createHash("sha256").update(key).digest();
  return KEY_HASHES.some((h) => h.length === digest.length && timingSafeEqual(h, digest));
}
