// slack-bridge: post and read Slack messages from an MCP client (Streamable HTTP).
import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { adminAuth, sessionAuth, type Caller } from "./auth.js";

const SLACK_API = "https://slack.com/api";

function serverFor(caller: Caller, rawAuthorization: string) {
  const server = new McpServer({ name: "slack-bridge", version: "0.7.0" });

  server.tool("list_channels", "Channels the user is a member of.", {}, async () => {
    const res = await fetch(`${SLACK_API}/users.conversations?types=public_channel,private_channel`, {
      // ruleid: token-passthrough
      headers: { Authorization: `Bearer ${caller.token}` },
    });
    const data = (await res.json()) as { channels?: Array<{ id: string; name: string }> };
    return { content: [{ type: "text", text: (data.channels ?? []).map((c) => `${c.id} #${c.name}`).join("\n") }] };
  });

  server.tool(
    "post_message",
    "Post a message to a channel as the user.",
    { channel: z.string().regex(/^[CG][A-Z0-9]{8,}$/), text: z.string().min(1).max(3000) },
    async ({ channel, text }) => {
      const res = await fetch(`${SLACK_API}/chat.postMessage`, {
        method: "POST",
        // ruleid: token-passthrough
        headers: { Authorization: rawAuthorization, "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify({ channel, text }),
      });
      const data = (await res.json()) as { ok: boolean; error?: string };
      return { content: [{ type: "text", text: data.ok ? "posted" : `Slack error: ${data.error}` }] };
    },
  );

  return server;
}

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: true, credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));
app.use(express.json());

const sessions = new Map<string, StreamableHTTPServerTransport>();

app.all("/mcp", sessionAuth, async (req, res) => {
  const id = req.header("mcp-session-id");
  let transport = id ? sessions.get(id) : undefined;
  if (!transport) {
    // ruleid: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sid) => void sessions.set(sid, transport!),
    });
    await serverFor(req.caller!, req.headers.authorization!).connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/admin/sessions", adminAuth, (_req, res) => {
  res.json({ active: sessions.size });
});

const PORT = Number(process.env.PORT) || 3700;
// ruleid: bind-all-interfaces
app.listen(PORT, () => console.log(`slack-bridge listening on ${PORT}`));
