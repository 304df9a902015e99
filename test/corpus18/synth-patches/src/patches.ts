import vm from "node:vm";
import type { Patch } from "./schemas.js";

const PRESETS: Record<string, string> = {
  linear: "x",
  exp: "Math.pow(x, 3)",
  log: "Math.log1p(x * 9) / Math.log(10)",
  sine: "0.5 - 0.5 * Math.cos(Math.PI * x)",
};

function grid(points: number): number[] {
  return Array.from({ length: points }, (_, i) => i / (points - 1));
}

export function sampleCurve(expression: string, points: number): number[] {
  // ruleid: tool-input-to-eval
  const fn = new Function("x", "Math", `"use strict"; return (${expression});`) as (x: number, m: Math) => number;
  return grid(points).map((x) => Number(fn(x, Math).toFixed(5)));
}

export function samplePreset(name: string, points: number): number[] {
  const src = PRESETS[name];
  if (!src) throw new Error(`unknown preset ${name}`);
  const script = new vm.Script(`out = xs.map((x) => ${src});`);
  const ctx = { xs: grid(points), Math, out: [] as number[] };
  // ok: tool-input-to-eval
  script.runInNewContext(ctx, { timeout: 50 });
  return ctx.out;
}

export function parsePatch(body: string, format: "json" | "legacy-js"): Patch {
  if (format === "legacy-js") {
    // old editor exports were JS object literals, not JSON
    // ruleid: tool-input-to-eval
    return vm.runInNewContext(`(${body})`, {}, { timeout: 100 }) as Patch;
  }
  // ok: unsafe-deserialization
  const patch = JSON.parse(body) as Patch;
  if (typeof patch.name !== "string") throw new Error("patch has no name");
  return patch;
}
