import { z } from "zod";
import { defineTool } from "../define.js";

const MADEIRA: Record<string, string> = { "1000": "#000000", "1001": "#ffffff", "1147": "#c8102e" };

export const threadPalette = defineTool({
  name: "thread_palette",
  description: "Map hex colours of a design to the nearest Madeira thread numbers",
  // ruleid: weak-input-schema
  inputSchema: { colours: z.array(z.string()), options: z.record(z.any()) },
  handler: async ({ colours }) => {
    const lines = colours.map((c) => {
      const hit = Object.entries(MADEIRA).find(([, hex]) => hex.toLowerCase() === c.toLowerCase());
      return `${c} -> ${hit ? hit[0] : "no exact match"}`;
    });
    return lines.join("\n");
  },
});
