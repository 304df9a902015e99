import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import fs from "node:fs/promises";
import { createReadStream } from "node:fs";
import path from "node:path";
import os from "node:os";
import { z } from "zod";

const ROOT = path.resolve(process.argv[2] ?? path.join(os.homedir(), "workspace"));

function resolveInRoot(p: string): string {
  const abs = path.resolve(ROOT, p);
  if (abs !== ROOT && !abs.startsWith(ROOT + path.sep)) {
    throw new Error(`Access denied: ${p} is outside ${ROOT}`);
  }
  return abs;
}

const server = new McpServer({ name: "workspace-fs", version: "1.2.0" });

server.registerTool(
  "read_text_file",
  {
    title: "Read file",
    description: "Read a UTF-8 text file from the workspace",
    inputSchema: { path: z.string().describe("Path relative to the workspace") },
    annotations: { readOnlyHint: true },
  },
  async ({ path: p }) => {
    const full = resolveInRoot(p);
    const content = await fs.readFile(full, "utf-8"); // SAFE tool-input-to-path
    return { content: [{ type: "text", text: content }] };
  }
);

server.registerTool(
  "write_file",
  {
    description: "Create or overwrite a file",
    inputSchema: { path: z.string(), content: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ path: target, content }) => {
    const dest = path.join(ROOT, target);
    await fs.mkdir(path.dirname(dest), { recursive: true }); // FLAW tool-input-to-path
    await fs.writeFile(dest, content, "utf-8"); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: `wrote ${content.length} bytes to ${target}` }] };
  }
);

server.registerTool(
  "list_directory",
  {
    description: "List entries of a directory",
    inputSchema: { dir: z.string().default(".") },
    annotations: { readOnlyHint: true },
  },
  async ({ dir }) => {
    const entries = await fs.readdir(path.resolve(ROOT, dir), { withFileTypes: true }); // FLAW tool-input-to-path
    const lines = entries.map((e) => `${e.isDirectory() ? "[DIR]" : "[FILE]"} ${e.name}`);
    return { content: [{ type: "text", text: lines.join("\n") }] };
  }
);

server.registerTool(
  "read_multiple_files",
  {
    description: "Read several files at once",
    inputSchema: { paths: z.array(z.string()) },
  },
  async ({ paths }) => {
    const results = await Promise.all(
      paths.map((f) => fs.readFile(path.join(ROOT, f), "utf8").catch((e) => `error: ${e.message}`)) // FLAW tool-input-to-path
    );
    return { content: [{ type: "text", text: results.join("\n---\n") }] };
  }
);

server.registerTool(
  "move_file",
  {
    description: "Move or rename a file inside the workspace",
    inputSchema: { source: z.string(), destination: z.string() },
  },
  async ({ source, destination }) => {
    const src = path.resolve(ROOT, source);
    const dst = path.resolve(ROOT, destination);
    const relSrc = path.relative(ROOT, src);
    const relDst = path.relative(ROOT, dst);
    const inside = !relSrc.startsWith("..") && !path.isAbsolute(relSrc) && !relDst.startsWith("..") && !path.isAbsolute(relDst);
    if (!inside) {
      return { isError: true, content: [{ type: "text", text: "paths must stay inside the workspace" }] };
    }
    await fs.rename(src, dst); // SAFE tool-input-to-path
    return { content: [{ type: "text", text: `moved ${source} -> ${destination}` }] };
  }
);

server.registerTool(
  "delete_path",
  {
    description: "Delete a file or folder",
    inputSchema: { target: z.string(), recursive: z.boolean().default(false) },
    annotations: { destructiveHint: true },
  },
  async ({ target, recursive }) => {
    const abs = path.normalize(path.join(ROOT, target));
    try {
      await fs.rm(abs, { recursive, force: false }); // FLAW tool-input-to-path
    } catch (e: any) {
      return { isError: true, content: [{ type: "text", text: `cannot delete: ${e.message}` }] };
    }
    return { content: [{ type: "text", text: `deleted ${target}` }] };
  }
);

server.registerTool(
  "file_info",
  {
    description: "Size and timestamps of a file",
    inputSchema: { path: z.string() },
  },
  async (args) => {
    const full = resolveInRoot(args.path);
    const st = await fs.stat(full); // SAFE tool-input-to-path
    return { content: [{ type: "text", text: JSON.stringify({ size: st.size, mtime: st.mtime }) }] };
  }
);

server.registerTool(
  "head_file",
  {
    description: "First N bytes of a file",
    inputSchema: { path: z.string(), bytes: z.number().int().max(65536).default(4096) },
  },
  async ({ path: p, bytes }) => {
    if (!p.startsWith(ROOT)) {
      return { isError: true, content: [{ type: "text", text: "outside workspace" }] };
    }
    const stream = createReadStream(p, { start: 0, end: bytes - 1 }); // FLAW tool-input-to-path
    let data = "";
    for await (const chunk of stream) data += chunk;
    return { content: [{ type: "text", text: data }] };
  }
);

const transport = new StdioServerTransport();
await server.connect(transport);
