import { lookup } from "node:dns/promises";
import net from "node:net";

const TELEMETRY_HOSTS = new Set(["telemetry.gondola-nord.example", "telemetry.gondola-sued.example"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Parses the URL, requires an allow-listed https host and rejects private addresses. */
export async function assertTelemetryUrl(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:" || !TELEMETRY_HOSTS.has(url.hostname)) {
    throw new Error("not a telemetry endpoint");
  }
  const { address } = await lookup(url.hostname);
  if (isPrivate(address)) throw new Error("telemetry host resolves to a private address");
  return url;
}
