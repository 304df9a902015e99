#!/usr/bin/env node
"use strict";
// file-manager MCP server (CommonJS, stdio).
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { BASE, safeJoin, humanSize } = require("./lib/paths");
const pkg = require("./package.json");

if (process.argv.includes("--version")) {
  // ok: stdout-in-stdio-server
  console.log(pkg.version);
  process.exit(0);
}

const server = new McpServer({ name: "file-manager", version: pkg.version });

const reply = (text) => ({ content: [{ type: "text", text }] });

server.tool("list", "List a directory inside the workspace.", { dir: z.string().default(".") }, async ({ dir }) => {
  // ok: tool-input-to-path
  const entries = await fsp.readdir(safeJoin(dir), { withFileTypes: true });
  return reply(entries.map((e) => (e.isDirectory() ? e.name + "/" : e.name)).join("\n"));
});

server.tool("cat", "Print a file from the workspace.", { file: z.string() }, async ({ file }) => {
  // ruleid: tool-input-to-path
  const text = fs.readFileSync(path.join(BASE, file), "utf8");
  return reply(text);
});

server.tool("head", "First N lines of a file.", { file: z.string(), lines: z.number().int().min(1).max(500).default(20) }, async ({ file, lines }) => {
  const out = [];
  // ruleid: tool-input-to-path
  const stream = fs.createReadStream(file, { encoding: "utf8" });
  for await (const chunk of stream) {
    out.push(...chunk.split("\n"));
    if (out.length >= lines) break;
  }
  stream.destroy();
  return reply(out.slice(0, lines).join("\n"));
});

server.tool("info", "Size and dates of a file.", { file: z.string() }, async ({ file }) => {
  const full = safeJoin(file);
  // ok: tool-input-to-path
  const st = await fsp.stat(full);
  return reply(`${path.relative(BASE, full)}: ${humanSize(st.size)}, modified ${st.mtime.toISOString()}`);
});

server.tool("save", "Write text to a file (absolute or relative path).", { file: z.string(), text: z.string() }, async ({ file, text }) => {
  // ruleid: tool-input-to-path
  fs.writeFileSync(file, text, "utf8");
  return reply(`wrote ${text.length} characters`);
});

server.tool(
  "remove",
  "Delete a file or folder inside the workspace.",
  { target: z.string() },
  { destructiveHint: true },
  async ({ target }) => {
    const full = safeJoin(target);
    if (full === BASE) return reply("refusing to delete the workspace root");
    // ok: tool-input-to-path
    await fsp.rm(full, { recursive: true, force: true });
    return reply("removed " + target);
  },
);

server.tool("copy", "Copy a file to a new name in the same workspace.", { from: z.string(), to: z.string() }, async ({ from, to }) => {
  const src = safeJoin(from);
  const dest = path.join(BASE, to);
  // ruleid: tool-input-to-path
  await fsp.copyFile(src, dest);
  return reply(`copied to ${to}`);
});

async function main() {
  await server.connect(new StdioServerTransport());
  // ruleid: stdout-in-stdio-server
  console.log("file-manager ready, root =", BASE);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
