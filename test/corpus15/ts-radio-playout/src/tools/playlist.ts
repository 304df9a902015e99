import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { promises as fsp } from "node:fs";
import * as path from "node:path";
import type { Deps } from "../index.js";
import { resolveInside, safeMediaPath } from "../utils/guards.js";
import { loudnessScan, probeDuration } from "../utils/exec.js";

export function registerPlaylistTools(server: McpServer, deps: Deps) {
  server.tool(
    "read_playlist",
    "Read an M3U playlist from the media library",
    { playlist: z.string() },
    { readOnlyHint: true },
    async ({ playlist }) => {
      const file = resolveInside(deps.mediaRoot, playlist);
      // ok: tool-input-to-path
      const body = await fsp.readFile(file, "utf8");
      const tracks = body.split("\n").filter((l) => l && !l.startsWith("#"));
      return { content: [{ type: "text", text: tracks.join("\n") }] };
    },
  );

  server.tool(
    "append_jingle",
    "Append a jingle file to a playlist",
    { playlist: z.string(), jingle: z.string() },
    async ({ playlist, jingle }) => {
      const target = safeMediaPath(deps.mediaRoot, playlist);
      const duration = await probeDuration(resolveInside(deps.mediaRoot, jingle));
      // ruleid: tool-input-to-path
      await fsp.appendFile(target, `#EXTINF:${Math.round(duration)},Jingle\n${jingle}\n`, "utf8");
      return { content: [{ type: "text", text: `Added ${jingle} (${duration.toFixed(1)} s)` }] };
    },
  );

  server.tool(
    "normalise_loudness",
    "Run a ReplayGain scan on tracks of the library",
    { tracks: z.array(z.string()).max(200) },
    async ({ tracks }) => {
      const files = tracks.map((t) => resolveInside(deps.mediaRoot, t));
      const report = await loudnessScan(files);
      return { content: [{ type: "text", text: report }] };
    },
  );

  server.tool("list_shows", "List the show folders of the library", async () => {
    const entries = await fsp.readdir(path.join(deps.mediaRoot, "shows"), { withFileTypes: true });
    return { content: [{ type: "text", text: entries.filter((e) => e.isDirectory()).map((e) => e.name).join("\n") }] };
  });
}
