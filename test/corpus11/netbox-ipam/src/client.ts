const NETBOX_URL = (process.env.NETBOX_URL ?? "https://netbox.internal.example").replace(/\/$/, "");
const NETBOX_TOKEN = process.env.NETBOX_TOKEN ?? "";

export interface NetboxPage<T> {
  count: number;
  next: string | null;
  results: T[];
}

function headers(): Record<string, string> {
  return { Authorization: `Token ${NETBOX_TOKEN}`, Accept: "application/json" };
}

/** GET a NetBox API path with query parameters. The path is always relative to NETBOX_URL. */
export async function apiGet<T>(apiPath: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const url = new URL(`${NETBOX_URL}/api/${apiPath.replace(/^\/+/, "")}`);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: headers() });
  if (!res.ok) throw new Error(`NetBox ${res.status} on ${url.pathname}`);
  return (await res.json()) as T;
}

export async function fetchAbsolute(target: string): Promise<unknown> {
  // ruleid: tool-input-to-url
  const res = await fetch(target, { headers: { Accept: "application/json" } });
  return res.json();
}
