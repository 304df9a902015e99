// Thin REST client for the Home Assistant API.
// Only the endpoints the MCP tools need; errors are mapped to HassError.

export interface EntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
  last_changed: string;
}

export class HassError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export class HassClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private headers(): Record<string, string> {
    return {
      Authorization: `Bearer ${this.token}`,
      "Content-Type": "application/json",
    };
  }

  async states(): Promise<EntityState[]> {
    const res = await fetch(`${this.baseUrl}/api/states`, { headers: this.headers() });
    if (!res.ok) throw new HassError(res.status, `states: ${res.statusText}`);
    return (await res.json()) as EntityState[];
  }

  async state(entityId: string): Promise<EntityState> {
    // ok: tool-input-to-url
    const res = await fetch(`${this.baseUrl}/api/states/${encodeURIComponent(entityId)}`, { headers: this.headers() });
    if (!res.ok) throw new HassError(res.status, `state ${entityId}: ${res.statusText}`);
    return (await res.json()) as EntityState;
  }

  async callService(domain: string, service: string, data: Record<string, unknown>): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}/api/services/${domain}/${service}`, {
      method: "POST",
      headers: this.headers(),
      body: JSON.stringify(data),
    });
    if (!res.ok) throw new HassError(res.status, `${domain}.${service}: ${res.statusText}`);
    return res.json();
  }

  async history(entityId: string, hours: number): Promise<unknown> {
    const since = new Date(Date.now() - hours * 3600_000).toISOString();
    const url = new URL(`${this.baseUrl}/api/history/period/${since}`);
    url.searchParams.set("filter_entity_id", entityId);
    const res = await fetch(url, { headers: this.headers() });
    return res.json();
  }
}
