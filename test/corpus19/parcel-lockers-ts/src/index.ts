import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { LockerService } from "./lockers.js";
import { compareFn, matchRule, parseSlotList } from "./rules.js";

const STATION_ID = z.string().regex(/^[A-Z]{3}-[0-9]{3}$/);

const lockers = new LockerService(process.env.LOCKER_DATA ?? "/srv/parcel-lockers");
const server = new McpServer({ name: "parcel-lockers", version: "0.9.0" });

server.resource(
  "station",
  new ResourceTemplate("lockers://stations/{stationId}", { list: undefined }),
  async (uri, { stationId }) => {
    const id = STATION_ID.parse(String(stationId));
    const comps = await lockers.compartments(id);
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(comps) }] };
  },
);

server.resource(
  "pickup-photo",
  new ResourceTemplate("lockers://photos/{name}", { list: undefined }),
  async (uri, { name }) => {
    const img = await lockers.pickupPhoto(String(name));
    return { contents: [{ uri: uri.href, mimeType: "image/jpeg", blob: img.toString("base64") }] };
  },
);

server.tool(
  "free_compartments",
  "List free compartments of a station, optionally filtered by a rule such as `c.size === 'L'`",
  { stationId: STATION_ID, rule: z.string().optional() },
  async ({ stationId, rule }) => {
    const comps = (await lockers.compartments(stationId)).filter((c) => c.free);
    const picked = rule ? matchRule(rule, comps) : comps;
    return { content: [{ type: "text", text: JSON.stringify(picked) }] };
  },
);

server.tool(
  "compartments_by_temperature",
  "Compartments whose temperature compares to a threshold",
  { stationId: STATION_ID, op: z.string(), threshold: z.number() },
  async ({ stationId, op, threshold }) => {
    const cmp = compareFn(op);
    const comps = await lockers.compartments(stationId);
    return { content: [{ type: "text", text: JSON.stringify(comps.filter((c) => c.temperature !== undefined && cmp(c.temperature, threshold))) }] };
  },
);

server.tool(
  "reserve_slots",
  "Reserve several compartments, given as a JSON array of ids",
  { stationId: STATION_ID, slots: z.string() },
  async ({ stationId, slots }) => {
    const ids = parseSlotList(slots);
    await Promise.all(ids.map((id) => lockers.openCompartment(stationId, id)));
    return { content: [{ type: "text", text: `reserved ${ids.length} compartments at ${stationId}` }] };
  },
);

server.prompt(
  "pickup_notice",
  "Draft the pickup notice sent to a recipient",
  { recipient: z.string(), stationId: z.string(), code: z.string() },
  ({ recipient, stationId, code }) => ({
    messages: [
      {
        role: "user",
        content: { type: "text", text: `Write a short, friendly SMS to ${recipient}: their parcel is ready at locker station ${stationId}, pickup code ${code}, valid 72 hours.` },
      },
    ],
  }),
);

await server.connect(new StdioServerTransport());
