// Qdrant REST helpers (the official client is heavy; plain fetch is enough here).
const DEFAULT_QDRANT = process.env.QDRANT_URL ?? "http://127.0.0.1:6333";
const QDRANT_KEY = process.env.QDRANT_API_KEY ?? "";

export interface ScoredPoint {
  id: string | number;
  score: number;
  payload?: Record<string, unknown>;
}

function headers(): Record<string, string> {
  return QDRANT_KEY ? { "api-key": QDRANT_KEY, "content-type": "application/json" } : { "content-type": "application/json" };
}

export async function searchPoints(collection: string, vector: number[], limit: number): Promise<ScoredPoint[]> {
  const res = await fetch(`${DEFAULT_QDRANT}/collections/${encodeURIComponent(collection)}/points/search`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ vector, limit, with_payload: true }),
  });
  const body = (await res.json()) as { result: ScoredPoint[] };
  return body.result;
}

export async function clusterInfo(baseUrl: string): Promise<unknown> {
  // Lets operators compare the staging and production clusters side by side.
  // ruleid: tool-input-to-url
  const res = await fetch(`${baseUrl.replace(/\/$/, "")}/cluster`, { headers: headers() });
  return res.json();
}
