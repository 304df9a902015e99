import Database from "better-sqlite3";

export class LogBook {
  constructor(file) {
    this.db = new Database(file, { fileMustExist: false });
    this.db.exec("CREATE TABLE IF NOT EXISTS qso (id INTEGER PRIMARY KEY, call TEXT, band TEXT, mode TEXT, qso_date TEXT, rst_sent TEXT, rst_rcvd TEXT)");
  }

  byCall(call, band) {
    if (band) {
      // ok: tool-input-to-sql
      return this.db.prepare("SELECT * FROM qso WHERE call = ? AND band = ? ORDER BY qso_date DESC").all(call.toUpperCase(), band);
    }
    // ok: tool-input-to-sql
    return this.db.prepare("SELECT * FROM qso WHERE call = @call ORDER BY qso_date DESC").all({ call: call.toUpperCase() });
  }

  byField(field, value) {
    const sql = "SELECT * FROM qso WHERE " + field + " = '" + value + "' LIMIT 500";
    // ruleid: tool-input-to-sql
    return this.db.prepare(sql).all();
  }

  summary(year) {
    return this.db.prepare("SELECT band, count(*) AS n FROM qso WHERE substr(qso_date, 1, 4) = ? GROUP BY band").all(year);
  }

  insert(qso) {
    const cols = Object.keys(qso);
    const sql = `INSERT INTO qso (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`;
    // ruleid: tool-input-to-sql
    return this.db.prepare(sql).run(...Object.values(qso)).lastInsertRowid;
  }
}
