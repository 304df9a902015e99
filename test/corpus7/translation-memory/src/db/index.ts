import Database from "better-sqlite3";

export const db = new Database(process.env.TM_DB ?? "translation-memory.sqlite", { fileMustExist: true });
db.pragma("journal_mode = WAL");

export interface Segment {
  id: number;
  source_locale: string;
  target_locale: string;
  source: string;
  target: string;
  project: string;
}
