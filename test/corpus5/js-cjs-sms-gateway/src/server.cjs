// SMS / MMS gateway tools backed by Twilio (Streamable HTTP, CommonJS).
const express = require("express");
const cors = require("cors");
const got = require("got");
const twilio = require("twilio");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");
const { z } = require("zod");
const { authMiddleware } = require("./auth.cjs");

const ACCOUNT_SID = process.env.TWILIO_ACCOUNT_SID || "AC0f3c2b1a09876543210fedcba9876543";
// ruleid: hardcoded-secret
const TWILIO_AUTH_TOKEN = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const FROM = process.env.TWILIO_FROM || "+15005550006";

const client = twilio(ACCOUNT_SID, TWILIO_AUTH_TOKEN);

function buildServer() {
  const server = new McpServer({ name: "sms-gateway", version: "2.2.0" });

  server.registerTool(
    "send_sms",
    {
      description: "Send an SMS to an E.164 phone number.",
      inputSchema: { to: z.string().regex(/^\+[1-9]\d{7,14}$/), body: z.string().min(1).max(1600) },
      annotations: { openWorldHint: true },
    },
    async ({ to, body }) => {
      const msg = await client.messages.create({ from: FROM, to, body });
      return { content: [{ type: "text", text: `sent ${msg.sid} (${msg.status})` }] };
    },
  );

  server.registerTool(
    "send_mms",
    {
      description: "Send an MMS; the image is downloaded from mediaUrl and checked before sending.",
      inputSchema: { to: z.string().regex(/^\+[1-9]\d{7,14}$/), mediaUrl: z.string().url(), caption: z.string().max(500).optional() },
    },
    async ({ to, mediaUrl, caption }) => {
      // ruleid: tool-input-to-url
      const head = await got.head(mediaUrl, { timeout: { request: 5000 }, followRedirect: true });
      const type = head.headers["content-type"] || "";
      if (!type.startsWith("image/")) return { isError: true, content: [{ type: "text", text: `not an image: ${type}` }] };
      const msg = await client.messages.create({ from: FROM, to, body: caption || "", mediaUrl: [mediaUrl] });
      return { content: [{ type: "text", text: `sent ${msg.sid}` }] };
    },
  );

  server.registerTool(
    "message_status",
    {
      description: "Delivery status of a message SID.",
      inputSchema: { sid: z.string().regex(/^(SM|MM)[0-9a-f]{32}$/) },
      annotations: { readOnlyHint: true },
    },
    async ({ sid }) => {
      const m = await client.messages(sid).fetch();
      return { content: [{ type: "text", text: `${m.status} ${m.errorCode ?? ""}` }] };
    },
  );

  return server;
}

const app = express();
const CONSOLE_ORIGINS = new Set(["https://console.notify.example", "https://staging-console.notify.example"]);
// ok: cors-wildcard-credentials
app.use(cors({ origin: (origin, cb) => cb(null, !origin || CONSOLE_ORIGINS.has(origin)), credentials: true }));
app.use(express.json());

app.post("/mcp", authMiddleware, async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = buildServer();
  res.on("close", () => server.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT || 3777), "127.0.0.1");
