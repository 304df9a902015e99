import { FastMCP } from "fastmcp";
import { z } from "zod";
import { AvailabilityParams, ChannelSyncParams, GuestSearchParams } from "./schemas.js";
import { knex, QueryBuilder } from "./db.js";

const server = new FastMCP({ name: "hostel-bookings", version: "0.9.0" });

const CHANNEL_HOSTS = new Set(["api.hostelworld.example", "channel.booking.example"]);

server.addTool({
  name: "check_availability",
  description: "Free beds for a room type and date range",
  // ok: weak-input-schema
  parameters: AvailabilityParams,
  execute: async ({ roomType, from, nights }) => {
    // ok: tool-input-to-sql
    const rows = await knex.raw("SELECT bed_id FROM beds WHERE room_type = ? AND bed_id NOT IN (SELECT bed_id FROM stays WHERE night >= ?::date AND night < ?::date + ?::int)", [roomType, from, from, nights]);
    return `${rows.rows.length} beds free`;
  },
});

server.addTool({
  name: "find_guest",
  description: "Look up guests by last name",
  parameters: GuestSearchParams,
  execute: async (args) => {
    const qb = new QueryBuilder("guests").where("last_name", args.lastName);
    if (args.nationality) qb.where("nationality", args.nationality);
    // ruleid: tool-input-to-sql
    const result = await knex.raw(qb.build());
    return JSON.stringify(result.rows);
  },
});

server.addTool({
  name: "guests_by_room",
  description: "Guests currently staying in a room",
  parameters: z.object({ room: z.string() }),
  execute: async ({ room }) => {
    // ok: tool-input-to-sql
    const rows = await knex("stays").join("guests", "guests.id", "stays.guest_id").where({ "stays.room": room }).select("guests.name");
    return rows.map((r: { name: string }) => r.name).join(", ");
  },
});

server.addTool({
  name: "occupancy_by",
  description: "Occupancy grouped by a column",
  parameters: z.object({ column: z.string() }),
  execute: async ({ column }) => {
    // ruleid: tool-input-to-sql
    const rows = await knex.raw(`SELECT ${column}, COUNT(*) FROM stays GROUP BY ${column}`);
    return JSON.stringify(rows.rows);
  },
});

server.addTool({
  name: "push_channel_update",
  description: "Push an availability update to an OTA channel",
  parameters: ChannelSyncParams,
  execute: async ({ channelUrl, payload }) => {
    const host = new URL(channelUrl).hostname;
    if (!CHANNEL_HOSTS.has(host)) throw new Error(`channel ${host} not allowed`);
    // ok: tool-input-to-url
    const res = await fetch(channelUrl, { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json" } });
    return `channel answered ${res.status}`;
  },
});

server.addTool({
  name: "fetch_review_page",
  description: "Fetch a guest review page to summarise it",
  parameters: z.object({ link: z.string() }),
  execute: async ({ link }) => {
    if (!link.includes("reviews.hostel.example")) throw new Error("only our review site");
    // ruleid: tool-input-to-url
    const res = await fetch(link);
    return (await res.text()).slice(0, 5000);
  },
});

server.start({ transportType: "stdio" });
