const API_BASE = "https://api.trello.com/1";

export class TrelloClient {
  constructor(private readonly key: string, private readonly token: string) {}

  private url(path: string, query: Record<string, string> = {}): URL {
    const url = new URL(API_BASE + path);
    url.searchParams.set("key", this.key);
    url.searchParams.set("token", this.token);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  }

  async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const res = await fetch(this.url(path, query), { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`Trello API ${res.status}`);
    return (await res.json()) as T;
  }

  async post<T>(path: string, body: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.url(path), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`Trello API ${res.status}`);
    return (await res.json()) as T;
  }
}
