#!/usr/bin/env node
"use strict";

const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { asteriskCli, peerStatus, reloadDialplan, grepCdr } = require("./lib/asterisk");
const { templateFor, writeConfig, readConfig, MODELS } = require("./lib/provisioning");

const ALLOWED_CLI = ["core show channels", "pjsip show registrations", "core show uptime", "queue show"];

const server = new Server({ name: "voip-phones", version: "0.7.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "extension_status", description: "Registration state of a SIP extension", inputSchema: { type: "object", properties: { extension: { type: "string" } }, required: ["extension"] } },
    { name: "asterisk_command", description: "Run one of the whitelisted read-only Asterisk CLI commands", inputSchema: { type: "object", properties: { command: { type: "string", enum: ALLOWED_CLI } }, required: ["command"] } },
    { name: "reload_dialplan", description: "Reload extensions.conf", inputSchema: { type: "object", properties: {} } },
    { name: "search_calls", description: "Search the call detail records", inputSchema: { type: "object", properties: { text: { type: "string" } }, required: ["text"] } },
    { name: "provision_phone", description: "Write a provisioning file for a desk phone", inputSchema: { type: "object", properties: { mac: { type: "string" }, model: { type: "string", enum: Object.keys(MODELS) }, extension: { type: "string" } }, required: ["mac", "model", "extension"] } },
    { name: "show_provisioning", description: "Show a provisioning file", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  const reply = (text) => ({ content: [{ type: "text", text }] });

  if (name === "extension_status") {
    return reply(await peerStatus(args.extension));
  }
  if (name === "asterisk_command") {
    if (!ALLOWED_CLI.includes(args.command)) throw new Error("command not allowed");
    return reply(await asteriskCli(args.command));
  }
  if (name === "reload_dialplan") {
    return reply(await reloadDialplan());
  }
  if (name === "search_calls") {
    return reply(grepCdr(args.text) || "no matching calls");
  }
  if (name === "provision_phone") {
    const body = templateFor(args.model).replace(/\{\{EXTENSION\}\}/g, String(args.extension));
    return reply("wrote " + writeConfig(args.mac, body));
  }
  if (name === "show_provisioning") {
    return reply(readConfig(args.file));
  }
  throw new Error("Unknown tool: " + name);
});

async function main() {
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
