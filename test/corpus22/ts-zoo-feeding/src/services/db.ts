import Database from "better-sqlite3";

export class FeedingDb {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: false });
  }

  feedingsFor(species: string, day: string) {
    const sql = `SELECT keeper, item, grams, time FROM feedings WHERE species = '${species}' AND day = '${day}' ORDER BY time`;
    // ruleid: tool-input-to-sql
    return this.db.prepare(sql).all();
  }

  rationsFor(animalId: number) {
    // ok: tool-input-to-sql
    return this.db.prepare("SELECT item, grams FROM rations WHERE animal_id = ?").all(animalId);
  }

  enclosureRows(table: string, enclosure: string) {
    // ok: tool-input-to-sql
    return this.db.prepare(`SELECT * FROM ${table} WHERE enclosure = @enclosure`).all({ enclosure });
  }
}
