const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const fs = require("fs");
const path = require("path");
const serialize = require("node-serialize");
const { channelDir, EXPORT_ROOT } = require("./paths.js");

const server = new Server({ name: "chat-export", version: "0.2.1" }, { capabilities: { tools: {} } });

const tools = {
  channels() {
    return fs.readdirSync(EXPORT_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).join("\n");
  },

  day({ channel, date }) {
    const file = path.join(EXPORT_ROOT, channel, `${date}.json`);
    // ruleid: tool-input-to-path
    const messages = JSON.parse(fs.readFileSync(file, "utf8"));
    return messages.map((m) => `[${m.ts}] ${m.user_name || m.user}: ${m.text}`).join("\n");
  },

  day_checked({ channel, date }) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error("date must be YYYY-MM-DD");
    const dir = channelDir(channel);
    // ok: tool-input-to-path
    const raw = fs.readFileSync(path.join(dir, `${date}.json`), "utf8");
    // ok: unsafe-deserialization
    const messages = JSON.parse(raw);
    return `${messages.length} messages`;
  },

  restore_cursor({ cursor }) {
    // ruleid: unsafe-deserialization
    const state = serialize.unserialize(Buffer.from(cursor, "base64").toString("utf8"));
    return `resuming ${state.channel} from ${state.lastTs}`;
  },
};

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "channels", description: "Channels in the export.", inputSchema: { type: "object", properties: {} } },
    { name: "day", description: "Messages of one channel on one day.", inputSchema: { type: "object", properties: { channel: { type: "string" }, date: { type: "string" } }, required: ["channel", "date"] } },
    { name: "day_checked", description: "Message count of one channel on one day.", inputSchema: { type: "object", properties: { channel: { type: "string" }, date: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } }, required: ["channel", "date"] } },
    { name: "restore_cursor", description: "Resume paging from a cursor returned earlier.", inputSchema: { type: "object", properties: { cursor: { type: "string" } }, required: ["cursor"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const fn = tools[request.params.name];
  if (!fn) return { content: [{ type: "text", text: "unknown tool" }], isError: true };
  try {
    // ruleid: weak-input-schema
    const text = fn(request.params.arguments || {});
    return { content: [{ type: "text", text }] };
  } catch (e) {
    // ruleid: error-detail-leak
    return { content: [{ type: "text", text: String(e) + "\n" + e.stack }], isError: true };
  }
});

server.connect(new StdioServerTransport());
