import { promises as fs } from "node:fs";
import path from "node:path";
import type { Patch } from "./schemas.js";

export const LIBRARY = path.resolve(process.env.PATCH_LIBRARY ?? `${process.env.HOME}/.synth-patches`);

export async function listBank(bank: string): Promise<string[]> {
  // bank is constrained to [a-z0-9-] by the schema
  // ok: tool-input-to-path
  const files = await fs.readdir(path.join(LIBRARY, bank));
  return files.filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
}

export async function savePatch(bank: string, patch: Patch): Promise<string> {
  const slug = patch.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const file = path.join(LIBRARY, bank, `${slug}.json`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, JSON.stringify(patch, null, 2));
  return file;
}

export async function exportPatch(bank: string, patch: string, dest: string): Promise<string> {
  const slug = patch.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const body = await fs.readFile(path.join(LIBRARY, bank, `${slug}.json`), "utf8");
  const out = path.join(LIBRARY, "exports", dest);
  // ruleid: tool-input-to-path
  await fs.writeFile(out, body);
  return out;
}
