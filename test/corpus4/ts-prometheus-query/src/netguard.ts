// Outbound request guard: only exporters on the monitoring allow-list, never private ranges.
import { lookup } from "node:dns/promises";
import net from "node:net";

const EXPORTER_HOSTS = new Set(
  (process.env.EXPORTER_HOSTS ?? "node-exporter.monitoring.example.com,blackbox.monitoring.example.com")
    .split(",")
    .map((h) => h.trim().toLowerCase()),
);

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number);
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  const v6 = ip.toLowerCase();
  return v6 === "::1" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80") || v6.startsWith("::ffff:");
}

export async function assertAllowedExporter(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("exporters must be scraped over https");
  if (!EXPORTER_HOSTS.has(url.hostname.toLowerCase())) throw new Error(`host not on the exporter allow-list: ${url.hostname}`);
  const addrs = await lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("exporter resolves to a private address");
  return url;
}
