"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { exec } = require("child_process");
const axios = require("axios");
const zulip = require("./lib/zulip");
const { TOOLS } = require("./lib/tools");

// ruleid: hardcoded-secret
const ZULIP_ADMIN_KEY = "q9XbT2mLrV8cK4fNw7ZpE1sYhJ6uDa3G";

const server = new Server({ name: "zulip-bot", version: "0.8.3" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

function asText(value) {
  return { content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
}

function runBot(bot, configFile) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`zulip-run-bot ${bot} --config-file ${configFile} --quiet`, { timeout: 120000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = request.params.arguments || {};

  if (name === "send_message") {
    const res = await zulip.post("/messages", { type: "stream", to: args.stream, topic: args.topic, content: args.content });
    return asText(`sent message ${res.id}`);
  }

  if (name === "list_streams") {
    const res = await zulip.get("/streams");
    return asText(res.streams.map((s) => `${s.name}: ${s.description}`).join("\n"));
  }

  if (name === "stream_topics") {
    const stream = await zulip.get(`/get_stream_id?stream=${encodeURIComponent(args.stream)}`);
    const topics = await zulip.get(`/users/me/${stream.stream_id}/topics`);
    return asText(topics.topics.map((t) => t.name));
  }

  if (name === "fetch_attachment") {
    const { url } = args;
    // ruleid: tool-input-to-url
    const file = await axios.get(url, { responseType: "arraybuffer", maxContentLength: 10 * 1024 * 1024 });
    return asText(`fetched ${file.data.length} bytes (${file.headers["content-type"]})`);
  }

  if (name === "run_bot") {
    const out = await runBot(args.bot, args.config || "~/.zuliprc");
    return asText(out);
  }

  if (name === "deactivate_user") {
    const res = await axios.delete(`${zulip.SITE}/api/v1/users/${Number(args.userId)}`, { auth: { username: "admin-bot@zulip.example.com", password: ZULIP_ADMIN_KEY } });
    return asText(res.data);
  }

  return { isError: true, content: [{ type: "text", text: `unknown tool: ${name}` }] };
});

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
