import { z } from "zod";
import vm from "node:vm";
import { defineTool } from "../define.js";

const DENSITY: Record<string, string> = {
  satin: "area * 4.2",
  fill: "area * 5.5 + perimeter * 0.8",
  running: "perimeter * 0.4",
};

export const stitchEstimate = defineTool({
  name: "stitch_estimate",
  description: "Estimate stitch count for a shape with a density rule",
  inputSchema: {
    area: z.number().positive(),
    perimeter: z.number().positive(),
    stitchType: z.enum(["satin", "fill", "running"]),
    customRule: z.string().optional(),
  },
  handler: async ({ area, perimeter, stitchType, customRule }) => {
    if (customRule) {
      // ruleid: tool-input-to-eval
      const n = vm.runInNewContext(customRule, { area, perimeter, Math });
      return `${Math.round(n)} stitches (custom rule)`;
    }
    // ok: tool-input-to-eval
    const n = vm.runInNewContext(DENSITY[stitchType], { area, perimeter });
    return `${Math.round(n)} stitches`;
  },
});
