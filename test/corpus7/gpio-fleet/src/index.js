"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { FLEET } = require("./fleet");
const { readPin, readPinAt, setPinOverSsh } = require("./agent");

const server = new McpServer({ name: "gpio-fleet", version: "0.7.0" });

server.registerTool(
  "read_pin",
  {
    description: "Read a GPIO pin of a fleet device",
    inputSchema: { device: z.enum(Object.keys(FLEET)), pin: z.number().int().min(0).max(27) },
    annotations: { readOnlyHint: true },
  },
  async ({ device, pin }) => ({ content: [{ type: "text", text: JSON.stringify(await readPin(device, pin)) }] }),
);

server.registerTool(
  "read_pin_at",
  {
    description: "Read a GPIO pin of a Pi that is not in the inventory yet (host:port of its agent)",
    inputSchema: { address: z.string(), pin: z.string() },
  },
  async ({ address, pin }) => ({ content: [{ type: "text", text: JSON.stringify(await readPinAt(address, pin)) }] }),
);

server.registerTool(
  "set_pin",
  {
    description: "Drive a GPIO output high or low over SSH",
    inputSchema: { host: z.string(), pin: z.string(), level: z.enum(["dh", "dl"]) },
    annotations: { destructiveHint: true },
  },
  async ({ host, pin, level }) => ({ content: [{ type: "text", text: await setPinOverSsh(host, pin, level) || "ok" }] }),
);

server.connect(new StdioServerTransport());
