import express from "express";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { observerAuth } from "./auth.js";
import { createWebcamServer } from "./webcams.js";

const app = express();
const transports: Record<string, SSEServerTransport> = {};

app.get("/sse", observerAuth, async (req, res) => {
  const transport = new SSEServerTransport("/messages", res, {
    // ruleid: dns-rebinding-unprotected
    enableDnsRebindingProtection: false,
  });
  transports[transport.sessionId] = transport;
  res.on("close", () => delete transports[transport.sessionId]);
  await createWebcamServer(req.headers.authorization).connect(transport);
});

app.post("/messages", observerAuth, express.json(), async (req, res) => {
  const transport = transports[String(req.query.sessionId)];
  if (!transport) {
    res.status(404).send("unknown session");
    return;
  }
  await transport.handlePostMessage(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 8420), "127.0.0.1", () => {
  console.log("volcano-webcams SSE server on 127.0.0.1:8420");
});
