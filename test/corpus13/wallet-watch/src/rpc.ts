import { allowedRpc } from "./guards.js";

export const CHAINS = {
  ethereum: "https://cloudflare-eth.com",
  polygon: "https://polygon-rpc.com",
  arbitrum: "https://arb1.arbitrum.io/rpc",
  base: "https://mainnet.base.org",
} as const;

export async function rpcCall(endpoint: string, method: string, params: unknown[]) {
  const url = await allowedRpc(endpoint);
  // ok: tool-input-to-url
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = await res.json();
  return body.result ?? body.error;
}

export async function balanceOf(chain: keyof typeof CHAINS, address: string): Promise<string> {
  const wei = BigInt(await rpcCall(CHAINS[chain], "eth_getBalance", [address, "latest"]));
  return `${Number(wei / 10n ** 12n) / 1e6} (native units)`;
}
