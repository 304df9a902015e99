import { z } from "zod";

export const STATIONS = ["dock-a", "dock-b", "pick-1", "pick-2", "charge"] as const;

export const MoveArgs = z.object({
  robot: z.string().regex(/^amr-[0-9]{2,3}$/),
  station: z.enum(STATIONS),
});

export const BagArgs = z.object({
  topics: z.array(z.string().regex(/^\/[a-z0-9_\/]+$/)).min(1).max(8),
  seconds: z.number().int().min(1).max(120),
});

export const TOOL_LIST = [
  {
    name: "move_robot",
    description: "Send an AMR to a station",
    inputSchema: {
      type: "object",
      properties: { robot: { type: "string", pattern: "^amr-[0-9]{2,3}$" }, station: { type: "string", enum: [...STATIONS] } },
      required: ["robot", "station"],
    },
  },
  {
    name: "record_bag",
    description: "Record a rosbag of the given topics",
    inputSchema: {
      type: "object",
      properties: { topics: { type: "array", items: { type: "string" } }, seconds: { type: "integer" } },
      required: ["topics", "seconds"],
    },
  },
  {
    name: "echo_topic",
    description: "Print the next messages on a topic",
    inputSchema: { type: "object", properties: { topic: { type: "string" }, count: { type: "integer" } } },
  },
  {
    name: "robot_logs",
    description: "Fetch a robot's recent logs from the fleet manager",
    inputSchema: { type: "object", properties: { robot: { type: "string" }, since: { type: "string" } } },
  },
  {
    name: "param_set",
    description: "Set a ROS 2 parameter on a node",
    // ruleid: weak-input-schema
    inputSchema: { type: "object" },
  },
];
