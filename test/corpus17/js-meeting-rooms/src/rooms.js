import mysql from "mysql2/promise";

export const pool = mysql.createPool({
  host: process.env.ROOMS_DB_HOST ?? "localhost",
  user: "rooms_app",
  // ruleid: hardcoded-secret
  password: "Rm-booking-2024!prod",
  database: "facilities",
  connectionLimit: 5,
});

export async function freeRooms(building, from, to, minSeats) {
  // ok: tool-input-to-sql
  const [rows] = await pool.execute("SELECT r.id, r.name, r.seats FROM rooms r WHERE r.building = ? AND r.seats >= ? AND r.id NOT IN (SELECT room_id FROM bookings WHERE starts < ? AND ends > ?)", [building, minSeats, to, from]);
  return rows;
}

export async function bookingsFor(organizer, sort = "starts") {
  const sql = "SELECT * FROM bookings WHERE organizer = " + pool.escape(organizer) + " ORDER BY " + sort;
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(sql);
  return rows;
}

export async function book({ roomId, organizer, title, starts, ends }) {
  // ok: tool-input-to-sql
  const [res] = await pool.query("INSERT INTO bookings SET ?", [{ room_id: roomId, organizer, title, starts, ends }]);
  return res.insertId;
}

export async function cancelBookings(ids) {
  const list = ids.join(",");
  // ruleid: tool-input-to-sql
  await pool.query(`DELETE FROM bookings WHERE id IN (${list})`);
}
