import { z } from "zod";

export const FlightSummaryArgs = z.object({
  log: z.string().min(1).describe("path of the .ulg file relative to the log root"),
});

export const ConvertArgs = z.object({
  log: z.string().min(1),
  topics: z.array(z.string()).default([]).describe("uORB topics to export, e.g. vehicle_gps_position"),
});

export const AttachMediaArgs = z.object({
  flight: z.string().describe("flight folder name"),
  // ruleid: weak-input-schema
  media: z.object({}).passthrough(),
});

export const TOOL_LIST = [
  {
    name: "flight_summary",
    description: "Size and header of a PX4 flight log",
    inputSchema: { type: "object", properties: { log: { type: "string" } }, required: ["log"] },
  },
  {
    name: "convert_ulog",
    description: "Convert a flight log to CSV files, one per topic",
    inputSchema: {
      type: "object",
      properties: { log: { type: "string" }, topics: { type: "array", items: { type: "string" } } },
      required: ["log"],
    },
  },
  {
    name: "attach_media",
    description: "Attach photo/video metadata to a flight",
    inputSchema: { type: "object", properties: { flight: { type: "string" }, media: { type: "object" } }, required: ["flight", "media"] },
  },
];
