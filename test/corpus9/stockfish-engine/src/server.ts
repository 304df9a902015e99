import { FastMCP } from "fastmcp";
import { z } from "zod";
import { analyse, quickEval, perft } from "./engine.js";
import { PositionSchema } from "./schemas.js";

const server = new FastMCP({ name: "stockfish-engine", version: "2.0.1" });

server.addTool({
  name: "analyse_position",
  description: "Run Stockfish on a FEN position and return the best line",
  parameters: PositionSchema,
  execute: async (args) => analyse(args.fen, args.depth),
});

server.addTool({
  name: "quick_eval",
  description: "Static evaluation of a position",
  parameters: z.object({
    // ruleid: weak-input-schema
    position: z.any(),
    options: z.record(z.string()).optional(),
  }),
  execute: async ({ position }) => quickEval(String(position)),
});

server.addTool({
  name: "perft",
  description: "Count leaf nodes from the start position",
  parameters: z.object({
    // ok: weak-input-schema
    variant: z.enum(["chess", "chess960", "atomic"]),
    depth: z.number().int().min(1).max(6),
  }),
  execute: async ({ variant, depth }) => perft(variant, depth),
});

server.start({ transportType: "stdio" });
