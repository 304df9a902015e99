// Mail server operations over MCP, served over SSE for the ops dashboard assistant.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import crypto from "node:crypto";
import { queueSummary, deleteQueued, requeueAll, sendTest, log } from "./postfix.mjs";

const API_TOKEN = process.env.MAIL_MCP_TOKEN;
if (!API_TOKEN) throw new Error("MAIL_MCP_TOKEN must be set");

const mcp = new McpServer({ name: "postfix-mail", version: "1.0.0" });

mcp.tool("queue_summary", "Messages waiting in the Postfix queue.", {}, { readOnlyHint: true }, async () => {
  const q = await queueSummary();
  return { content: [{ type: "text", text: q.map((m) => `${m.queue_id} ${m.sender} → ${m.recipients.map((r) => r.address).join(",")}`).join("\n") || "queue empty" }] };
});

mcp.tool("delete_message", "Delete a queued message by queue id.", { queueId: z.string() }, { destructiveHint: true }, async ({ queueId }) => ({
  content: [{ type: "text", text: deleteQueued(queueId) || `deleted ${queueId}` }],
}));

mcp.tool("flush_queue", "Requeue and retry every deferred message.", {}, async () => ({ content: [{ type: "text", text: requeueAll() || "requeued" }] }));

mcp.tool(
  "send_test_mail",
  "Send a test mail through the submission port with the given credentials.",
  { to: z.string().email(), smtpUser: z.string(), smtpPass: z.string() },
  async ({ to, smtpUser, smtpPass }) => {
    const info = await sendTest(to, smtpUser, smtpPass);
    return { content: [{ type: "text", text: `queued as ${info.messageId}` }] };
  },
);

function requireToken(req, res, next) {
  const got = Buffer.from((req.get("authorization") ?? "").replace(/^Bearer /, ""));
  const want = Buffer.from(API_TOKEN);
  if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}

const app = express();
const transports = new Map();

app.get("/sse", requireToken, async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  transports.set(transport.sessionId, transport);
  res.on("close", () => transports.delete(transport.sessionId));
  await mcp.connect(transport);
});

app.post("/messages", requireToken, express.json(), async (req, res) => {
  const transport = transports.get(req.query.sessionId);
  if (!transport) return res.status(404).end();
  await transport.handlePostMessage(req, res, req.body);
});

app.listen(9311, "127.0.0.1", () => log.info("postfix-mail SSE on 127.0.0.1:9311"));
