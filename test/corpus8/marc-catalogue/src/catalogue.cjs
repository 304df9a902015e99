"use strict";
const Database = require("better-sqlite3");
const { sortColumn } = require("./columns.cjs");

class Catalogue {
  constructor(file) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  searchTitle(q, limit) {
    const words = q.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`);
    // ok: tool-input-to-sql
    return this.db.prepare("SELECT r.id, r.title, r.author FROM records_fts f JOIN records r ON r.id = f.rowid WHERE records_fts MATCH ? LIMIT ?").all(words.join(" "), limit);
  }

  byField(tag, code, value) {
    const fieldClause = `tag = '${tag}' AND code = '${code}'`;
    // ok: tool-input-to-sql
    return this.db.prepare(`SELECT record_id FROM subfields WHERE ${fieldClause} AND value = ?`).all(value);
  }

  holdings(recordId) {
    return this.db.prepare("SELECT branch, callno, status FROM items WHERE record_id = ?").all(recordId);
  }

  bySubject(subject, sort, dir) {
    const col = sortColumn(sort);
    // ruleid: tool-input-to-sql
    return this.db.prepare(`SELECT r.id, r.title, r.year FROM records r JOIN subjects s ON s.record_id = r.id WHERE s.heading = '${subject}' ORDER BY ${col} ${dir}`).all();
  }

  overdue(days) {
    return this.db.prepare("SELECT barcode, due FROM loans WHERE julianday('now') - julianday(due) >= ?").all(days);
  }
}

module.exports = { Catalogue };
