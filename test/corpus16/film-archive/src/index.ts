import { promises as fsp } from "node:fs";
import path from "node:path";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { NOTES_ROOT, inVault } from "./util/paths.js";
import { registerMediaTools } from "./tools/media.js";

const server = new McpServer({ name: "film-archive", version: "1.2.0" });

server.resource(
  "conservation-notes",
  new ResourceTemplate("reel://{reelId}/notes", { list: undefined }),
  async (uri, { reelId }) => {
    // ruleid: tool-input-to-path
    const text = await fsp.readFile(path.join(NOTES_ROOT, `${reelId}.md`), "utf8");
    return { contents: [{ uri: uri.href, mimeType: "text/markdown", text }] };
  },
);

server.registerResource(
  "shot-list",
  new ResourceTemplate("shotlist://{+file}", { list: undefined }),
  { title: "Shot list", mimeType: "text/csv" },
  async (uri, { file }) => {
    const full = inVault(`shotlists/${String(file)}`);
    // ok: tool-input-to-path
    const text = await fsp.readFile(full, "utf8");
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.registerPrompt(
  "catalogue_entry",
  {
    description: "Draft a catalogue entry for a reel from its conservation notes.",
    argsSchema: { reelId: z.string(), audience: z.enum(["public", "research"]) },
  },
  ({ reelId, audience }) => ({
    messages: [
      {
        role: "user",
        content: { type: "text", text: `Write a ${audience} catalogue entry for reel ${reelId}. Read reel://${reelId}/notes first.` },
      },
    ],
  }),
);

registerMediaTools(server);

await server.connect(new StdioServerTransport());
