#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const fs = require("fs");
const path = require("path");
const { exec, spawn } = require("child_process");
const { buildPrintCommand, buildOverlayArgs } = require("./lib/commands.cjs");

const EVENTS_ROOT = path.resolve(process.env.BOOTH_EVENTS || "/srv/photobooth/events");
const FRAMES = ["classic", "polaroid", "filmstrip", "neon"];

const server = new McpServer({ name: "photo-booth", version: "2.1.0" });

function ok(text) {
  return { content: [{ type: "text", text }] };
}

function eventDir(event) {
  const dir = path.resolve(EVENTS_ROOT, event);
  if (!dir.startsWith(EVENTS_ROOT + path.sep)) throw new Error("invalid event");
  return dir;
}

server.tool("list_shots", "List the shots taken at an event", { event: z.string() }, async ({ event }) => {
  // ok: tool-input-to-path
  const files = await fs.promises.readdir(eventDir(event));
  return ok(files.filter((f) => f.endsWith(".jpg")).join("\n"));
});

server.tool("get_shot_meta", "Read the sidecar metadata of a shot", { event: z.string(), shot: z.string() }, async ({ event, shot }) => {
  const sidecar = path.join(eventDir(event), shot + ".json");
  // ruleid: tool-input-to-path
  const meta = JSON.parse(fs.readFileSync(sidecar, "utf8"));
  return ok(JSON.stringify(meta, null, 2));
});

server.tool(
  "print_strip",
  "Send a photo strip to the dye-sub printer",
  { event: z.string(), shot: z.string(), copies: z.number().int().min(1).max(10) },
  async ({ event, shot, copies }) => {
    const cmd = buildPrintCommand({ file: path.join(event, shot), copies });
    // ruleid: tool-input-to-shell
    exec(cmd, { cwd: EVENTS_ROOT });
    return ok(`printing ${copies} copies`);
  },
);

server.tool(
  "apply_frame",
  "Apply a frame overlay to a shot",
  { event: z.string(), shot: z.string(), frame: z.enum(FRAMES) },
  async ({ event, shot, frame }) => {
    const src = path.join(eventDir(event), path.basename(shot));
    const args = buildOverlayArgs(src, frame);
    // ok: tool-input-to-shell
    const child = spawn("magick", args, { stdio: "ignore" });
    await new Promise((resolve, reject) => child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));
    return ok("framed");
  },
);

server.tool("booth_status", "Camera and printer status", {}, async () => {
  return ok(JSON.stringify({ camera: "ready", printerMediaLeft: 212 }));
});

async function main() {
  await server.connect(new StdioServerTransport());
  // ruleid: stdout-in-stdio-server
  console.log("photo-booth MCP ready");
}

main();
