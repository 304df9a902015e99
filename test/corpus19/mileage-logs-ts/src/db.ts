import Database from "better-sqlite3";

export type Db = Database.Database;

export function openDb(file: string): Db {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE IF NOT EXISTS trips (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    driver TEXT NOT NULL,
    vehicle TEXT NOT NULL,
    day TEXT NOT NULL,
    start_km REAL NOT NULL,
    end_km REAL NOT NULL,
    purpose TEXT
  )`);
  return db;
}

const SORT_COLUMNS: Record<string, string> = {
  day: "day",
  distance: "(end_km - start_km)",
  driver: "driver",
};

export function listTrips(db: Db, driver: string, sort: string) {
  const order = SORT_COLUMNS[sort] ?? "day";
  // ok: tool-input-to-sql
  return db.prepare(`SELECT * FROM trips WHERE driver = ? ORDER BY ${order} DESC LIMIT 200`).all(driver);
}

export function tripsForVehicle(db: Db, vehicle: string, since: string) {
  const where = `vehicle = '${vehicle}' AND day >= '${since}'`;
  // ruleid: tool-input-to-sql
  return db.prepare(`SELECT day, end_km - start_km AS km, purpose FROM trips WHERE ${where}`).all();
}
