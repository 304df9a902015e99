"use strict";
const path = require("node:path");
const { execFile } = require("node:child_process");
const { promisify } = require("node:util");
const { z } = require("zod");

const execFileAsync = promisify(execFile);
const SCORES = path.resolve(process.env.CHOIR_SCORES ?? "/srv/choir/scores");

function registerScoreTools(server) {
  server.registerTool(
    "engrave_part",
    {
      description: "Engrave a LilyPond part for one voice to PDF",
      inputSchema: { piece: z.string().regex(/^[a-z0-9-]+$/), part: z.enum(["soprano", "alto", "tenor", "bass"]) },
    },
    async ({ piece, part }) => {
      const src = path.join(SCORES, piece, `${part}.ly`);
      // ok: tool-input-to-shell
      const { stderr } = await execFileAsync("lilypond", ["--pdf", "-o", path.join(SCORES, piece, part), src], { timeout: 120000 });
      return { content: [{ type: "text", text: stderr.split("\n").slice(-5).join("\n") }] };
    },
  );
}

module.exports = { registerScoreTools };
