"use strict";
const sqlite3 = require("sqlite3");

const db = new sqlite3.Database(process.env.STAMPS_DB || "./stamps.db", sqlite3.OPEN_READONLY);

function all(sql, params = []) {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

function searchByTheme(theme, country) {
  let sql = "SELECT sg_number, country, year, description, mint_value FROM stamps WHERE theme LIKE '%" + theme + "%'";
  if (country) sql += " AND country = '" + country + "'";
  // ruleid: tool-input-to-sql
  return new Promise((resolve, reject) => db.all(sql, (err, rows) => (err ? reject(err) : resolve(rows))));
}

function bySgNumber(sg) {
  // ok: tool-input-to-sql
  return all("SELECT * FROM stamps WHERE sg_number = ?", [sg]);
}

module.exports = { searchByTheme, bySgNumber, all };
