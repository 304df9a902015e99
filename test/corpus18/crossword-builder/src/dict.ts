import sqlite3 from "sqlite3";
import { open, type Database } from "sqlite";

let dbPromise: Promise<Database> | undefined;

function db(): Promise<Database> {
  dbPromise ??= open({ filename: process.env.WORDLIST_DB ?? "./wordlist.db", driver: sqlite3.Database });
  return dbPromise;
}

/** Pattern uses ? for unknown letters, e.g. C?OSS?ORD. */
export async function matchPattern(pattern: string, minScore = 50): Promise<string[]> {
  const upper = pattern.toUpperCase();
  if (!/^[A-Z?]{3,21}$/.test(upper)) throw new Error("pattern must be 3-21 letters or ?");
  const glob = upper.replace(/\?/g, "_");
  // ok: tool-input-to-sql
  const rows = await (await db()).all(`SELECT word FROM words WHERE word LIKE '${glob}' AND score >= ${Number(minScore)} ORDER BY score DESC LIMIT 200`);
  return rows.map((r: { word: string }) => r.word);
}

export async function cluesFor(word: string): Promise<string[]> {
  // ok: tool-input-to-sql
  const rows = await (await db()).all("SELECT clue FROM clues WHERE answer = ? ORDER BY year DESC LIMIT 20", word.toUpperCase());
  return rows.map((r: { clue: string }) => r.clue);
}

export async function cluesByConstructor(name: string): Promise<string[]> {
  // ruleid: tool-input-to-sql
  const rows = await (await db()).all(`SELECT answer || ': ' || clue AS line FROM clues WHERE constructor = "${name}" LIMIT 100`);
  return rows.map((r: { line: string }) => r.line);
}
