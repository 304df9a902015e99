const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fleet = require("./lib/fleet");
const bookings = require("./lib/bookings");

const server = new Server({ name: "canoe-livery", version: "1.4.0" }, { capabilities: { tools: {} } });

const TOOLS = [
  { name: "river_gauge", description: "Current river level at a put-in", inputSchema: { type: "object", properties: { station: { type: "string" } }, required: ["station"] } },
  { name: "boats_available", description: "Boats free on a date", inputSchema: { type: "object", properties: { date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, kind: { type: "string", enum: ["canoe", "kayak", "sup"] } }, required: ["date"] } },
  { name: "booking_search", description: "Find bookings by guest name", inputSchema: { type: "object", properties: { guest: { type: "string" } } } },
  { name: "shuttle_log", description: "Tail the shuttle van GPS log", inputSchema: { type: "object", properties: { van: { type: "string" }, lines: { type: "number" } } } },
];

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  const args = request.params.arguments || {};
  let text;
  if (name === "river_gauge") {
    text = await fleet.gaugeReading(args.station);
  } else if (name === "boats_available") {
    text = JSON.stringify(await bookings.available(args.date, args.kind || "canoe"));
  } else if (name === "booking_search") {
    text = JSON.stringify(await bookings.byGuest(args.guest));
  } else if (name === "shuttle_log") {
    text = await fleet.tailVanLog(args.van, args.lines || 50);
  } else {
    throw new Error(`unknown tool ${name}`);
  }
  return { content: [{ type: "text", text }] };
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
