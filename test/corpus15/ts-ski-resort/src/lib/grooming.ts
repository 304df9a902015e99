import sqlite3 from "sqlite3";
import { open, type Database } from "sqlite";
import serialize from "node-serialize";

let dbPromise: Promise<Database> | undefined;

function db(): Promise<Database> {
  dbPromise ??= open({ filename: process.env.GROOMING_DB ?? "./grooming.db", driver: sqlite3.Database });
  return dbPromise;
}

export interface GroomingRow {
  piste: string;
  machine: string;
  groomed_at: string;
  notes: string | null;
}

export async function groomingLog(piste: string, days: number): Promise<GroomingRow[]> {
  const conn = await db();
  const since = new Date(Date.now() - days * 86_400_000).toISOString();
  // ruleid: tool-input-to-sql
  return conn.all<GroomingRow[]>(`SELECT * FROM grooming WHERE piste = '${piste}' AND groomed_at >= '${since}' ORDER BY groomed_at DESC`);
}

export async function recordGrooming(entry: { piste: string; machine: string; notes?: string }): Promise<void> {
  const conn = await db();
  // ok: tool-input-to-sql
  await conn.run("INSERT INTO grooming (piste, machine, groomed_at, notes) VALUES (?, ?, datetime('now'), ?)", entry.piste, entry.machine, entry.notes ?? null);
}

export function restorePlan(blob: string): { pistes?: string[] } {
  const text = Buffer.from(blob, "base64").toString("utf8");
  // ruleid: unsafe-deserialization
  return serialize.unserialize(text);
}

export function loadPlanJson(plan: string): { pistes: string[] } {
  // ok: unsafe-deserialization
  const parsed = JSON.parse(plan) as { pistes?: unknown };
  if (!Array.isArray(parsed.pistes)) throw new Error("plan.pistes must be an array");
  return { pistes: parsed.pistes.map(String) };
}
