"use strict";
const mysql = require("mysql2/promise");

let pool;
function getPool() {
  if (!pool) {
    pool = mysql.createPool({
      host: process.env.WP_DB_HOST || "127.0.0.1",
      user: process.env.WP_DB_USER || "wordpress",
      password: process.env.WP_DB_PASSWORD,
      database: process.env.WP_DB_NAME || "wordpress",
      connectionLimit: 4,
    });
  }
  return pool;
}

const PREFIX = process.env.WP_TABLE_PREFIX || "wp_";

async function postsByAuthor(login, limit) {
  // ok: tool-input-to-sql
  const [rows] = await getPool().execute(`SELECT p.ID, p.post_title, p.post_status FROM ${PREFIX}posts p JOIN ${PREFIX}users u ON u.ID = p.post_author WHERE u.user_login = ? ORDER BY p.post_date DESC LIMIT ?`, [login, String(limit)]);
  return rows;
}

async function searchOptions(pattern) {
  const where = "option_name LIKE '%" + pattern + "%'";
  // ruleid: tool-input-to-sql
  const [rows] = await getPool().query(`SELECT option_name, LEFT(option_value, 200) AS value FROM ${PREFIX}options WHERE ${where}`);
  return rows;
}

module.exports = { postsByAuthor, searchOptions };
