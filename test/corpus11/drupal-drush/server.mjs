#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import shell from "shelljs";
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { SITE_ROOT, configFile, logFile } from "./paths.mjs";

shell.config.silent = true;

const MODULES_ALLOWED = ["views_ui", "devel", "dblog", "field_ui", "search_api"];

const server = new Server({ name: "drupal-drush", version: "0.3.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "cache_rebuild", description: "Rebuild all Drupal caches.", inputSchema: { type: "object", properties: {} } },
    { name: "enable_module", description: "Enable a module from the approved list.", inputSchema: { type: "object", properties: { module: { type: "string", enum: MODULES_ALLOWED } }, required: ["module"] } },
    { name: "user_login_link", description: "Generate a one-time login link for a user.", inputSchema: { type: "object", properties: { user: { type: "string" } }, required: ["user"] } },
    { name: "read_config", description: "Read an exported config YAML from config/sync.", inputSchema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
    { name: "tail_log", description: "Show the end of a log file in the site's logs folder.", inputSchema: { type: "object", properties: { file: { type: "string" }, lines: { type: "integer" } }, required: ["file"] } },
    { name: "sql_query", description: "Run a read-only SQL query through drush.", inputSchema: { type: "object", properties: { query: { type: "string" } }, required: ["query"] } },
  ],
}));

const ModuleArgs = z.object({ module: z.string() });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = request.params.arguments ?? {};
  const reply = (text) => ({ content: [{ type: "text", text }] });

  if (name === "cache_rebuild") {
    const res = shell.exec(`cd ${SITE_ROOT} && vendor/bin/drush cr`);
    return reply(res.stdout || res.stderr);
  }
  if (name === "enable_module") {
    const { module } = ModuleArgs.parse(args);
    if (!MODULES_ALLOWED.includes(module)) throw new Error(`module ${module} is not on the allow-list`);
    // ok: tool-input-to-shell
    const res = shell.exec(`vendor/bin/drush --root=${SITE_ROOT} pm:enable -y ${module}`);
    return reply(res.stdout);
  }
  if (name === "user_login_link") {
    // ruleid: tool-input-to-shell
    const res = shell.exec(`vendor/bin/drush --root=${SITE_ROOT} user:login --name="${args.user}" --no-browser`);
    return reply(res.stdout.trim());
  }
  if (name === "read_config") {
    const file = configFile(`${args.name}.yml`);
    // ok: tool-input-to-path
    return reply(await readFile(file, "utf8"));
  }
  if (name === "tail_log") {
    const file = logFile(String(args.file));
    // ruleid: tool-input-to-path
    const body = await readFile(file, "utf8");
    return reply(body.split("\n").slice(-(Number(args.lines) || 100)).join("\n"));
  }
  if (name === "sql_query") {
    // ruleid: tool-input-to-shell
    const res = shell.exec(`vendor/bin/drush --root=${SITE_ROOT} sql:query "${args.query}"`);
    return reply(res.stdout);
  }
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
