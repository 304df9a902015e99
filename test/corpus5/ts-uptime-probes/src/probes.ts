// HTTP probe runner and status-page client.
import https from "node:https";
import { readFileSync } from "node:fs";

export interface ProbeResult {
  url: string;
  status: number;
  ms: number;
  tlsDaysLeft?: number;
}

const STATUS_API = process.env.STATUS_API ?? "https://status-api.example.net/v2";
const PROBES_TOKEN = process.env.PROBES_SERVICE_TOKEN ?? "";

// ok: tls-verification-disabled
const corpAgent = new https.Agent({ ca: readFileSync(process.env.CORP_CA ?? "/etc/ssl/corp-root.pem"), keepAlive: false });

export async function probe(url: string, timeoutMs: number): Promise<ProbeResult> {
  const started = performance.now();
  // ruleid: tool-input-to-url
  const res = await fetch(url, { method: "GET", redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  return { url, status: res.status, ms: Math.round(performance.now() - started) };
}

export function probeInternal(path: string): Promise<ProbeResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = https.get({ host: "intranet.corp.example", path: `/${encodeURIComponent(path)}`, agent: corpAgent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ url: `https://intranet.corp.example/${path}`, status: res.statusCode ?? 0, ms: Date.now() - started }));
    });
    req.on("error", reject);
  });
}

export async function listIncidents(): Promise<{ id: string; title: string; state: string }[]> {
  // ok: token-passthrough
  const res = await fetch(`${STATUS_API}/incidents?state=open`, { headers: { Authorization: `Bearer ${PROBES_TOKEN}` } });
  return (await res.json()) as { id: string; title: string; state: string }[];
}

export async function postIncident(title: string, body: string, userToken: string): Promise<string> {
  const res = await fetch(`${STATUS_API}/incidents`, {
    method: "POST",
    // ruleid: token-passthrough
    headers: { Authorization: userToken, "Content-Type": "application/json" },
    body: JSON.stringify({ title, body, state: "investigating" }),
  });
  const created = (await res.json()) as { id: string };
  return created.id;
}

export function subscriberToken(): string {
  // Token embedded in the e-mail "unsubscribe" links of status-page subscribers.
  // ruleid: insecure-randomness
  return Date.now().toString(36) + Math.floor(Math.random() * 1e9).toString(36);
}
