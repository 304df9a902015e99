import { lookup } from "node:dns/promises";
import net from "node:net";

const FEED_HOSTS = new Set(["gtfsrt.metro.example.org", "api.regionalrail.example.com", "feeds.ferries.example.net"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Parses the URL, checks the host against the feed allow-list and rejects private addresses. */
export async function assertFeedUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("feeds must use https");
  if (!FEED_HOSTS.has(url.hostname)) throw new Error(`host ${url.hostname} is not an approved feed`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("feed resolves to a private address");
  return url;
}

/** Legacy check kept for the vehicle-positions tool. */
export function looksLikeTransitFeed(raw: string): boolean {
  return raw.includes("metro.example.org") || raw.includes("regionalrail.example.com");
}
