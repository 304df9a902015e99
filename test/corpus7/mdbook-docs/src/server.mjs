import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { build, lintLinks, readChapter, writeChapter } from "./book.mjs";

const server = new McpServer({ name: "mdbook-docs", version: "0.4.0" });

server.resource(
  "chapter",
  new ResourceTemplate("handbook://{book}/{chapter}", { list: undefined }),
  async (uri, { book, chapter }) => ({
    contents: [{ uri: uri.href, mimeType: "text/markdown", text: await readChapter(String(book), String(chapter)) }],
  }),
);

server.tool("build_book", "Build a handbook with mdbook and publish it", { book: z.string(), dest: z.string() }, async ({ book, dest }) => ({
  content: [{ type: "text", text: build(book, dest) || "built" }],
}));

server.tool("check_links", "Check the links of a handbook", { book: z.string() }, async ({ book }) => ({
  content: [{ type: "text", text: lintLinks(book) }],
}));

server.tool(
  "edit_chapter",
  "Replace the markdown of a chapter",
  { book: z.string(), chapter: z.string(), markdown: z.string().max(200_000) },
  { destructiveHint: true },
  async ({ book, chapter, markdown }) => ({ content: [{ type: "text", text: `wrote ${await writeChapter(book, chapter, markdown)}` }] }),
);

server.prompt("summarise_chapter", { book: z.string(), chapter: z.string() }, ({ book, chapter }) => ({
  messages: [{ role: "user", content: { type: "resource", resource: { uri: `handbook://${book}/${chapter}`, text: "", mimeType: "text/markdown" } } }],
}));

await server.connect(new StdioServerTransport());
