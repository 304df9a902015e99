import Redis from "ioredis";
import { readFileSync } from "node:fs";

// ruleid: hardcoded-secret
const FALLBACK_URL = "rediss://default:q7Ld2VwX9mZc4RtB8sKp@cache-prod.example.net:6380/0";

export function connect(): Redis {
  const url = process.env.REDIS_URL ?? FALLBACK_URL;
  if (process.env.REDIS_CA_FILE) {
    // ok: tls-verification-disabled
    return new Redis(url, { tls: { ca: readFileSync(process.env.REDIS_CA_FILE), servername: new URL(url).hostname } });
  }
  // ruleid: tls-verification-disabled
  return new Redis(url, { tls: { rejectUnauthorized: false }, maxRetriesPerRequest: 2 });
}

export function debug(...parts: unknown[]): void {
  if (process.env.CACHE_DEBUG) {
    // ruleid: stdout-in-stdio-server
    console.log("[cache]", ...parts);
  }
}
