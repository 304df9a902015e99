import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_WEBHOOK_HOSTS = new Set(["hooks.slack.com", "outlook.office.com", "chat.googleapis.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Real guard: host on the allow-list, https only, and it does not resolve to a private address. */
export async function assertAllowedWebhook(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("webhook must use https");
  if (!ALLOWED_WEBHOOK_HOSTS.has(url.hostname)) throw new Error(`webhook host not allowed: ${url.hostname}`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("webhook resolves to a private address");
  return url;
}

/** Meant to keep probes on our own domains, but checks the raw string with includes(). */
export function looksInternal(raw: string): boolean {
  return raw.includes(".corp.example.com");
}
