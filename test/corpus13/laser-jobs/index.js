"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const jobs = require("./jobs.js");
const svg = require("./svg.js");

const server = new McpServer({ name: "laser-jobs", version: "1.1.0" });

const wrap = (fn) => async (args) => {
  try {
    const out = await fn(args);
    return { content: [{ type: "text", text: String(out) }] };
  } catch (e) {
    console.error("[laser-jobs]", e);
    return { isError: true, content: [{ type: "text", text: "the laser job tool failed; see the server log" }] };
  }
};

server.registerTool(
  "convert_to_svg",
  {
    description: "Convert a DXF/PDF/AI drawing from the inbox to SVG with Inkscape.",
    inputSchema: { file: z.string().max(200), dpi: z.number().int().min(72).max(1200).default(96) },
  },
  wrap(({ file, dpi }) => svg.convert(file, dpi)),
);

server.registerTool(
  "material_settings",
  {
    description: "Speed/power presets for a material from the material library.",
    inputSchema: { library: z.string().max(100), material: z.string().max(60) },
    annotations: { readOnlyHint: true },
  },
  wrap(({ library, material }) => jobs.materialSettings(library, material)),
);

server.registerTool(
  "start_job",
  {
    description: "Start a saved LightBurn job on the laser by name.",
    inputSchema: { jobName: z.string().max(80), operator: z.string().max(40), pin: z.string().max(12) },
    annotations: { destructiveHint: true },
  },
  wrap((args) => jobs.startJob(args)),
);

server.registerTool(
  "frame_job",
  {
    description: "Trace the job outline with the laser off (framing).",
    inputSchema: { jobName: z.string().max(80) },
  },
  wrap(({ jobName }) => jobs.frame(jobName)),
);

server.connect(new StdioServerTransport());
