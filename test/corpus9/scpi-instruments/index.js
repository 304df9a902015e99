const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { query } = require("./scpi");
const { applyCalibration, scaleReading } = require("./calc");

const INSTRUMENTS = { psu: "10.20.0.11", scope: "10.20.0.12", dmm: "10.20.0.13" };

const server = new Server({ name: "scpi-instruments", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "measure", description: "Read a measurement from a bench instrument", inputSchema: { type: "object", properties: { instrument: { type: "string", enum: Object.keys(INSTRUMENTS) }, command: { type: "string", pattern: "^(MEAS|READ|FETC)[A-Z:?]*$" }, calibration: { type: "string" } }, required: ["instrument", "command"] } },
    { name: "scaled", description: "Read and scale by a numeric factor", inputSchema: { type: "object", properties: { instrument: { type: "string", enum: Object.keys(INSTRUMENTS) }, factor: { type: "string" } }, required: ["instrument", "factor"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  // ruleid: stdout-in-stdio-server
  console.log(`[scpi] ${name}`, args);
  if (name === "measure") {
    const host = INSTRUMENTS[args.instrument];
    if (!host) throw new Error("unknown instrument");
    const raw = await query(host, args.command);
    const value = args.calibration ? applyCalibration(Number(raw), args.calibration) : Number(raw);
    return { content: [{ type: "text", text: String(value) }] };
  }
  if (name === "scaled") {
    const raw = await query(INSTRUMENTS[args.instrument], "READ?");
    return { content: [{ type: "text", text: String(scaleReading(Number(raw), args.factor)) }] };
  }
  throw new Error(`unknown tool ${name}`);
});

server.connect(new StdioServerTransport()).then(() => console.error("scpi-instruments ready on stdio"));
