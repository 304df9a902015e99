const sqlite3 = require("sqlite3");

const db = new sqlite3.Database(process.env.VISITORS_DB || "./visitors.db");

const all = (sql, params = []) =>
  new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));

function todaysVisitors(site) {
  // ok: tool-input-to-sql
  return all("SELECT name, company, host_email, checked_in FROM visits WHERE site = ? AND date(checked_in) = date('now')", [site]);
}

function searchVisitors(term) {
  const like = "%" + term + "%";
  // ruleid: tool-input-to-sql
  return all("SELECT * FROM visits WHERE name LIKE '" + like + "' OR company LIKE '" + like + "' ORDER BY checked_in DESC LIMIT 100");
}

function checkIn({ name, company, hostEmail, site }) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-sql
    db.run("INSERT INTO visits (name, company, host_email, site, checked_in) VALUES (?, ?, ?, ?, datetime('now'))", [name, company, hostEmail, site], function (err) {
      if (err) reject(err);
      else resolve(this.lastID);
    });
  });
}

function checkOut(visitId, note) {
  // ruleid: tool-input-to-sql
  db.exec(`UPDATE visits SET checked_out = datetime('now'), note = '${note}' WHERE id = ${visitId}`);
}

module.exports = { todaysVisitors, searchVisitors, checkIn, checkOut };
