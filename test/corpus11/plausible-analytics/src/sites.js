"use strict";
const { Sequelize, QueryTypes } = require("sequelize");

const sequelize = new Sequelize(process.env.PLAUSIBLE_APP_DB_URL || "postgres://plausible@127.0.0.1/plausible", { logging: false });

async function siteByDomain(domain) {
  // ok: tool-input-to-sql
  const rows = await sequelize.query("SELECT id, domain, timezone FROM sites WHERE domain = :domain", { replacements: { domain }, type: QueryTypes.SELECT });
  return rows[0];
}

async function sitesOwnedBy(email) {
  // ruleid: tool-input-to-sql
  return sequelize.query(`SELECT s.domain FROM sites s JOIN site_memberships m ON m.site_id = s.id JOIN users u ON u.id = m.user_id WHERE u.email = '${email}'`, { type: QueryTypes.SELECT });
}

module.exports = { siteByDomain, sitesOwnedBy };
