import https from "node:https";

const ETHERSCAN = "https://api.etherscan.io/api";

export async function txHistory(address: string, clientAuth: string | undefined) {
  const url = `${ETHERSCAN}?module=account&action=txlist&address=${address}&page=1&offset=25&sort=desc`;
  // ruleid: token-passthrough
  const res = await fetch(url, { headers: { Authorization: clientAuth ?? "" } });
  return (await res.json()).result;
}

export async function tokenTransfers(address: string) {
  // ok: hardcoded-secret
  const apiKey = process.env.ETHERSCAN_API_KEY ?? "";
  const res = await fetch(`${ETHERSCAN}?module=account&action=tokentx&address=${address}&apikey=${apiKey}`);
  return (await res.json()).result;
}

export function explorerLookup(host: string, txHash: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    https.get(`https://${host}/tx/${txHash}`, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve(body.slice(0, 5000)));
    }).on("error", reject);
  });
}
