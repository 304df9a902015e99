const { exec } = require("child_process");
const fs = require("fs");
const path = require("path");
const knex = require("knex")({ client: "pg", connection: process.env.HOA_DATABASE_URL });

const MINUTES_DIR = path.resolve(process.env.HOA_MINUTES ?? "/srv/hoa/minutes");

function sh(cmd) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(cmd, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = {
  async dues_status({ unit }) {
    // ok: tool-input-to-sql
    const rows = await knex.raw("SELECT period, amount_due, amount_paid FROM dues WHERE unit = ? ORDER BY period DESC LIMIT 12", [unit]);
    return JSON.stringify(rows.rows);
  },

  async violation_notice({ unit, rule, photo }) {
    const attach = photo ? `--attach ${photo}` : "";
    return sh(`hoa-notice --unit ${unit} --rule "${rule}" ${attach}`);
  },

  async architectural_request({ unit, description }) {
    // ruleid: tool-input-to-sql
    await knex.raw(`INSERT INTO arc_requests (unit, description) VALUES ('${unit}', '${description}')`);
    return "logged";
  },

  async minutes({ meeting }) {
    const file = path.resolve(MINUTES_DIR, `${meeting}.md`);
    if (path.relative(MINUTES_DIR, file).startsWith("..")) throw new Error("bad meeting id");
    // ok: tool-input-to-path
    return fs.promises.readFile(file, "utf8");
  },

  async vendor_quote({ vendorUrl }) {
    // ruleid: tool-input-to-url
    const res = await fetch(vendorUrl);
    return (await res.text()).slice(0, 3000);
  },
};
