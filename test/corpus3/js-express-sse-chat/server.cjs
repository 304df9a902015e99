// chat-rooms: a tiny team chat the assistant can read and post to (express + legacy SSE).
const express = require("express");
const crypto = require("node:crypto");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { SSEServerTransport } = require("@modelcontextprotocol/sdk/server/sse.js");
const { z } = require("zod");
const users = require("./users.cjs");

// ruleid: hardcoded-secret
const OPENAI_API_KEY = "sk-proj-R7mQ2vX9kL4pT8wZ1nB5cY3hJ6dF0gA2sE7uK9oI4rN1";
const rooms = new Map([["general", []], ["random", []]]);
const invites = new Map();

async function flagged(text) {
  const res = await fetch("https://api.openai.com/v1/moderations", {
    method: "POST",
    headers: { Authorization: `Bearer ${OPENAI_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ input: text }),
  });
  const data = await res.json();
  return Boolean(data.results?.[0]?.flagged);
}

function buildServer() {
  const server = new McpServer({ name: "chat-rooms", version: "0.3.2" });

  server.tool("read_room", "Last messages of a room.", { room: z.string(), n: z.number().int().max(200).default(50) }, async ({ room, n }) => {
    const msgs = rooms.get(room) ?? [];
    return { content: [{ type: "text", text: msgs.slice(-n).map((m) => `${m.at} ${m.user}: ${m.text}`).join("\n") }] };
  });

  server.tool("post", "Post a message to a room.", { room: z.string(), user: z.string(), text: z.string().max(2000) }, async ({ room, user, text }) => {
    if (await flagged(text)) return { content: [{ type: "text", text: "message rejected by moderation" }] };
    if (!rooms.has(room)) rooms.set(room, []);
    rooms.get(room).push({ at: new Date().toISOString(), user, text });
    return { content: [{ type: "text", text: "posted" }] };
  });

  server.tool("create_invite", "Create an invite link for a room.", { room: z.string() }, async ({ room }) => {
    // ruleid: insecure-randomness
    const token = Math.random().toString(36).substring(2, 12);
    invites.set(token, { room, expires: Date.now() + 86_400_000 });
    return { content: [{ type: "text", text: `https://chat.example.com/join/${token}` }] };
  });

  server.tool("create_pin", "Create a 6-digit PIN for joining a room by phone.", { room: z.string() }, async ({ room }) => {
    // ok: insecure-randomness
    const pin = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
    invites.set(pin, { room, expires: Date.now() + 600_000 });
    return { content: [{ type: "text", text: `PIN ${pin} (valid 10 minutes)` }] };
  });

  server.tool("login", "Sign a chat user in and return a session handle.", { username: z.string(), password: z.string() }, async ({ username, password }) => {
    // ruleid: sensitive-data-logged
    console.log("login attempt", { username, password });
    const ok = await users.check(username, password);
    // ok: sensitive-data-logged
    console.log(`login ${ok ? "succeeded" : "failed"} for ${username}`);
    return { content: [{ type: "text", text: ok ? crypto.randomUUID() : "invalid credentials" }] };
  });

  return server;
}

const app = express();
app.use((req, res, next) => {
  // ruleid: cors-wildcard-credentials
  res.header({ "Access-Control-Allow-Origin": req.get("origin") || "*", "Access-Control-Allow-Credentials": "true" });
  next();
});

const transports = {};
app.get("/sse", async (req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  transports[transport.sessionId] = transport;
  res.on("close", () => delete transports[transport.sessionId]);
  await buildServer().connect(transport);
});
app.post("/messages", express.json(), async (req, res) => {
  const transport = transports[req.query.sessionId];
  if (!transport) return res.status(400).send("no such session");
  await transport.handlePostMessage(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(process.env.PORT || 3010, "0.0.0.0");
