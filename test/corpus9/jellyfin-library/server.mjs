import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import got from "got";
import { readFile } from "node:fs/promises";
import { jellyfin, posterPath, subtitlePath } from "./client.mjs";

const server = new McpServer({ name: "jellyfin-library", version: "1.1.0" });

server.tool("search_items", "Search the media library", { term: z.string().max(200), type: z.enum(["Movie", "Series", "Audio"]) }, async ({ term, type }) => {
  // ok: tool-input-to-url
  const body = await jellyfin.get("Items", { searchParams: { searchTerm: term, IncludeItemTypes: type, Recursive: true, Limit: 25 } }).json();
  return { content: [{ type: "text", text: JSON.stringify(body.Items.map((i) => ({ id: i.Id, name: i.Name }))) }] };
});

server.tool("fetch_artwork", "Download artwork for an item from a metadata provider URL", { imageUrl: z.string().url() }, async ({ imageUrl }) => {
  // ruleid: tool-input-to-url
  const buf = await got(imageUrl, { timeout: { request: 10000 } }).buffer();
  return { content: [{ type: "image", data: buf.toString("base64"), mimeType: "image/jpeg" }] };
});

server.tool("read_subtitle", { itemFolder: z.string(), lang: z.string().length(3) }, async ({ itemFolder, lang }) => {
  // ruleid: tool-input-to-path
  const srt = await readFile(subtitlePath(itemFolder, lang), "utf8");
  return { content: [{ type: "text", text: srt }] };
});

server.tool("read_poster_meta", { itemId: z.string().regex(/^[0-9a-f]{32}$/) }, async ({ itemId }) => {
  // ok: tool-input-to-path
  const json = await readFile(posterPath(itemId), "utf8");
  return { content: [{ type: "text", text: json }] };
});

await server.connect(new StdioServerTransport());
