// MySQL access for the CRM contacts tables.
import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: process.env.CRM_DB_HOST ?? '127.0.0.1',
  user: process.env.CRM_DB_USER ?? 'crm',
  password: process.env.CRM_DB_PASSWORD,
  database: 'crm',
  connectionLimit: 5,
});

export async function findContacts(name, company) {
  // ok: tool-input-to-sql
  const [rows] = await pool.execute('SELECT id, name, email, company FROM contacts WHERE name LIKE ? AND (? IS NULL OR company = ?) LIMIT 50', [`%${name}%`, company ?? null, company ?? null]);
  return rows;
}

export async function contactsByTag(tag, orderBy) {
  const sql = `SELECT c.id, c.name, c.email FROM contacts c JOIN contact_tags t ON t.contact_id = c.id WHERE t.tag = '${tag}' ORDER BY ${orderBy}`;
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(sql);
  return rows;
}

export async function updateStage(dealId, stage) {
  // ok: tool-input-to-sql
  await pool.query('UPDATE deals SET stage = ?, updated_at = NOW() WHERE id = ?', [stage, dealId]);
}

export async function dealsReport(groupBy) {
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query('SELECT ' + groupBy + ', SUM(amount) AS total FROM deals GROUP BY ' + groupBy);
  return rows;
}

export async function activityFor(contactId) {
  // ok: tool-input-to-sql
  const [rows] = await pool.query(mysql.format('SELECT * FROM activities WHERE contact_id = ? ORDER BY at DESC LIMIT 20', [contactId]));
  return rows;
}
