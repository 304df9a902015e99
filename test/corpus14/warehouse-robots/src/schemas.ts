import { z } from "zod";

export const RobotId = z.string().regex(/^AMR-\d{3}$/);

export const schemas = {
  move_robot: z.object({ robotId: RobotId, bay: z.string().regex(/^[A-H]\d{2}$/) }),
  reboot_robot: z.object({ robotId: z.string(), reason: z.string().max(200).optional() }),
  run_mission_script: z.object({ robotId: RobotId, script: z.string().max(20_000) }),
  slot_score: z.object({ expr: z.string().describe("Scoring expression over slot fields, e.g. slot.depth * 2 - slot.height") }),
  apply_preset: z.object({ preset: z.enum(["night-shift", "inventory-count", "peak"]), robotId: RobotId }),
  battery_forecast: z.object({ formula: z.string().max(64) }),
} as const;

export type ToolName = keyof typeof schemas;
export type ArgsOf<N extends ToolName> = z.infer<(typeof schemas)[N]>;
