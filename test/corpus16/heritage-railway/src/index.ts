import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { bookingShape, rosterShape, coalShape, volunteerImportShape } from "./schemas.js";
import { getDb, rosterFor, reserveSeats, cancelService } from "./db.js";

const server = new McpServer({ name: "heritage-railway", version: "1.0.3" });
const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

server.tool("list_locomotives", async () => {
  const db = await getDb();
  const rows = await db.all("SELECT number, name, status FROM locomotives ORDER BY number");
  return text(rows.map((r) => `${r.number} ${r.name}: ${r.status}`).join("\n"));
});

server.tool("book_seats", "Reserve seats on a heritage service.", bookingShape, async ({ trainId, seats, passengerName }) => {
  await reserveSeats(trainId, seats, passengerName);
  return text(`booked ${seats} on ${trainId}`);
});

server.tool("crew_roster", rosterShape, async ({ crewMember, month }) => text(JSON.stringify(await rosterFor(crewMember, month))));

server.tool(
  "coal_estimate",
  "Estimate coal and water for a run. Optional gradient formula in terms of km.",
  coalShape,
  { readOnlyHint: true },
  async ({ locomotive, distanceKm, gradientFormula }) => {
    const base = locomotive === "D9000" ? 0 : 11.5;
    // ruleid: tool-input-to-eval
    const gradient = gradientFormula ? Number(eval(`(km) => ${gradientFormula}`)(distanceKm)) : 1;
    return text(`${locomotive}: ~${(base * distanceKm * gradient).toFixed(0)} kg coal`);
  },
);

server.tool(
  "cancel_service",
  "Cancel a service and drop its bookings.",
  { trainId: z.string().regex(/^HR-\d{3}$/) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true, openWorldHint: false },
  async ({ trainId }) => {
    await cancelService(trainId);
    return text(`${trainId} cancelled`);
  },
);

server.tool("import_volunteers", "Bulk import volunteer records.", volunteerImportShape, async ({ records }) => {
  const db = await getDb();
  for (const r of records) {
    await db.run("INSERT INTO volunteers (name, role) VALUES (?, ?)", String(r.name ?? ""), String(r.role ?? ""));
  }
  return text(`${records.length} imported`);
});

await server.connect(new StdioServerTransport());
