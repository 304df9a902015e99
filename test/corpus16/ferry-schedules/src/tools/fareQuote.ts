import { z } from "zod";
import { defineTool } from "../defineTool.js";

const BASE_FARES: Record<string, number> = { foot: 6.5, car: 42, campervan: 71, bicycle: 8 };

export default defineTool({
  name: "fare_quote",
  description: "Quote a fare. `adjustment` is an optional pricing expression in terms of `fare`, e.g. 'fare * 0.9'.",
  inputSchema: {
    ticket: z.enum(["foot", "car", "campervan", "bicycle"]),
    adjustment: z.string().optional(),
    // ruleid: weak-input-schema
    extras: z.any().optional(),
  },
  async handler({ ticket, adjustment, extras }) {
    let fare = BASE_FARES[ticket];
    if (adjustment) {
      // ruleid: tool-input-to-eval
      const adjust = new Function("fare", `return (${adjustment});`);
      fare = Number(adjust(fare));
    }
    return JSON.stringify({ ticket, fare: Math.round(fare * 100) / 100, extras });
  },
});
