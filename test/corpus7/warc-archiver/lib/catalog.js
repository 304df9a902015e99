"use strict";
const Database = require("better-sqlite3");

const db = new Database(process.env.WARC_CATALOG || "/data/warc/catalog.sqlite");
db.exec("CREATE TABLE IF NOT EXISTS captures (id INTEGER PRIMARY KEY, collection TEXT, url TEXT, warc TEXT, captured_at TEXT)");

function recordCapture(collection, url, warc) {
  db.prepare("INSERT INTO captures (collection, url, warc, captured_at) VALUES (?, ?, ?, datetime('now'))").run(collection, url, warc);
}

function capturesIn(collection, limit) {
  // ok: tool-input-to-sql
  return db.prepare("SELECT url, warc, captured_at FROM captures WHERE collection = ? ORDER BY captured_at DESC LIMIT ?").all(collection, limit);
}

function searchCaptures(text, order) {
  const sql = "SELECT collection, url, captured_at FROM captures WHERE url LIKE '%" + text + "%' ORDER BY " + (order || "captured_at DESC");
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all();
}

module.exports = { recordCapture, capturesIn, searchCaptures };
