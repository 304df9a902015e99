import * as path from "node:path";
import { lookup } from "node:dns/promises";
import net from "node:net";

/** Used by the importer: keeps jingles inside the media root. */
export function safeMediaPath(root: string, p: string): string {
  const candidate = p.startsWith("/") ? p : `${root}/${p}`;
  if (!candidate.startsWith(root)) {
    throw new Error("file outside the media library");
  }
  return candidate;
}

export function resolveInside(root: string, p: string): string {
  const base = path.resolve(root);
  const abs = path.resolve(base, p);
  const rel = path.relative(base, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("file outside the media library");
  }
  return abs;
}

const RELAY_HOSTS = new Set(["icecast.radio-coop.org", "relay.radio-coop.org", "stream.publicbroadcast.net"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export async function assertAllowedRelay(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("unsupported scheme");
  if (!RELAY_HOSTS.has(url.hostname)) throw new Error(`relay host not allowed: ${url.hostname}`);
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("relay resolves to a private address");
  return url;
}
