import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { FORMULA_NAMES, compileRamp, runCustomFormula, runNamedFormula } from "./formulas.mjs";
import { importJsonProfile, importLegacyProfile } from "./profiles.mjs";

const CONTROLLER = process.env.BREW_CONTROLLER_URL ?? "http://brewpi.local";
const server = new McpServer({ name: "brewing-controller", version: "0.3.0" });
const profiles = new Map();

server.tool("fermenter_status", "Current beer, fridge and target temperatures", {}, async () => {
  const res = await fetch(`${CONTROLLER}/api/status`);
  const s = await res.json();
  return { content: [{ type: "text", text: `beer ${s.beerTemp}°C, fridge ${s.fridgeTemp}°C, target ${s.beerSet}°C (${s.mode})` }] };
});

server.tool(
  "gravity_calc",
  "Compute ABV, attenuation or calories from original and final gravity",
  { formula: z.enum(FORMULA_NAMES), og: z.number().min(1).max(1.2), fg: z.number().min(0.98).max(1.2) },
  async ({ formula, ...vars }) => ({ content: [{ type: "text", text: String(runNamedFormula(formula, vars)) }] }),
);

server.tool(
  "custom_calc",
  "Evaluate a brewer's own formula over og, fg, volume (e.g. '(og - fg) * 131.25 * volume')",
  { expression: z.string(), og: z.number(), fg: z.number(), volume: z.number().default(20) },
  async ({ expression, ...vars }) => ({ content: [{ type: "text", text: String(runCustomFormula(expression, vars)) }] }),
);

server.tool(
  "preview_ramp",
  "Preview a temperature ramp given as [{until: hours, temp}] steps",
  { steps: z.array(z.object({ until: z.union([z.number(), z.string()]), temp: z.union([z.number(), z.string()]) })) },
  async ({ steps }) => {
    const at = compileRamp(steps);
    const hours = [0, 24, 48, 72, 96, 120, 168, 240];
    return { content: [{ type: "text", text: hours.map((h) => `${h}h: ${at(h)}`).join("\n") }] };
  },
);

server.tool(
  "import_profile",
  "Import a fermentation profile (JSON, or the base64 export of the old BrewPi app)",
  { data: z.string(), legacy: z.boolean().default(false) },
  async ({ data, legacy }) => {
    const profile = legacy ? importLegacyProfile(data) : importJsonProfile(data);
    profiles.set(profile.name, profile);
    return { content: [{ type: "text", text: `imported ${profile.name} with ${profile.steps.length} steps` }] };
  },
);

await server.connect(new StdioServerTransport());
