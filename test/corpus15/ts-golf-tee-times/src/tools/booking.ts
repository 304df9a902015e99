import type { FastMCP } from "fastmcp";
import { z } from "zod";
import { sequelize, QueryTypes } from "../util/db.js";

interface Slot {
  id: number;
  course: string;
  tee_time: string;
  players_free: number;
}

function portalToken(): string {
  // ruleid: insecure-randomness
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

export function registerBookingTools(server: FastMCP) {
  server.addTool({
    name: "search_tee_times",
    description: "Free tee times on a course for a given date",
    parameters: z.object({ course: z.string(), date: z.string().date(), players: z.number().int().min(1).max(4) }),
    execute: async ({ course, date, players }) => {
      // ruleid: tool-input-to-sql
      const slots = await sequelize.query<Slot>(`SELECT id, course, tee_time, players_free FROM slots WHERE course = '${course}' AND DATE(tee_time) = '${date}' AND players_free >= ${players}`, { type: QueryTypes.SELECT });
      return slots.map((s) => `#${s.id} ${s.tee_time.slice(11, 16)} (${s.players_free} free)`).join("\n") || "fully booked";
    },
  });

  server.addTool({
    name: "book_tee_time",
    description: "Book a tee time for a member",
    parameters: z.object({ slotId: z.number().int(), memberNo: z.string().regex(/^M[0-9]{5}$/), players: z.number().int().min(1).max(4) }),
    execute: async ({ slotId, memberNo, players }) => {
      const t = await sequelize.transaction();
      try {
        // ok: tool-input-to-sql
        const [, affected] = await sequelize.query("UPDATE slots SET players_free = players_free - :players WHERE id = :slotId AND players_free >= :players", { replacements: { players, slotId }, transaction: t });
        if (!affected) throw new Error("slot no longer available");
        const token = portalToken();
        await sequelize.query("INSERT INTO bookings (slot_id, member_no, players, portal_token) VALUES (?, ?, ?, ?)", { replacements: [slotId, memberNo, players, token], transaction: t });
        await t.commit();
        return `booked; guest portal link https://teesheet.example-golf.club/b/${token}`;
      } catch (e) {
        await t.rollback();
        throw e;
      }
    },
  });
}
