import { lookup } from "node:dns/promises";
import net from "node:net";

const PARTNER_HOSTS = new Set(["api.swiftcourier.example", "tracking.bikefleet.example", "hooks.dispatch.example"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Parse the URL, require https and a partner host, and refuse hosts that resolve to private space. */
export async function assertPartnerUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("https only");
  if (!PARTNER_HOSTS.has(url.hostname)) throw new Error(`host not allowed: ${url.hostname}`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("partner host resolves to a private address");
  return url;
}

/** Looser check used for webhook previews. */
export function looksLikePartner(raw: string): boolean {
  return [...PARTNER_HOSTS].some((h) => raw.includes(h));
}
