import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_SUFFIXES = [".shop.example", ".status.example"];

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

export async function probeUrl(raw: string) {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("https only");
  if (!ALLOWED_SUFFIXES.some((s) => url.hostname.endsWith(s))) throw new Error("host not allowed");
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("private address");
  const started = Date.now();
  // ok: tool-input-to-url
  const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(8000) });
  return { status: res.status, ms: Date.now() - started };
}
