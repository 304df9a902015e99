// Minimal Grafana HTTP API wrapper used by the tool handlers.
export interface GrafanaOptions {
  baseUrl: string;
  authorization: string;
}

export async function grafanaGet(opts: GrafanaOptions, apiPath: string): Promise<unknown> {
  const res = await fetch(new URL(apiPath, opts.baseUrl), {
    headers: { Authorization: opts.authorization, Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`grafana ${apiPath}: ${res.status}`);
  return res.json();
}

export async function grafanaPost(opts: GrafanaOptions, apiPath: string, body: unknown): Promise<unknown> {
  const res = await fetch(new URL(apiPath, opts.baseUrl), {
    method: "POST",
    headers: { Authorization: opts.authorization, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`grafana ${apiPath}: ${res.status}`);
  return res.json();
}
