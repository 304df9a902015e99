#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { book, bookingsFor, cancelBookings, freeRooms } from "./rooms.js";
import { fetchIcs, pingDisplay } from "./calendar.js";

const server = new McpServer({ name: "meeting-rooms", version: "0.5.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool(
  "free_rooms",
  "Rooms that are free in a time window",
  { building: z.string(), from: z.string().datetime(), to: z.string().datetime(), minSeats: z.number().int().min(1).default(2) },
  async ({ building, from, to, minSeats }) => text(JSON.stringify(await freeRooms(building, from, to, minSeats))),
);

server.tool("my_bookings", "Bookings of one organizer", { organizer: z.string().email(), sort: z.string().optional() }, async ({ organizer, sort }) => {
  try {
    return text(JSON.stringify(await bookingsFor(organizer, sort)));
  } catch (err) {
    // ruleid: error-detail-leak
    return { isError: true, content: [{ type: "text", text: `query failed: ${err.stack}` }] };
  }
});

server.tool(
  "book_room",
  "Book a room",
  { roomId: z.number().int(), organizer: z.string().email(), title: z.string().max(120), starts: z.string().datetime(), ends: z.string().datetime() },
  async (args) => {
    try {
      const id = await book(args);
      return text(`booking #${id} confirmed`);
    } catch (err) {
      console.error("book_room failed", err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "Could not book the room (it may have been taken)." }] };
    }
  },
);

server.tool("cancel_bookings", "Cancel several bookings", { ids: z.array(z.union([z.number(), z.string()])) }, async ({ ids }) => {
  await cancelBookings(ids);
  return text(`cancelled ${ids.length}`);
});

server.tool("import_calendar", "Import room bookings from an iCal feed", { feedUrl: z.string().url() }, async ({ feedUrl }) => {
  const ics = await fetchIcs(feedUrl);
  return text(`feed has ${(ics.match(/BEGIN:VEVENT/g) ?? []).length} events`);
});

server.tool("display_status", "Check the room display panel", { displayIp: z.string() }, async ({ displayIp }) => text(`display HTTP ${await pingDisplay(displayIp)}`));

await server.connect(new StdioServerTransport());
