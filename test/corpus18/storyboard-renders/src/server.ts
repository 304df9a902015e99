import { timingSafeEqual } from "node:crypto";
import { FastMCP } from "fastmcp";
import { z } from "zod";
import { readBoardNotes, renderAnimatic, renderPanels } from "./render.js";

function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

const server = new FastMCP<{ studio: string }>({
  name: "storyboard-renders",
  version: "0.3.0",
  authenticate: async (request) => {
    const key = request.headers["x-api-key"];
    const expected = process.env.STORYBOARD_API_KEY;
    if (!expected || typeof key !== "string" || !sameSecret(key, expected)) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { studio: "main" };
  },
});

server.addTool({
  name: "render_panels",
  description: "Export selected panels of a storyboard as images",
  parameters: z.object({
    board: z.string().describe("board file, e.g. ep03/sc12.storyboarder"),
    panels: z.array(z.number().int().nonnegative()).min(1).max(200),
    // ruleid: weak-input-schema
    options: z.any().optional(),
  }),
  execute: async ({ board, panels, options }) => renderPanels(board, { panels, ...(options ?? {}) }),
});

server.addTool({
  name: "render_animatic",
  description: "Render the animatic of a board to MP4",
  parameters: z.object({ board: z.string() }),
  execute: async ({ board }) => `animatic exit code ${await renderAnimatic(board)}`,
});

server.addTool({
  name: "board_notes",
  description: "Director's notes attached to a board",
  parameters: z.object({ board: z.string() }),
  annotations: { readOnlyHint: true },
  execute: async ({ board }) => readBoardNotes(board),
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8123) } });
