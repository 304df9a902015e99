import type { FastMCP } from "fastmcp";
import { z } from "zod";
import { readFile, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { safePath } from "../util/paths.js";

const SCORE_DIR = process.env.SCORECARD_DIR ?? "/srv/golf/scorecards";

const Scorecard = z.object({
  player: z.string(),
  course: z.string(),
  holes: z.array(z.number().int().min(1).max(15)).length(18),
});

export function registerScorecardTools(server: FastMCP) {
  server.addTool({
    name: "save_scorecard",
    description: "Save a round's scorecard as JSON",
    parameters: z.object({ file: z.string(), card: Scorecard }),
    execute: async ({ file, card }) => {
      const target = safePath(SCORE_DIR, file.endsWith(".json") ? file : `${file}.json`);
      // ok: tool-input-to-path
      await writeFile(target, JSON.stringify(card, null, 2), "utf8");
      return `saved ${path.basename(target)}`;
    },
  });

  server.addTool({
    name: "score_summary",
    description: "Total, front nine and back nine of a saved scorecard",
    parameters: z.object({ file: z.string() }),
    execute: async ({ file }) => {
      // ruleid: tool-input-to-path
      const card = Scorecard.parse(JSON.parse(await readFile(path.join(SCORE_DIR, file), "utf8")));
      const front = card.holes.slice(0, 9).reduce((a, b) => a + b, 0);
      const back = card.holes.slice(9).reduce((a, b) => a + b, 0);
      return `${card.player} @ ${card.course}: ${front} + ${back} = ${front + back}`;
    },
  });

  server.addTool({
    name: "handicap_differential",
    description: "World Handicap System score differential",
    parameters: z.object({ adjustedGross: z.number(), courseRating: z.number(), slope: z.number().int().min(55).max(155) }),
    execute: async ({ adjustedGross, courseRating, slope }) => (((113 / slope) * (adjustedGross - courseRating)).toFixed(1)),
  });
}
