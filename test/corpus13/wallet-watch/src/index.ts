import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { balanceOf, rpcCall, CHAINS } from "./rpc.js";
import { txHistory, explorerLookup } from "./explorer.js";
import { checkBearer } from "./guards.js";

function buildServer(authHeader: string | undefined): McpServer {
  const server = new McpServer({ name: "wallet-watch", version: "0.5.0" });

  server.registerTool(
    "balance",
    {
      description: "Native-token balance of a watched address (read-only).",
      inputSchema: { chain: z.enum(["ethereum", "polygon", "arbitrum", "base"]), address: z.string().regex(/^0x[0-9a-fA-F]{40}$/) },
      annotations: { readOnlyHint: true },
    },
    async ({ chain, address }) => ({ content: [{ type: "text", text: await balanceOf(chain, address) }] }),
  );

  server.registerTool(
    "rpc_call",
    {
      description: "Read-only JSON-RPC call (eth_call, eth_getLogs...) against a public RPC, or a custom endpoint.",
      inputSchema: {
        method: z.enum(["eth_call", "eth_getLogs", "eth_blockNumber", "eth_getTransactionReceipt"]),
        params: z.array(z.unknown()).max(4),
        endpoint: z.string().url().optional(),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ method, params, endpoint }) => ({
      content: [{ type: "text", text: JSON.stringify(await rpcCall(endpoint ?? CHAINS.ethereum, method, params)) }],
    }),
  );

  server.registerTool(
    "tx_history",
    {
      description: "Last transactions of an address from the explorer API.",
      inputSchema: { address: z.string().regex(/^0x[0-9a-fA-F]{40}$/) },
    },
    async ({ address }) => ({ content: [{ type: "text", text: JSON.stringify(await txHistory(address, authHeader)) }] }),
  );

  server.registerTool(
    "explorer_lookup",
    {
      description: "Look up a transaction on a block explorer of your choice (host name, e.g. etherscan.io).",
      inputSchema: { explorerHost: z.string(), txHash: z.string().regex(/^0x[0-9a-f]{64}$/) },
    },
    async ({ explorerHost, txHash }) => ({ content: [{ type: "text", text: await explorerLookup(explorerHost, txHash) }] }),
  );

  return server;
}

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://wallet.home.arpa"], credentials: true, exposedHeaders: ["mcp-session-id"] }));
app.use(checkBearer);
const sessions: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let transport = sid ? sessions[sid] : undefined;
  if (!transport && isInitializeRequest(req.body)) {
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => (sessions[id] = transport!),
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
    });
    await buildServer(req.headers.authorization).connect(transport);
  }
  if (!transport) return res.status(400).json({ error: "no session" });
  await transport.handleRequest(req, res, req.body);
});

app.listen(4180, "127.0.0.1");
