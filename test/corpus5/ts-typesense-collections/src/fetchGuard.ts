// Outbound fetch guard for dataset imports: known hosts only, never private addresses.
import { lookup } from "node:dns/promises";
import net from "node:net";

const ALLOWED_HOSTS = new Set(["datasets.acme-search.io", "raw.githubusercontent.com", "storage.googleapis.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) {
    const v = ip.toLowerCase();
    return v === "::1" || v.startsWith("fc") || v.startsWith("fd") || v.startsWith("fe80") || v.startsWith("::ffff:");
  }
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}

export async function assertPublicAllowed(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("only https datasets");
  if (!ALLOWED_HOSTS.has(url.hostname)) throw new Error(`host ${url.hostname} is not allowed`);
  const addrs = await lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("dataset host resolves to a private address");
  return url;
}

export async function fetchDataset(raw: string): Promise<string> {
  const url = await assertPublicAllowed(raw);
  // ok: tool-input-to-url
  const res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(20_000) });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  return res.text();
}
