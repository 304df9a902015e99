import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { fetchServiceAlerts, fetchVehiclePositions } from "./feeds.js";

const AGENCY_FEEDS = {
  metro: "https://gtfsrt.metro.example.org/trip-updates.json",
  rail: "https://api.regionalrail.example.com/rt/trip-updates",
  ferry: "https://feeds.ferries.example.net/tripupdates",
} as const;

const server = new McpServer({ name: "transit-realtime", version: "1.2.0" });

server.tool("list_agencies", async () => ({
  content: [{ type: "text", text: Object.keys(AGENCY_FEEDS).join(", ") }],
}));

server.tool(
  "vehicle_positions",
  "Live vehicle positions from a GTFS-realtime feed URL.",
  { feedUrl: z.string().url(), route: z.string().optional() },
  async ({ feedUrl, route }) => {
    const vehicles = await fetchVehiclePositions(feedUrl);
    const shown = route ? vehicles.filter((v) => v.route === route) : vehicles;
    return { content: [{ type: "text", text: JSON.stringify(shown) }] };
  },
);

server.tool("trip_updates", { agency: z.enum(["metro", "rail", "ferry"]) }, async ({ agency }) => {
  // ok: tool-input-to-url
  const res = await fetch(AGENCY_FEEDS[agency]);
  return { content: [{ type: "text", text: await res.text() }] };
});

server.tool(
  "stop_departures",
  "Next departures at a stop.",
  { stopId: z.string().max(64) },
  // ok: annotation-mismatch
  { readOnlyHint: true, openWorldHint: true },
  async ({ stopId }) => {
    // ok: tool-input-to-url
    const res = await fetch(`https://gtfsrt.metro.example.org/stops/${encodeURIComponent(stopId)}/departures`);
    return { content: [{ type: "text", text: await res.text() }] };
  },
);

server.tool("service_alerts", "Alerts from an approved feed.", { feedUrl: z.string() }, async ({ feedUrl }) => ({
  content: [{ type: "text", text: JSON.stringify(await fetchServiceAlerts(feedUrl)) }],
}));

server.tool(
  "import_detour",
  "Parse a detour definition pasted by a planner.",
  { detourJson: z.string().max(50_000) },
  async ({ detourJson }) => {
    // ok: unsafe-deserialization
    const detour = JSON.parse(detourJson) as { route: string; stops: string[] };
    return { content: [{ type: "text", text: `detour for ${detour.route}: ${detour.stops.length} stops` }] };
  },
);

await server.connect(new StdioServerTransport());
