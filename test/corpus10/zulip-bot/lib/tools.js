"use strict";

const TOOLS = [
  {
    name: "send_message",
    description: "Send a message to a stream topic",
    inputSchema: {
      type: "object",
      properties: { stream: { type: "string" }, topic: { type: "string" }, content: { type: "string" } },
      required: ["stream", "topic", "content"],
    },
  },
  { name: "list_streams", description: "List the streams the bot can see", inputSchema: { type: "object", properties: {} } },
  {
    name: "stream_topics",
    description: "Recent topics of a stream",
    inputSchema: { type: "object", properties: { stream: { type: "string" } }, required: ["stream"] },
  },
  {
    name: "fetch_attachment",
    description: "Download an attachment linked from a message",
    inputSchema: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
  },
  {
    name: "run_bot",
    description: "Run one of the installed zulip bots once",
    inputSchema: { type: "object", properties: { bot: { type: "string" }, config: { type: "string" } }, required: ["bot"] },
  },
  {
    name: "deactivate_user",
    description: "Deactivate a user account",
    inputSchema: { type: "object", properties: { userId: { type: "integer" } }, required: ["userId"] },
  },
];

module.exports = { TOOLS };
