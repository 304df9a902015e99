"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { slice, sliceWithProfile, printerInfo } = require("./lib/slicer");

const server = new McpServer({ name: "prusaslicer-cli", version: "0.3.0" });

server.tool(
  "slice_model",
  "Slice an STL into G-code with a layer height and infill",
  { model: z.string(), layerHeight: z.number().min(0.05).max(0.4), infill: z.string() },
  async (args) => {
    const gcode = await slice(args);
    return { content: [{ type: "text", text: `wrote ${gcode}` }] };
  },
);

server.tool(
  "slice_with_profile",
  { model: z.string().regex(/^[\w-]+\.stl$/), profile: z.string().max(200) },
  async ({ model, profile }) => {
    const out = await sliceWithProfile(model, profile);
    return { content: [{ type: "text", text: out }] };
  },
);

server.tool("printer_info", { printer: z.enum(["mk4", "mini", "xl"]) }, async ({ printer }) => ({
  content: [{ type: "text", text: await printerInfo(printer) }],
}));

server.connect(new StdioServerTransport());
