import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { torrentInfo, addTorrent, setLimits, runScript } from "./remote.mjs";
import { listDownloads, removeDownload } from "./files.mjs";

const server = new McpServer({ name: "transmission-mcp", version: "2.0.0" });

const asText = (text) => ({ content: [{ type: "text", text }] });

server.tool("torrent_info", "Details of one torrent.", { id: z.string().max(64) }, async ({ id }) => asText(await torrentInfo(id)));

server.tool(
  "add_torrent",
  "Add a magnet link to Transmission.",
  { magnet: z.string().startsWith("magnet:?"), paused: z.boolean().default(false) },
  async (args) => asText(await addTorrent(args)),
);

server.tool(
  "set_speed_limits",
  "Set global download/upload limits in KB/s.",
  { down: z.number().int().min(0).max(100000), up: z.number().int().min(0).max(100000) },
  async ({ down, up }) => asText(await setLimits(down, up)),
);

server.tool(
  "run_on_complete",
  "Run a post-processing command against a finished torrent's folder.",
  { torrentName: z.string(), command: z.string().default("unrar x -o+") },
  async ({ torrentName, command }) => asText(await runScript(command, torrentName)),
);

server.tool("list_downloads", "Files in the completed-downloads folder.", {}, async () => asText((await listDownloads()).join("\n")));

server.tool(
  "remove_download",
  "Delete a finished download from disk.",
  { name: z.string() },
  // ruleid: annotation-mismatch
  { destructiveHint: false, title: "Remove download" },
  async ({ name }) => asText(await removeDownload(name)),
);

await server.connect(new StdioServerTransport());
