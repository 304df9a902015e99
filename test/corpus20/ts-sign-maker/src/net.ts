import { lookup } from "node:dns/promises";
import net from "node:net";

const SHARE_HOSTS = new Set(["files.signshop.example", "wetransfer.com", "dl.dropboxusercontent.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

export async function isAllowedArtworkUrl(raw: string): Promise<boolean> {
  const u = new URL(raw);
  if (u.protocol !== "https:") return false;
  if (!SHARE_HOSTS.has(u.hostname)) return false;
  const { address } = await lookup(u.hostname);
  return !isPrivate(address);
}
