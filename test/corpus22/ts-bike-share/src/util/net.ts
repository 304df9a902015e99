import { lookup } from "node:dns/promises";
import net from "node:net";

const PARTNER_HOSTS = new Set(["gbfs.citybikes.example", "feeds.velo-nord.example", "gbfs.rideshare-south.example"]);

export function looksLikePartner(url: string): boolean {
  // substring test on the whole string: "https://evil.example/?gbfs.citybikes.example" passes
  return [...PARTNER_HOSTS].some((h) => url.includes(h));
}

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
}

export async function assertPartnerUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("https only");
  if (!PARTNER_HOSTS.has(url.hostname)) throw new Error(`host ${url.hostname} is not a partner`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("partner host resolves to a private address");
  return url;
}
