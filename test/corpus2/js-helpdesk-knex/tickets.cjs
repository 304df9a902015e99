"use strict";

const knex = require("knex");

const db = knex({
  client: "pg",
  connection: {
    connectionString: process.env.HELPDESK_DB_URL,
    // ruleid: tls-verification-disabled
    ssl: { rejectUnauthorized: false },
  },
  pool: { min: 0, max: 5 },
});

const STATUSES = new Set(["open", "pending", "on-hold", "solved", "closed"]);

async function ticketsByStatus(status, assignee) {
  if (!STATUSES.has(status)) throw new Error("unknown status");
  const q = db("tickets").select("id", "subject", "assignee").where("status", status);
  // ok: tool-input-to-sql
  if (assignee) q.andWhere("assignee", assignee);
  return q.limit(200);
}

async function searchTickets(text) {
  const like = "%" + text + "%";
  // ruleid: tool-input-to-sql
  const result = await db.raw("SELECT id, subject FROM tickets WHERE subject ILIKE '" + like + "' LIMIT 100");
  return result.rows;
}

module.exports = { db, ticketsByStatus, searchTickets };
