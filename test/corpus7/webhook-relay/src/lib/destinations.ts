import https from "node:https";
import { readFileSync } from "node:fs";

export const DESTINATIONS: Readonly<Record<string, string>> = Object.freeze({
  "billing-events": "https://hooks.billing.internal.example.com/ingest",
  "ops-chat": "https://chat.example.com/hooks/T024/relay",
  "audit-log": "https://audit.internal.example.com/v2/events",
});

// ok: tls-verification-disabled
export const internalAgent = new https.Agent({ ca: readFileSync(process.env.INTERNAL_CA ?? "/etc/ssl/internal-ca.pem"), rejectUnauthorized: true });

export function destinationUrl(name: string): string {
  const url = DESTINATIONS[name];
  if (!url || !Object.hasOwn(DESTINATIONS, name)) throw new Error(`unknown destination ${name}`);
  return url;
}

export function deliver(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-url
    const req = https.request(url, { method: "POST", agent: internalAgent, headers, timeout: 10_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}
