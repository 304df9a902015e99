"use strict";
const sqlite3 = require("sqlite3");
const { promisify } = require("node:util");

function openDb(file) {
  const db = new sqlite3.Database(file);
  return {
    raw: db,
    all: promisify(db.all.bind(db)),
    get: promisify(db.get.bind(db)),
    run: promisify(db.run.bind(db)),
  };
}

function membersByPart(db, part, season) {
  const sql = "SELECT id, name, email, voice_part FROM members WHERE voice_part = '" + part + "' AND season = " + Number(season);
  // ruleid: tool-input-to-sql
  return db.all(sql);
}

module.exports = { openDb, membersByPart };
