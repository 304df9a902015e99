import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import fs from "node:fs";
import * as path from "node:path";

const CRATE_DIR = process.env.CRATE_DIR ?? path.join(process.env.HOME ?? ".", "Music", "_Serato_", "Subcrates");

export function registerCrateTools(server: McpServer) {
  server.registerTool(
    "list_crates",
    // ok: annotation-mismatch
    { description: "List the DJ's crates", inputSchema: {}, annotations: { readOnlyHint: true } },
    async () => {
      const names = (await fs.promises.readdir(CRATE_DIR)).filter((n) => n.endsWith(".crate")).map((n) => n.replace(/\.crate$/, ""));
      return { content: [{ type: "text", text: names.join("\n") }] };
    },
  );

  server.registerTool(
    "crate_contents",
    { description: "Show the tracks of one or more crates", inputSchema: { crates: z.array(z.string()).min(1).max(20) } },
    async ({ crates }) => {
      // ruleid: tool-input-to-path
      const bodies = await Promise.all(crates.map((name) => fs.promises.readFile(path.join(CRATE_DIR, `${name}.crate`), "utf8")));
      const tracks = bodies.flatMap((b) => b.split("\n").filter(Boolean));
      return { content: [{ type: "text", text: tracks.join("\n") }] };
    },
  );

  server.registerTool(
    "create_crate",
    {
      description: "Create a crate from a list of track paths",
      inputSchema: { name: z.string().regex(/^[A-Za-z0-9 _-]{1,40}$/), tracks: z.array(z.string()).max(500) },
    },
    async ({ name, tracks }) => {
      // ok: tool-input-to-path
      await fs.promises.writeFile(path.join(CRATE_DIR, `${name}.crate`), tracks.join("\n") + "\n", { flag: "wx" });
      return { content: [{ type: "text", text: `created crate ${name} with ${tracks.length} tracks` }] };
    },
  );
}
