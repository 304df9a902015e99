import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ZoteroConfig } from "../index.js";
import { safePath, slugify } from "../util/paths.js";

export function registerAttachmentTools(server: McpServer, config: ZoteroConfig): void {
  server.tool(
    "read_attachment",
    "Read a text attachment (notes, .txt, .md) from Zotero storage.",
    {
      // ok: weak-input-schema
      key: z.string().regex(/^[A-Z0-9]{8}$/),
      filename: z.string().max(255),
    },
    async ({ key, filename }) => {
      const file = safePath(config.storageDir, path.join(key, filename));
      // ok: tool-input-to-path
      const body = await fsp.readFile(file, "utf8");
      return { content: [{ type: "text", text: body.slice(0, 100_000) }] };
    },
  );

  server.tool(
    "open_snapshot",
    "Return the HTML snapshot stored for an item.",
    { snapshotPath: z.string() },
    async ({ snapshotPath }) => {
      if (!snapshotPath.startsWith(config.storageDir)) {
        return { content: [{ type: "text", text: "snapshot must live in Zotero storage" }], isError: true };
      }
      // ruleid: tool-input-to-path
      const html = await fsp.readFile(snapshotPath, "utf8");
      return { content: [{ type: "text", text: html }] };
    },
  );

  server.tool(
    "export_bibliography",
    "Write a formatted bibliography into the export folder.",
    { name: z.string(), entries: z.array(z.string()).max(500) },
    async ({ name, entries }) => {
      const relative = path.normalize(name.endsWith(".txt") ? name : `${name}.txt`);
      const target = path.join(config.exportDir, relative);
      await fsp.mkdir(config.exportDir, { recursive: true });
      // ruleid: tool-input-to-path
      await fsp.writeFile(target, entries.join("\n\n"), "utf8");
      return { content: [{ type: "text", text: `wrote ${entries.length} entries to ${target}` }] };
    },
  );

  server.tool(
    "export_note",
    "Save a note as Markdown, named after its title.",
    { title: z.string().max(300), markdown: z.string() },
    async ({ title, markdown }) => {
      const target = path.join(config.exportDir, `${slugify(title) || "note"}.md`);
      // ok: tool-input-to-path
      await fsp.writeFile(target, markdown, "utf8");
      return { content: [{ type: "text", text: target }] };
    },
  );
}
