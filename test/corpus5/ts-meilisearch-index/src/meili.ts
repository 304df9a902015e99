// Meilisearch client setup and small helpers.
import { MeiliSearch } from "meilisearch";

export const meili = new MeiliSearch({
  host: process.env.MEILI_HOST ?? "http://127.0.0.1:7700",
  apiKey: process.env.MEILI_MASTER_KEY,
});

export type Hit = Record<string, unknown> & { id: string | number };

export async function search(index: string, q: string, filter: string | undefined, limit: number) {
  const res = await meili.index(index).search<Hit>(q, { filter, limit, attributesToHighlight: ["title"] });
  return { total: res.estimatedTotalHits, hits: res.hits };
}

export async function addDocuments(index: string, docs: Hit[]) {
  const task = await meili.index(index).addDocuments(docs, { primaryKey: "id" });
  return meili.waitForTask(task.taskUid, { timeOutMs: 15_000 });
}

export async function indexStats() {
  const stats = await meili.getStats();
  return Object.entries(stats.indexes).map(([uid, s]) => ({ uid, documents: s.numberOfDocuments }));
}
