import { lookup } from "node:dns/promises";
import net from "node:net";

const SCREENER_HOSTS = new Set(["vimeo.com", "player.vimeo.com", "www.dropbox.com", "screeners.filmfest.example.org"]);

function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  const v6 = ip.toLowerCase();
  return v6 === "::1" || v6 === "::" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80") || v6.startsWith("::ffff:");
}

/** Parses `raw`, requires https + an allow-listed host, and rejects hosts resolving to private space. */
export async function assertAllowedScreenerHost(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("screener links must use https");
  if (!SCREENER_HOSTS.has(url.hostname)) throw new Error(`${url.hostname} is not an accepted screener host`);
  const addrs = await lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivateAddress(a.address))) throw new Error("screener host resolves to a private address");
  return url;
}

/** Quick sanity check used by the trailer importer. */
export function looksLikeVideoHost(raw: string): boolean {
  return /vimeo\.com|youtube\.com|dropbox\.com/.test(raw);
}
