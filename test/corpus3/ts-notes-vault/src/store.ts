// On-disk note store: markdown files under NOTES_DIR.
import { promises as fs } from "node:fs";
import * as path from "node:path";

export const NOTES_DIR = path.resolve(process.env.NOTES_DIR ?? path.join(process.env.HOME ?? ".", "notes"));

export interface NoteMeta {
  name: string;
  bytes: number;
  modified: string;
}

export function notePath(name: string): string {
  const withExt = name.endsWith(".md") ? name : `${name}.md`;
  const resolved = path.resolve(NOTES_DIR, withExt);
  if (!resolved.startsWith(NOTES_DIR + path.sep)) {
    throw new Error(`note name ${JSON.stringify(name)} is outside the notes folder`);
  }
  return resolved;
}

export async function listNotes(): Promise<NoteMeta[]> {
  const names = await fs.readdir(NOTES_DIR);
  const out: NoteMeta[] = [];
  for (const name of names.filter((n) => n.endsWith(".md"))) {
    const st = await fs.stat(path.join(NOTES_DIR, name));
    out.push({ name: name.slice(0, -3), bytes: st.size, modified: st.mtime.toISOString() });
  }
  return out.sort((a, b) => b.modified.localeCompare(a.modified));
}

export async function appendToNote(file: string, text: string): Promise<void> {
  // ruleid: tool-input-to-path
  await fs.appendFile(file, `\n${text}\n`, "utf8");
}
