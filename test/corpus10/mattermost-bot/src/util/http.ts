export interface Deps {
  baseUrl: string;
  token: string;
  teamId: string;
}

export interface MmPost {
  id: string;
  channel_id: string;
  message: string;
  create_at: number;
  user_id: string;
}

function headers(deps: Deps): Record<string, string> {
  return { Authorization: `Bearer ${deps.token}`, "Content-Type": "application/json" };
}

/** GET on the Mattermost REST API; callers pass an already-encoded path. */
export async function mmGet<T>(deps: Deps, apiPath: string): Promise<T> {
  const res = await fetch(`${deps.baseUrl}/api/v4${apiPath}`, { headers: headers(deps) });
  if (!res.ok) throw new Error(`Mattermost API ${res.status} on ${apiPath}`);
  return (await res.json()) as T;
}

export async function mmPost<T>(deps: Deps, apiPath: string, body: unknown): Promise<T> {
  const res = await fetch(`${deps.baseUrl}/api/v4${apiPath}`, {
    method: "POST",
    headers: headers(deps),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Mattermost API ${res.status}`);
  return (await res.json()) as T;
}

export function seg(value: string): string {
  return encodeURIComponent(value);
}
