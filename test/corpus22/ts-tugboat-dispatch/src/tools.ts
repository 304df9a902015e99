import vm from "node:vm";
import { z } from "zod";
import { Parser } from "expr-eval";
import type { TugFleet } from "./fleet.js";

export interface ToolDef<S extends z.ZodRawShape> {
  name: string;
  description: string;
  shape: S;
  handler: (args: z.infer<z.ZodObject<S>>) => Promise<string>;
}

const PRIORITY_FORMULAS: Record<string, string> = {
  tonnage: "gt / 1000 + (draft > 12 ? 5 : 0)",
  tide: "windowMinutes < 30 ? 10 : 1",
};

export function makeDispatchTools(fleet: TugFleet, harbour: string) {
  const safeParser = new Parser();

  const bollardPull: ToolDef<{ formula: z.ZodString; gt: z.ZodNumber }> = {
    name: "bollard_pull_estimate",
    description: `Estimate the bollard pull needed for a vessel in ${harbour} with a custom formula.`,
    shape: { formula: z.string(), gt: z.number() },
    handler: async ({ formula, gt }) => {
      const sandbox = { gt, tugs: fleet.available().length, Math };
      // ruleid: tool-input-to-eval
      const value = vm.runInNewContext(formula, sandbox, { timeout: 50 });
      return `estimated pull: ${value} t`;
    },
  };

  const priority: ToolDef<{ rule: z.ZodEnum<["tonnage", "tide"]>; gt: z.ZodNumber; draft: z.ZodNumber; windowMinutes: z.ZodNumber }> = {
    name: "job_priority",
    description: "Score a towage job with one of the harbour's priority rules.",
    shape: { rule: z.enum(["tonnage", "tide"]), gt: z.number(), draft: z.number(), windowMinutes: z.number() },
    handler: async (args) => {
      const expr = PRIORITY_FORMULAS[args.rule];
      // ok: tool-input-to-eval
      const score = new Function("gt", "draft", "windowMinutes", `return (${expr});`)(args.gt, args.draft, args.windowMinutes);
      return `priority ${score}`;
    },
  };

  const etaFilter: ToolDef<{ where: z.ZodString }> = {
    name: "filter_tugs",
    description: "Filter the tug fleet with a JavaScript predicate over each tug (e.g. t.hp > 3000).",
    shape: { where: z.string() },
    handler: async ({ where }) => {
      // ruleid: tool-input-to-eval
      const pred = new Function("t", `return ${where};`);
      return JSON.stringify(fleet.available().filter((t) => pred(t)));
    },
  };

  const fuelCalc: ToolDef<{ expression: z.ZodString }> = {
    name: "fuel_calc",
    description: "Evaluate an arithmetic fuel expression like '2 * 340 + 120'.",
    shape: { expression: z.string().max(200) },
    handler: async ({ expression }) => {
      // ok: tool-input-to-eval
      const litres = safeParser.evaluate(expression);
      return `${litres} l`;
    },
  };

  const legacyScript: ToolDef<{ script: z.ZodString }> = {
    name: "run_pilot_macro",
    description: "Run a pilot board macro against the dispatch state.",
    shape: { script: z.string() },
    handler: async (args) => {
      const state = { jobs: fleet.jobs(), harbour };
      // ruleid: tool-input-to-eval
      const out = eval(`(function(state){ ${args.script} })`)(state);
      return String(out);
    },
  };

  return [bollardPull, priority, etaFilter, fuelCalc, legacyScript] as ToolDef<any>[];
}
