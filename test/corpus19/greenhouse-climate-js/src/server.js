import { FastMCP } from "fastmcp";
import { z } from "zod";
import { readings, readingsWhere, setpoint } from "./store.js";
import { loadProfile, restoreControllerState } from "./profiles.js";

const server = new FastMCP({ name: "greenhouse-climate", version: "1.0.0" });

const Zone = z.enum(["propagation", "tomatoes", "cucumbers", "herbs"]);

server.addTool({
  name: "zone_readings",
  description: "Climate readings of a greenhouse zone for the last N hours",
  parameters: z.object({ zone: Zone, hours: z.number().int().min(1).max(168).default(24) }),
  execute: async ({ zone, hours }) => JSON.stringify(await readings(zone, hours)),
});

server.addTool({
  name: "readings_where",
  description: "Readings where a metric compares to a value",
  parameters: z.object({ zone: z.string(), metric: z.string(), op: z.string(), value: z.number() }),
  execute: async (args) => JSON.stringify(await readingsWhere(args.zone, args.metric, args.op, args.value)),
});

server.addTool({
  name: "set_setpoint",
  description: "Change a climate setpoint (temp_day, temp_night, rh_max, co2_target)",
  parameters: z.object({ zone: Zone, key: z.enum(["temp_day", "temp_night", "rh_max", "co2_target"]), value: z.number() }),
  annotations: { destructiveHint: false },
  execute: async ({ zone, key, value }) => {
    await setpoint(zone, key, value);
    return `${zone}.${key} = ${value}`;
  },
});

server.addTool({
  name: "load_profile",
  description: "Load a crop climate profile by file name",
  parameters: z.object({ name: z.string() }),
  execute: async ({ name }) => JSON.stringify(await loadProfile(name)),
});

server.addTool({
  name: "restore_controller",
  description: "Restore a climate controller from a state snapshot exported by the vendor tool",
  // ruleid: weak-input-schema
  parameters: z.object({ snapshot: z.string(), meta: z.any() }),
  execute: async ({ snapshot }) => {
    const state = restoreControllerState(snapshot);
    return `restored controller with ${Object.keys(state ?? {}).length} keys`;
  },
});

server.start({ transportType: "stdio" });
