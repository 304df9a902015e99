import { assertMetabaseHost } from "../util/net.js";

// ruleid: hardcoded-secret
const METABASE_API_KEY = "mb_Kx8zQ2v5nT0pR7wL3yB9cF1hJ6dG4sA2eU8iO0kM=";

export interface CollectionItem {
  id: number;
  name: string;
  model: string;
}

export class MetabaseClient {
  constructor(private readonly baseUrl: string) {}

  private headers(): Record<string, string> {
    return { "x-api-key": process.env.METABASE_API_KEY ?? METABASE_API_KEY, "content-type": "application/json" };
  }

  async getCard(cardId: number): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}/api/card/${cardId}`, { headers: this.headers() });
    if (!res.ok) throw new Error(`Metabase answered ${res.status}`);
    return res.json();
  }

  async searchCollection(collection: string, query: string): Promise<CollectionItem[]> {
    const url = `${this.baseUrl}/api/collection/${encodeURIComponent(collection)}/items?q=${encodeURIComponent(query)}`;
    // ok: tool-input-to-url
    const res = await fetch(url, { headers: this.headers() });
    if (!res.ok) throw new Error(`Metabase answered ${res.status}`);
    const body = (await res.json()) as { data: CollectionItem[] };
    return body.data;
  }

  async fetchShared(shareUrl: string): Promise<unknown> {
    assertMetabaseHost(shareUrl);
    const jsonUrl = shareUrl.replace(/\/public\/dashboard\//, "/api/public/dashboard/");
    // ruleid: tool-input-to-url
    const res = await fetch(jsonUrl, { headers: { accept: "application/json" } });
    return res.json();
  }

  async exportCard(cardId: number, format: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}/api/card/${cardId}/query/${format}`, { method: "POST", headers: this.headers() });
    return res.text();
  }
}
