import type { Request, Response, NextFunction } from "express";
import { createHash, timingSafeEqual } from "node:crypto";
import net from "node:net";
import dns from "node:dns/promises";

const TOKEN_SHA256 = process.env.WALLET_MCP_TOKEN_SHA256 ?? "";

export function checkBearer(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const digest = createHash("sha256").update(token).digest();
  const expected = Buffer.from(TOKEN_SHA256, "hex");
  if (expected.length !== 32 || !timingSafeEqual(digest, expected)) {
    res.status(401).end();
    return;
  }
  next();
}

const RPC_HOSTS = new Set(["cloudflare-eth.com", "polygon-rpc.com", "arb1.arbitrum.io", "mainnet.base.org", "eth.llamarpc.com"]);

function isPrivate(ip: string): boolean {
  if (net.isIPv6(ip)) return ip === "::1" || ip.startsWith("fc") || ip.startsWith("fd") || ip.startsWith("fe80");
  const [a, b] = ip.split(".").map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Returns the parsed URL when it is an https URL to an allow-listed public RPC host. */
export async function allowedRpc(raw: string): Promise<URL> {
  const url = new URL(raw);
  if (url.protocol !== "https:" || !RPC_HOSTS.has(url.hostname)) {
    throw new Error(`RPC host ${url.hostname} is not allowed`);
  }
  const addrs = await dns.lookup(url.hostname, { all: true });
  if (addrs.some((a) => isPrivate(a.address))) throw new Error("RPC host resolves to a private address");
  return url;
}
