"use strict";
const { z } = require("zod");
const { exec } = require("child_process");
const { membersByPart } = require("../lib/db");

function registerMemberTools(server, db, season) {
  server.tool(
    "members_by_part",
    "Singers in one voice part (S1, S2, A1, A2, T1, T2, B1, B2) this season",
    { part: z.string() },
    async ({ part }) => ({ content: [{ type: "text", text: JSON.stringify(await membersByPart(db, part, season)) }] }),
  );

  server.tool(
    "set_attendance",
    "Record whether a member attended a rehearsal",
    { member_id: z.number().int(), rehearsal_id: z.number().int(), present: z.boolean() },
    async ({ member_id, rehearsal_id, present }) => {
      // ok: tool-input-to-sql
      await db.run("INSERT OR REPLACE INTO attendance (member_id, rehearsal_id, present) VALUES (?, ?, ?)", [member_id, rehearsal_id, present ? 1 : 0]);
      return { content: [{ type: "text", text: "recorded" }] };
    },
  );

  server.tool(
    "email_rota",
    "Email the tea/setup rota for a week to a member",
    { member_email: z.string(), week: z.string() },
    async ({ member_email, week }) => {
      const subject = `Choir rota week ${week}`;
      await new Promise((resolve, reject) => {
        // ruleid: tool-input-to-shell
        exec(`mail -s "${subject}" ${member_email} < /var/choir/rota-current.txt`, (err) => (err ? reject(err) : resolve()));
      });
      return { content: [{ type: "text", text: `rota sent to ${member_email}` }] };
    },
  );

  server.tool(
    "member_login",
    "Check a member's portal PIN",
    { member_id: z.number().int(), pin: z.string().regex(/^[0-9]{4,6}$/) },
    async ({ member_id, pin }) => {
      const row = await db.get("SELECT pin_hash FROM members WHERE id = ?", [member_id]);
      // ruleid: sensitive-data-logged
      console.error(`portal login member=${member_id} pin=${pin}`);
      const ok = row && require("node:crypto").createHash("sha256").update(pin).digest("hex") === row.pin_hash;
      // ok: sensitive-data-logged
      console.error(`portal login member=${member_id} result=${ok ? "ok" : "denied"}`);
      return { content: [{ type: "text", text: ok ? "PIN accepted" : "PIN rejected" }] };
    },
  );
}

module.exports = { registerMemberTools };
