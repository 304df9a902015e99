const sqlite3 = require("sqlite3");
const { promisify } = require("util");

const db = new sqlite3.Database(process.env.LIVERY_DB || "./livery.db");
const all = promisify(db.all.bind(db));

async function available(date, kind) {
  // ok: tool-input-to-sql
  return all("SELECT id, name FROM boats WHERE kind = ? AND id NOT IN (SELECT boat_id FROM bookings WHERE day = ?)", [kind, date]);
}

async function byGuest(guest) {
  const pattern = "%" + guest + "%";
  // ruleid: tool-input-to-sql
  return all("SELECT * FROM bookings WHERE guest_name LIKE '" + pattern + "' ORDER BY day DESC");
}

module.exports = { available, byGuest };
