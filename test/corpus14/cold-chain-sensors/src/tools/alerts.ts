import type { FastMCP } from "fastmcp";
import { z } from "zod";
import { compileRule, presetRule, summarise } from "../lib/formula.js";
import { readings } from "../lib/hub.js";

export function addAlertTools(server: FastMCP): void {
  server.addTool({
    name: "check_excursions",
    description: "Evaluate a custom excursion rule over recent sensor readings.",
    parameters: z.object({
      sensor: z.string().regex(/^CC-[0-9A-F]{8}$/),
      rule: z.string().describe("JS expression over r (tempC, humidity, door)"),
      hours: z.number().int().min(1).max(168).default(24),
    }),
    execute: async ({ sensor, rule, hours }) => {
      const data = await readings(sensor, hours);
      return JSON.stringify(summarise(data, compileRule(rule)));
    },
  });

  server.addTool({
    name: "check_preset",
    description: "Evaluate a predefined excursion profile over recent readings.",
    parameters: z.object({
      sensor: z.string().regex(/^CC-[0-9A-F]{8}$/),
      profile: z.enum(["vaccines", "frozen", "produce"]),
      hours: z.number().int().min(1).max(168).default(24),
    }),
    execute: async (args) => {
      const data = await readings(args.sensor, args.hours);
      // ruleid: stdout-in-stdio-server
      console.log(`checked ${data.length} readings for ${args.sensor}`);
      return JSON.stringify(summarise(data, presetRule(args.profile)));
    },
  });
}
