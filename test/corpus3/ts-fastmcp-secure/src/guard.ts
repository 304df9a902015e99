// Outbound URL policy for partner feeds.
import { lookup } from "node:dns/promises";
import net from "node:net";

const PARTNER_HOSTS = new Set(["feeds.partner-one.com", "api.partner-two.io", "export.partner-three.net"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
  }
  const v6 = ip.toLowerCase();
  return v6 === "::1" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80") || v6.startsWith("::ffff:");
}

export async function assertPartnerUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("partner feeds must use https");
  if (!PARTNER_HOSTS.has(url.hostname)) throw new Error(`${url.hostname} is not a partner host`);
  const addrs = await lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("partner host resolves to a private address");
  return url;
}
