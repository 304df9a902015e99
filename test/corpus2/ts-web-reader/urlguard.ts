import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_HOSTS = new Set(["en.wikipedia.org", "docs.python.org", "developer.mozilla.org", "news.ycombinator.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  const lower = ip.toLowerCase();
  return lower === "::1" || lower.startsWith("fc") || lower.startsWith("fd") || lower.startsWith("fe80");
}

export async function assertPublicUrl(raw: string): Promise<string> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("only https is allowed");
  if (!ALLOWED_HOSTS.has(url.hostname)) throw new Error("host not in allow-list");
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("resolves to a private address");
  return url.toString();
}
