import { lookup } from "node:dns/promises";
import net from "node:net";

const FIRMWARE_HOSTS = new Set(["firmware.wallbox-vendor.com", "updates.chargecore.io"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Throws unless the URL is https on an allowed firmware host that resolves to public addresses. */
export async function assertFirmwareUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("firmware must be served over https");
  if (!FIRMWARE_HOSTS.has(url.hostname)) throw new Error(`host ${url.hostname} is not an approved firmware source`);
  const addrs = await lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("firmware host resolves to a private address");
  return url;
}
