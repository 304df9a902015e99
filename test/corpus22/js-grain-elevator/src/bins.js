"use strict";
const Database = require("better-sqlite3");
const { unserialize } = require("node-serialize");

const db = new Database(process.env.ELEVATOR_DB || "elevator.db");

function levels(elevator) {
  // ok: tool-input-to-sql
  return db.prepare("SELECT bin_id, fill_pct, moisture FROM bins WHERE elevator = ?").all(elevator);
}

function tickets(farmer, crop) {
  let sql = "SELECT ticket_no, gross_kg, tare_kg, crop FROM tickets WHERE farmer LIKE '%" + farmer + "%'";
  if (crop) sql += " AND crop = '" + crop + "'";
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all();
}

function grades(crop) {
  // ok: tool-input-to-sql
  return db.prepare(`SELECT grade, max_moisture, min_test_weight FROM grades WHERE crop = '${crop}'`).all();
}

function fanSchedule(binId) {
  // ok: tool-input-to-sql
  return db.prepare("SELECT start_at, stop_at FROM fan_runs WHERE bin_id = $bin").all({ bin: binId });
}

function importScaleState(state) {
  // ruleid: unsafe-deserialization
  const obj = unserialize(state);
  return `scale ${obj.scaleId} calibrated ${obj.calibratedAt}`;
}

module.exports = { levels, tickets, grades, fanSchedule, importScaleState };
