import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import * as cp from "node:child_process";
import { readFile } from "node:fs/promises";
import got from "got";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { payoutCsvPath, courierCommand } from "./payout-helpers.mjs";

const PAYOUT_API = process.env.PAYOUT_API ?? "https://payouts.example-gig.io/v1";

function buildServer() {
  const server = new McpServer({ name: "gig-payouts", version: "0.3.1" });

  server.registerTool(
    "worker_earnings",
    {
      description: "Earnings of a gig worker for a pay period",
      inputSchema: { workerId: z.string().uuid(), period: z.string().regex(/^\d{4}-W\d{2}$/) },
      annotations: { readOnlyHint: true },
    },
    async ({ workerId, period }) => {
      // ok: tool-input-to-url
      const data = await got(`${PAYOUT_API}/workers/${encodeURIComponent(workerId)}/earnings`, { searchParams: { period } }).json();
      return { content: [{ type: "text", text: JSON.stringify(data) }] };
    },
  );

  server.registerTool(
    "payout_csv",
    { description: "Return the payout CSV of a batch", inputSchema: { batch: z.string() } },
    async ({ batch }) => {
      // ruleid: tool-input-to-path
      const csv = await readFile(payoutCsvPath(batch), "utf8");
      return { content: [{ type: "text", text: csv }] };
    },
  );

  server.registerTool(
    "notify_courier",
    { description: "Send a payout notice through the courier CLI", inputSchema: { workerId: z.string(), message: z.string() } },
    async ({ workerId, message }) => {
      const cmd = courierCommand(workerId, message);
      // ruleid: tool-input-to-shell
      const out = cp.execSync(cmd, { encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    },
  );

  server.registerTool(
    "resend_receipt",
    { description: "Resend a payout receipt e-mail", inputSchema: { receiptId: z.string().regex(/^[0-9a-f]{24}$/) } },
    async ({ receiptId }) => {
      // ok: tool-input-to-shell
      cp.execFileSync("/usr/local/bin/receipt-mailer", ["--resend"], { env: { ...process.env, RECEIPT_ID: receiptId } });
      return { content: [{ type: "text", text: "queued" }] };
    },
  );

  return server;
}

const app = express();
app.use(express.json());
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));

app.post("/mcp", async (req, res) => {
  const server = buildServer();
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(Number(process.env.PORT ?? 3300), "0.0.0.0", () => {
  console.log("gig-payouts listening");
});
