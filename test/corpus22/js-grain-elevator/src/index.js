"use strict";
const { FastMCP } = require("fastmcp");
const { z } = require("zod");
const bins = require("./bins");

const server = new FastMCP({ name: "grain-elevator", version: "0.2.0" });

server.addTool({
  name: "bin_levels",
  description: "Fill level and moisture of the bins of one elevator.",
  parameters: z.object({ elevator: z.string().regex(/^[A-Z]{2}-\d{3}$/) }),
  execute: async ({ elevator }) => JSON.stringify(bins.levels(elevator)),
});

server.addTool({
  name: "intake_tickets",
  description: "Scale tickets of grain intakes, filtered by farmer name.",
  parameters: z.object({ farmer: z.string(), crop: z.string().optional() }),
  execute: async (args) => JSON.stringify(bins.tickets(args.farmer, args.crop)),
});

server.addTool({
  name: "grade_lookup",
  description: "Grain grades for a crop.",
  // ok: weak-input-schema
  parameters: z.object({ crop: z.enum(["wheat", "barley", "canola", "oats", "corn"]) }),
  execute: async ({ crop }) => JSON.stringify(bins.grades(crop)),
});

server.addTool({
  name: "import_scale_state",
  description: "Load a serialized scale controller state exported by the weighbridge PC.",
  parameters: z.object({ state: z.string() }),
  execute: async ({ state }) => bins.importScaleState(state),
});

server.addTool({
  name: "fan_schedule",
  description: "Aeration fan schedule for a bin.",
  parameters: z.object({ binId: z.number().int() }),
  execute: async ({ binId }) => JSON.stringify(bins.fanSchedule(binId)),
});

server.start({ transportType: "stdio" });
