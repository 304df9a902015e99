import Database from "better-sqlite3";

const db = new Database(process.env.CAMP_DB ?? "./campground.db");

export async function findSites(arrive, nights) {
  const depart = new Date(Date.parse(arrive) + nights * 86_400_000).toISOString().slice(0, 10);
  return db
    .prepare(
      `SELECT s.id, s.loop, s.number, s.length, s.hookups, s.max_people AS maxPeople FROM sites s
       WHERE NOT EXISTS (SELECT 1 FROM reservations r WHERE r.site_id = s.id AND r.arrive < @depart AND r.depart > @arrive)`,
    )
    .all({ arrive, depart });
}

export function filterSites(sites, where) {
  // ruleid: tool-input-to-eval
  const predicate = eval(`(site) => (${where})`);
  return sites.filter(predicate);
}

const OPS = { ">=": (a, b) => a >= b, "<=": (a, b) => a <= b, "==": (a, b) => a === b };

export async function sitesByRule({ field, op, value }) {
  const all = db.prepare("SELECT id, loop, number, length, max_people AS maxPeople FROM sites").all();
  return all.filter((s) => OPS[op](s[field], value));
}

export async function reserveSite({ siteId, guest, arrive, nights }) {
  const depart = new Date(Date.parse(arrive) + nights * 86_400_000).toISOString().slice(0, 10);
  // ok: tool-input-to-sql
  const info = db.prepare("INSERT INTO reservations (site_id, guest, arrive, depart) VALUES (?, ?, ?, ?)").run(siteId, guest, arrive, depart);
  return info.lastInsertRowid;
}
