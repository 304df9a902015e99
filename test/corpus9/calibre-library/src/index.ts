import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import path from "node:path";
import fs from "node:fs";
import { convertBook, bookMeta } from "./convert.js";

const LIBRARY = path.resolve(process.env.CALIBRE_LIBRARY ?? `${process.env.HOME}/Calibre Library`);

function inLibrary(rel: string): string {
  const full = path.resolve(LIBRARY, rel);
  const relative = path.relative(LIBRARY, full);
  if (relative.startsWith("..") || path.isAbsolute(relative)) throw new Error("outside the library");
  return full;
}

const server = new McpServer({ name: "calibre-library", version: "0.6.0" });

server.tool(
  "convert_book",
  "Convert a book in the library to another format",
  {
    book: z.string(),
    outputFormat: z.enum(["epub", "mobi", "azw3", "pdf"]),
    extraArgs: z.string().optional(),
  },
  async ({ book, ...opts }) => {
    const src = inLibrary(book);
    const out = src.replace(/\.[^.]+$/, `.${opts.outputFormat}`);
    const { stdout } = await convertBook(src, out, opts);
    return { content: [{ type: "text", text: stdout.slice(-2000) }] };
  },
);

server.tool("book_metadata", { book: z.string() }, async ({ book }) => {
  const text = await bookMeta(inLibrary(book));
  return { content: [{ type: "text", text }] };
});

server.tool("read_opf", "Read the OPF metadata file of a book folder", { folder: z.string() }, async ({ folder }) => {
  const opf = path.join(LIBRARY, folder, "metadata.opf");
  // ruleid: tool-input-to-path
  const xml = await fs.promises.readFile(opf, "utf8");
  return { content: [{ type: "text", text: xml }] };
});

server.tool("read_cover_info", { folder: z.string() }, async ({ folder }) => {
  const cover = path.join(inLibrary(folder), "cover.jpg");
  // ok: tool-input-to-path
  const st = await fs.promises.stat(cover);
  return { content: [{ type: "text", text: `cover: ${st.size} bytes` }] };
});

await server.connect(new StdioServerTransport());
