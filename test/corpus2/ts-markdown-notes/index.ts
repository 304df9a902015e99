import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as fs from "node:fs";
import { execSync } from "node:child_process";
import * as path from "node:path";
import { z } from "zod";

const NOTES = path.resolve(process.env.NOTES_HOME ?? path.join(process.env.HOME ?? ".", "notes"));

const insideNotes = (p: string) => {
  const full = path.resolve(NOTES, p);
  return full === NOTES || full.startsWith(NOTES + path.sep);
};

const NotePath = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => p.endsWith(".md"), "notes are .md files")
  .refine(insideNotes, "path must stay inside the notes folder");

const server = new McpServer({ name: "markdown-notes", version: "1.1.0" });

server.registerTool(
  "read_note",
  { description: "Read a note.", inputSchema: { note: NotePath }, annotations: { readOnlyHint: true } },
  async ({ note }) => {
    // ok: tool-input-to-path
    const text = fs.readFileSync(path.resolve(NOTES, note), "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "append_note",
  { description: "Append a line to a note.", inputSchema: { note: NotePath, line: z.string().max(5000) } },
  async ({ note, line }) => {
    // ok: tool-input-to-path
    fs.appendFileSync(path.resolve(NOTES, note), `\n${line}`);
    return { content: [{ type: "text", text: "ok" }] };
  },
);

server.registerTool(
  "attach_file",
  {
    description: "Copy an attachment next to a note.",
    inputSchema: { note: NotePath, attachment: z.string() },
  },
  async ({ note, attachment }) => {
    const dir = path.dirname(path.resolve(NOTES, note));
    // ruleid: tool-input-to-path
    fs.copyFileSync(attachment, path.join(dir, path.basename(attachment)));
    return { content: [{ type: "text", text: "attached" }] };
  },
);

server.registerTool(
  "set_frontmatter",
  {
    description: "Merge keys into a note's YAML front matter.",
    inputSchema: {
      note: NotePath,
      // ruleid: weak-input-schema
      fields: z.record(z.string(), z.any()),
    },
  },
  async ({ note, fields }) => {
    const file = path.resolve(NOTES, note);
    const body = fs.readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    const fm = Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n");
    fs.writeFileSync(file, `---\n${fm}\n---\n${body}`);
    return { content: [{ type: "text", text: "updated" }] };
  },
);

server.registerTool(
  "export_notes",
  {
    description: "Export notes to a folder.",
    inputSchema: {
      // ruleid: weak-input-schema
      options: z.any(),
    },
  },
  async ({ options }) => {
    const target = options.outDir;
    // ruleid: tool-input-to-path
    fs.mkdirSync(target, { recursive: true });
    for (const f of fs.readdirSync(NOTES).filter((n) => n.endsWith(".md"))) {
      fs.copyFileSync(path.join(NOTES, f), path.join(target, f));
    }
    // ruleid: stdout-in-stdio-server
    console.log("exported notes to", target);
    return { content: [{ type: "text", text: "exported" }] };
  },
);

server.registerTool(
  "search_notes",
  { description: "Case-insensitive search across notes.", inputSchema: { term: z.string().min(2).max(100) }, annotations: { readOnlyHint: true } },
  async ({ term }) => {
    const hits: string[] = [];
    for (const f of fs.readdirSync(NOTES)) {
      if (!f.endsWith(".md")) continue;
      const lines = fs.readFileSync(path.join(NOTES, f), "utf8").split("\n");
      lines.forEach((l, i) => l.toLowerCase().includes(term.toLowerCase()) && hits.push(`${f}:${i + 1}: ${l}`));
    }
    return { content: [{ type: "text", text: hits.slice(0, 200).join("\n") || "no hits" }] };
  },
);

server.registerTool(
  "render_html",
  { description: "Render a note to HTML with pandoc.", inputSchema: { note: NotePath, theme: z.string().default("github") } },
  async ({ note, theme }) => {
    const file = path.resolve(NOTES, note);
    // ruleid: tool-input-to-shell
    const html = execSync(`pandoc --css=${theme}.css -s "${file}"`, { encoding: "utf8" });
    return { content: [{ type: "text", text: html }] };
  },
);

await server.connect(new StdioServerTransport());
