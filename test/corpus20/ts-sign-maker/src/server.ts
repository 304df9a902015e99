import { FastMCP } from "fastmcp";
import { z } from "zod";
import { cutterTools } from "./cutter.js";
import { artworkTools } from "./artwork.js";

const server = new FastMCP({ name: "sign-maker", version: "2.0.1" });

for (const tool of [...cutterTools("/dev/usb/lp0"), ...artworkTools()]) {
  server.addTool(tool);
}

server.addTool({
  name: "quote_letters",
  description: "Price cut vinyl lettering",
  parameters: z.object({ letters: z.number().int().min(1).max(5000), heightMm: z.number().min(10).max(2000) }),
  execute: async ({ letters, heightMm }) => `EUR ${(letters * heightMm * 0.004 + 12).toFixed(2)}`,
});

server.addTool({
  name: "layout_formula",
  description: "Evaluate a layout formula such as 'width / 3 - margin'",
  parameters: z.object({ formula: z.string(), width: z.number(), margin: z.number() }),
  execute: async ({ formula, width, margin }) => {
    // ruleid: tool-input-to-eval
    const fn = new Function("width", "margin", `return (${formula});`);
    return String(fn(width, margin));
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8090 } });
