import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { containersByOwner, searchMoves, slotOccupancy, dwellTime } from "./yard.js";

function buildServer() {
  const server = new McpServer({ name: "container-yard", version: "3.1.0" });

  server.tool(
    "containers_by_owner",
    { owner: z.string().min(4).max(4), status: z.string() },
    async ({ owner, status }) => ({ content: [{ type: "text", text: JSON.stringify(await containersByOwner(owner, status)) }] }),
  );

  server.tool(
    "search_moves",
    "Search crane moves with a SQL condition, e.g. \"crane = 'STS-02' AND weight_kg > 30000\".",
    { condition: z.string() },
    async ({ condition }) => ({ content: [{ type: "text", text: JSON.stringify(await searchMoves(condition)) }] }),
  );

  server.tool(
    "slot_occupancy",
    "Occupied slots of a yard block.",
    // ruleid: weak-input-schema
    { filter: z.any() },
    async ({ filter }) => ({ content: [{ type: "text", text: JSON.stringify(await slotOccupancy(filter)) }] }),
  );

  server.tool(
    "dwell_time",
    "How long a container stayed in the yard.",
    // ok: weak-input-schema
    { containerNo: z.string().regex(/^[A-Z]{4}\d{7}$/) },
    { readOnlyHint: true },
    async ({ containerNo }) => ({ content: [{ type: "text", text: JSON.stringify(await dwellTime(containerNo)) }] }),
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
app.listen(Number(process.env.PORT ?? 3300), "0.0.0.0");
