"use strict";

const SORT_COLUMNS = { sku: "sku", name: "name", qty: "qty DESC" };

function itemsInLocation(db, location, sort) {
  const order = SORT_COLUMNS[sort] || "sku";
  const sql = "SELECT sku, name, qty FROM items WHERE location = ? ORDER BY " + order;
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-sql
    db.all(sql, [location], (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

function archiveLocation(db, location) {
  const stmts = [
    "BEGIN",
    "INSERT INTO archived_items SELECT * FROM items WHERE location = '" + location + "'",
    "DELETE FROM items WHERE location = '" + location + "'",
    "COMMIT",
  ].join(";\n");
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-sql
    db.exec(stmts, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { itemsInLocation, archiveLocation };
