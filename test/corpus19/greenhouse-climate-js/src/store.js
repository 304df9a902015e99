import sqlite3 from "sqlite3";
import { promisify } from "node:util";

const db = new sqlite3.Database(process.env.GREENHOUSE_DB ?? "./greenhouse.db");
const all = promisify(db.all.bind(db));

export async function readings(zone, hours) {
  const since = new Date(Date.now() - hours * 3600_000).toISOString();
  // ok: tool-input-to-sql
  return all("SELECT ts, temp_c, rh, co2_ppm FROM readings WHERE zone = ? AND ts >= ? ORDER BY ts", [zone, since]);
}

export async function readingsWhere(zone, metric, op, value) {
  const sql = `SELECT ts, ${metric} FROM readings WHERE zone = '${zone}' AND ${metric} ${op} ${value}`;
  // ruleid: tool-input-to-sql
  return all(sql);
}

export function setpoint(zone, key, value) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-sql
    db.run("INSERT OR REPLACE INTO setpoints (zone, key, value) VALUES (?, ?, ?)", [zone, key, value], (err) => (err ? reject(err) : resolve()));
  });
}
