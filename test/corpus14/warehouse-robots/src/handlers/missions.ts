import vm from "node:vm";
import type { ArgsOf } from "../schemas.js";
import type { FleetService } from "../services/fleet.js";

export interface Ctx {
  fleet: FleetService;
  slots: () => Promise<Array<{ id: string; depth: number; height: number; load: number }>>;
}

const PRESETS: Record<string, string> = {
  "night-shift": "robot.speed = 0.6; robot.lights = false;",
  "inventory-count": "robot.mode = 'scan'; robot.speed = 0.4;",
  peak: "robot.speed = 1.0; robot.chargeThreshold = 0.15;",
};

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

export async function runMissionScript(args: ArgsOf<"run_mission_script">, ctx: Ctx) {
  const telemetry = await ctx.fleet.telemetry(args.robotId);
  const sandbox = { robot: { id: args.robotId, ...telemetry }, waypoints: [] as string[] };
  // ruleid: tool-input-to-eval
  vm.runInNewContext(args.script, sandbox, { timeout: 2000 });
  return text(`mission queued: ${sandbox.waypoints.join(" -> ")}`);
}

export async function slotScore(args: ArgsOf<"slot_score">, ctx: Ctx) {
  // ruleid: tool-input-to-eval
  const score = new Function("slot", `return (${args.expr});`) as (s: unknown) => number;
  const ranked = (await ctx.slots()).map((s) => ({ id: s.id, score: score(s) })).sort((a, b) => b.score - a.score);
  return text(JSON.stringify(ranked.slice(0, 20)));
}

export async function applyPreset(args: ArgsOf<"apply_preset">, ctx: Ctx) {
  const robot: Record<string, unknown> = { id: args.robotId };
  // ok: tool-input-to-eval
  vm.runInNewContext(PRESETS[args.preset], { robot });
  return text(JSON.stringify(robot));
}

const ARITHMETIC = /^[0-9+\-*/ ().]+$/;

export async function batteryForecast(args: ArgsOf<"battery_forecast">) {
  if (!ARITHMETIC.test(args.formula)) throw new Error("only numbers and + - * / ( ) are allowed");
  // ok: tool-input-to-eval
  const hours = eval(args.formula) as number;
  return text(`forecast: ${hours.toFixed(1)} h`);
}
