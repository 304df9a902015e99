#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { wpFile, wpShell, wpQuoted } = require("./lib/wp");
const { postsByAuthor, searchOptions } = require("./lib/db");

const server = new McpServer({ name: "wp-cli-admin", version: "0.8.0" });
const text = (t) => ({ content: [{ type: "text", text: t }] });

server.tool(
  "plugin_list",
  "List installed plugins and their status.",
  { status: z.enum(["active", "inactive", "must-use", "dropin"]).optional() },
  async ({ status }) => text(await wpFile(["plugin", "list"], status ? [`--status=${status}`] : [])),
);

server.tool(
  "plugin_update",
  "Update one plugin by slug.",
  { slug: z.string().regex(/^[a-z0-9-]+$/) },
  async ({ slug }) => text(await wpFile(["plugin", "update", slug])),
);

server.tool(
  "search_replace",
  "Run wp search-replace across the database (dry run unless apply is true).",
  { from: z.string(), to: z.string(), apply: z.boolean().default(false) },
  async ({ from, to, apply }) => text(await wpQuoted(["search-replace", from, to, ...(apply ? [] : ["--dry-run"])])),
);

server.tool(
  "wp_command",
  "Run an arbitrary WP-CLI command line for advanced maintenance.",
  { command: z.string() },
  async ({ command }) => text(await wpShell(command)),
);

server.tool(
  "posts_by_author",
  "List posts written by a user login.",
  { login: z.string().max(60), limit: z.number().int().min(1).max(200).default(20) },
  async ({ login, limit }) => text(JSON.stringify(await postsByAuthor(login, limit), null, 2)),
);

server.tool(
  "find_options",
  "Find wp_options rows whose name contains a fragment.",
  { fragment: z.string() },
  async (args) => text(JSON.stringify(await searchOptions(args.fragment), null, 2)),
);

server.connect(new StdioServerTransport()).catch((err) => {
  process.stderr.write(`wp-cli-admin: ${err}\n`);
  process.exit(1);
});
