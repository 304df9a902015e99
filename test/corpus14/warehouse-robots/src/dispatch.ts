import type { ArgsOf, ToolName } from "./schemas.js";
import { applyPreset, batteryForecast, type Ctx, runMissionScript, slotScore } from "./handlers/missions.js";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

type Handler = (args: any, ctx: Ctx) => Promise<{ content: { type: "text"; text: string }[] }>;

export const handlers: Record<ToolName, Handler> = {
  move_robot: async (args: ArgsOf<"move_robot">, ctx) => text(await ctx.fleet.move(args.robotId, args.bay)),
  reboot_robot: async ({ robotId, reason }: ArgsOf<"reboot_robot">, ctx) => text(await ctx.fleet.reboot(robotId, reason)),
  run_mission_script: runMissionScript,
  slot_score: slotScore,
  apply_preset: applyPreset,
  battery_forecast: batteryForecast,
};
