#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as cp from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { SYNC_ROOT, resolveInside, checkUnderRoot } from "./paths.mjs";
import { dropboxApi } from "./dropbox.mjs";

const server = new McpServer({ name: "dropbox-sync", version: "0.4.0" });

// ruleid: sensitive-data-logged
console.error(`dropbox-sync starting with token ${process.env.DROPBOX_ACCESS_TOKEN}`);

server.tool(
  "list_remote",
  "List a Dropbox folder",
  { remotePath: z.string().default("") },
  async ({ remotePath }) => {
    const out = await new Promise((resolve, reject) => {
      // ok: tool-input-to-shell
      const child = cp.spawn("dbxcli", ["ls", "-l", remotePath]);
      let buf = "";
      child.stdout.on("data", (d) => (buf += d));
      child.on("close", (code) => (code === 0 ? resolve(buf) : reject(new Error(`dbxcli exited ${code}`))));
    });
    return { content: [{ type: "text", text: out }] };
  },
);

server.tool(
  "upload_file",
  "Upload a local file from the sync folder to Dropbox",
  { localPath: z.string(), remotePath: z.string() },
  async ({ localPath, remotePath }) => {
    const local = resolveInside(SYNC_ROOT, localPath);
    // ruleid: tool-input-to-shell
    const out = cp.execSync(`dbxcli put "${local}" "${remotePath}"`, { encoding: "utf8" });
    return { content: [{ type: "text", text: out || "uploaded" }] };
  },
);

server.tool(
  "read_local",
  "Read a text file from the local sync folder",
  { file: z.string() },
  async ({ file }) => {
    checkUnderRoot(file);
    // ruleid: tool-input-to-path
    const text = await readFile(file, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "local_info",
  "Size and modification time of a file in the sync folder",
  { file: z.string() },
  async ({ file }) => {
    const full = resolveInside(SYNC_ROOT, file);
    // ok: tool-input-to-path
    const st = await stat(full);
    return { content: [{ type: "text", text: `${st.size} bytes, modified ${st.mtime.toISOString()}` }] };
  },
);

server.tool(
  "share_link",
  "Create a shared link for a Dropbox path",
  { remotePath: z.string().startsWith("/") },
  async ({ remotePath }) => {
    const res = await dropboxApi("/sharing/create_shared_link_with_settings", { path: remotePath, settings: { requested_visibility: "team_only" } });
    return { content: [{ type: "text", text: res.url }] };
  },
);

await server.connect(new StdioServerTransport());
