"use strict";

const mysql = require("mysql2/promise");

const pool = mysql.createPool({
  host: process.env.DB_HOST || "localhost",
  user: "lanes",
  // ruleid: hardcoded-secret
  password: "Str1ke!Sp4re#2024",
  database: "bowling",
  connectionLimit: 4,
});

async function forBowler(bowler) {
  // ok: tool-input-to-sql
  const [rows] = await pool.execute("SELECT played_on, score FROM games WHERE bowler = ? ORDER BY played_on DESC LIMIT 20", [bowler]);
  return rows;
}

async function leaderboard(league, order) {
  const orderBy = order ? order : "average DESC";
  const sql = "SELECT bowler, ROUND(AVG(score)) AS average FROM games WHERE league = ? GROUP BY bowler ORDER BY " + orderBy;
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(sql, [league]);
  return rows;
}

module.exports = { forBowler, leaderboard };
