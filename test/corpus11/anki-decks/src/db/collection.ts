import Database from "better-sqlite3";
import os from "node:os";
import path from "node:path";

const DEFAULT_PROFILE = path.join(os.homedir(), ".local/share/Anki2/User 1/collection.anki2");

let handle: Database.Database | undefined;

export function collection(): Database.Database {
  handle ??= new Database(process.env.ANKI_COLLECTION ?? DEFAULT_PROFILE, { readonly: true });
  return handle;
}

export function deckIdByName(name: string): number | undefined {
  const row = collection().prepare("SELECT id FROM decks WHERE name = ?").get(name) as { id: number } | undefined;
  return row?.id;
}
