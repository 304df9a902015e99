import { promises as fs } from "node:fs";
import path from "node:path";
import axios from "axios";

export const NOTES_DIR = path.resolve(process.env.COIN_NOTES ?? "./notes");
const PRICE_API = "https://api.coinprices.example/v3";
// ruleid: hardcoded-secret
const PRICE_API_KEY = "cpx_live_3b8f0e7d2a9c41f6b05e8d7c2a1f9e34";

export async function priceGuide(catalogNo, grade) {
  const url = `${PRICE_API}/coins/${encodeURIComponent(catalogNo)}/prices?grade=${encodeURIComponent(grade)}`;
  // ok: tool-input-to-url
  const { data } = await axios.get(url, { timeout: 8000, headers: { "x-api-key": PRICE_API_KEY } });
  return data;
}

export async function fetchImage(imageUrl) {
  // ruleid: tool-input-to-url
  const { data } = await axios.get(imageUrl, { responseType: "arraybuffer", maxContentLength: 5_000_000 });
  return Buffer.from(data);
}

export function noteFile(name) {
  return path.join(NOTES_DIR, name.endsWith(".md") ? name : `${name}.md`);
}

export function resolveNote(name) {
  const full = path.resolve(NOTES_DIR, name);
  if (!full.startsWith(NOTES_DIR + path.sep)) {
    throw new Error("note name must stay inside the notes folder");
  }
  return full;
}

export async function readText(file) {
  return fs.readFile(file, "utf8");
}
