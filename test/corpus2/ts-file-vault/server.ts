import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { resolveInside } from "./paths.js";

const VAULT_ROOT = path.resolve(process.env.VAULT_ROOT ?? path.join(process.cwd(), "vault"));

const server = new McpServer({ name: "file-vault", version: "1.2.0" });

server.registerTool(
  "read_file",
  {
    title: "Read file",
    description: "Read a UTF-8 file from the vault. Important: paths are relative to the vault root.",
    inputSchema: { file: z.string().min(1).max(512) },
    // ok: annotation-mismatch
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async ({ file }) => {
    const full = resolveInside(VAULT_ROOT, file);
    // ok: tool-input-to-path
    const body = await fs.readFile(full, "utf8");
    return { content: [{ type: "text", text: body }] };
  },
);

server.registerTool(
  "save_file",
  {
    title: "Save file",
    description: "Create or overwrite a file in the vault.",
    inputSchema: { file: z.string(), content: z.string() },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ file, content }) => {
    const target = path.join(VAULT_ROOT, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // ruleid: tool-input-to-path
    await fs.writeFile(target, content, "utf8");
    return { content: [{ type: "text", text: `saved ${file}` }] };
  },
);

server.registerTool(
  "list_dir",
  {
    description: "List entries of a vault directory.",
    inputSchema: { dir: z.string().default(".") },
    annotations: { readOnlyHint: true },
  },
  async ({ dir }) => {
    const abs = resolveInside(VAULT_ROOT, dir);
    // ok: tool-input-to-path
    const entries = await fs.readdir(abs, { withFileTypes: true });
    const lines = entries.map((e) => (e.isDirectory() ? e.name + "/" : e.name));
    return { content: [{ type: "text", text: lines.join("\n") }] };
  },
);

server.registerTool(
  "stat_file",
  {
    description: "Return size and modification time of a file.",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async (args) => {
    const p = VAULT_ROOT + "/" + args.file;
    // ruleid: tool-input-to-path
    const st = await fs.stat(p);
    return { content: [{ type: "text", text: JSON.stringify({ size: st.size, mtime: st.mtime }) }] };
  },
);

server.registerTool(
  "move_file",
  {
    description: "Move or rename a file inside the vault.",
    inputSchema: { from: z.string(), to: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ from, to }) => {
    const src = resolveInside(VAULT_ROOT, from);
    const dst = path.join(VAULT_ROOT, to);
    // ruleid: tool-input-to-path
    await fs.rename(src, dst);
    return { content: [{ type: "text", text: `moved to ${to}` }] };
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
