import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_REGISTRY_HOSTS = new Set(["registry-1.docker.io", "ghcr.io", "quay.io", "harbor.corp.example"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

/** Real guard: exact host allow-list, https only, and no private resolution. */
export async function assertRegistryUrl(raw: string): Promise<URL> {
  const u = new URL(raw);
  if (u.protocol !== "https:" || !ALLOWED_REGISTRY_HOSTS.has(u.hostname)) throw new Error("registry not allowed");
  const { address } = await lookup(u.hostname);
  if (isPrivate(address)) throw new Error("registry resolves to a private address");
  return u;
}

/** Webhook check used by the webhook tester: looks for the company domain anywhere in the string. */
export function looksLikeCorpWebhook(raw: string): boolean {
  return raw.includes("corp.example");
}
