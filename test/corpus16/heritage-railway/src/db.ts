import sqlite3 from "sqlite3";
import { open, type Database } from "sqlite";

let db: Database | undefined;

export async function getDb(): Promise<Database> {
  db ??= await open({ filename: process.env.RAILWAY_DB ?? "./railway.db", driver: sqlite3.Database });
  return db;
}

export async function rosterFor(crewMember: string, month: string) {
  const conn = await getDb();
  const sql = "SELECT day, turn, locomotive FROM roster WHERE crew = '" + crewMember + "' AND strftime('%Y-%m', day) = '" + month + "'";
  // ruleid: tool-input-to-sql
  return conn.all(sql);
}

export async function reserveSeats(trainId: string, seats: number, name: string) {
  const conn = await getDb();
  // ok: tool-input-to-sql
  return conn.run("INSERT INTO bookings (train_id, seats, passenger) VALUES (:train, :seats, :name)", { ":train": trainId, ":seats": seats, ":name": name });
}

export async function cancelService(trainId: string) {
  const conn = await getDb();
  await conn.run("DELETE FROM bookings WHERE train_id = ?", trainId);
  return conn.run("UPDATE services SET cancelled = 1 WHERE train_id = ?", trainId);
}
