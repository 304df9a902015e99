#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { addNote, reclaim, seatsFor, setCustomFields, usageOf, utilisation } from "./seats.js";
import { bulkUsageShape, customFieldShape, noteShape, reclaimShape, seatQueryShape } from "./schemas.js";

const server = new McpServer({ name: "license-seats", version: "0.2.0" });
const asText = (v: unknown) => ({ content: [{ type: "text" as const, text: typeof v === "string" ? v : JSON.stringify(v, null, 2) }] });

server.registerTool("list_seats", { description: "Seats assigned for a vendor/product", inputSchema: seatQueryShape, annotations: { readOnlyHint: true } }, async ({ vendor, product }) =>
  asText(seatsFor(vendor, product)),
);

server.registerTool(
  "reclaim_seats",
  {
    description: "Take licence seats back from people who left or never used them",
    inputSchema: reclaimShape,
    annotations: { destructiveHint: true },
  },
  async ({ emails, vendor }) => {
    const removed = await Promise.all(emails.map((e) => reclaim(e, vendor)));
    return asText(`reclaimed ${removed.reduce((a, b) => a + b, 0)} seats`);
  },
);

server.registerTool("usage_report", { description: "Usage columns for several users", inputSchema: bulkUsageShape }, async ({ users, column }) => {
  const rows = await Promise.all(users.map((u) => usageOf(u, column)));
  return asText(rows);
});

server.registerTool("set_custom_fields", { description: "Set custom fields on a seat", inputSchema: customFieldShape }, async ({ seatId, fields }) => {
  setCustomFields(seatId, fields ?? {});
  return asText("updated");
});

server.registerTool("add_note", { description: "Attach a note to a seat", inputSchema: noteShape }, async ({ seatId, note }) => {
  addNote(seatId, note);
  return asText("noted");
});

server.registerTool("utilisation", { description: "Seat utilisation per vendor", inputSchema: {}, annotations: { readOnlyHint: true } }, async () => asText(utilisation()));

await server.connect(new StdioServerTransport());
