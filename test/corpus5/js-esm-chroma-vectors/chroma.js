// Chroma vector store access (single local instance).
import { ChromaClient } from "chromadb";

const CHROMA_URL = process.env.CHROMA_URL ?? "http://127.0.0.1:8000";
export const chroma = new ChromaClient({ path: CHROMA_URL });

export async function queryCollection(name, text, k, where) {
  const col = await chroma.getCollection({ name });
  const res = await col.query({ queryTexts: [text], nResults: k, where });
  return res.ids[0].map((id, i) => ({ id, distance: res.distances?.[0]?.[i], doc: res.documents?.[0]?.[i] }));
}

export async function heartbeat() {
  // ok: tool-input-to-url
  const res = await fetch(`${CHROMA_URL}/api/v1/heartbeat`);
  return res.json();
}

export async function addDocs(name, docs) {
  const col = await chroma.getOrCreateCollection({ name });
  await col.add({ ids: docs.map((d) => d.id), documents: docs.map((d) => d.text), metadatas: docs.map((d) => d.meta ?? {}) });
  return docs.length;
}
