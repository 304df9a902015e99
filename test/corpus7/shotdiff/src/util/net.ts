import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_SITES = new Set(["staging.shop.example.com", "www.shop.example.com", "docs.example.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
}

/** Returns the parsed URL when it points at one of the sites we are allowed to capture. */
export async function assertCapturable(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("only https pages can be captured");
  if (!ALLOWED_SITES.has(url.hostname)) throw new Error(`${url.hostname} is not on the capture allow-list`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("refusing to capture a private address");
  return url;
}
