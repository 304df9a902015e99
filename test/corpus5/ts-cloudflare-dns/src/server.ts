// Cloudflare DNS management for the platform team (Streamable HTTP, stateless).
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { bearer, originGuard, type AuthedRequest } from "./middleware.js";

const CF_API = "https://api.cloudflare.com/client/v4";
const zoneId = z.string().regex(/^[a-f0-9]{32}$/);

function makeServer(req: AuthedRequest): McpServer {
  const server = new McpServer({ name: "cloudflare-dns", version: "0.8.0" });

  async function cf(path: string, init: RequestInit = {}) {
    // Cloudflare accepts the same SSO token through its Access gateway, so reuse it.
    // ruleid: token-passthrough
    const headers = { Authorization: req.headers.authorization ?? "", "Content-Type": "application/json" };
    const res = await fetch(`${CF_API}${path}`, { ...init, headers });
    return (await res.json()) as { success: boolean; result: unknown; errors: { message: string }[] };
  }

  server.tool(
    "list_records",
    "List DNS records of a zone.",
    { zoneId, type: z.enum(["A", "AAAA", "CNAME", "TXT", "MX"]).optional() },
    // ok: annotation-mismatch
    { readOnlyHint: true, openWorldHint: true },
    async ({ zoneId, type }) => {
      const qs = type ? `?type=${type}` : "";
      const body = await cf(`/zones/${zoneId}/dns_records${qs}`);
      return { content: [{ type: "text", text: JSON.stringify(body.result) }] };
    },
  );

  server.tool(
    "upsert_record",
    "Create or update an A/CNAME/TXT record.",
    {
      zoneId,
      name: z.string().regex(/^[a-z0-9.-]{1,253}$/),
      type: z.enum(["A", "AAAA", "CNAME", "TXT"]),
      content: z.string().max(2048),
      ttl: z.number().int().min(60).max(86400).default(300),
    },
    { destructiveHint: true },
    async (args) => {
      try {
        const body = await cf(`/zones/${args.zoneId}/dns_records`, { method: "POST", body: JSON.stringify({ name: args.name, type: args.type, content: args.content, ttl: args.ttl }) });
        if (!body.success) return { isError: true, content: [{ type: "text", text: body.errors.map((e) => e.message).join("; ") }] };
        return { content: [{ type: "text", text: `saved ${args.type} ${args.name}` }] };
      } catch (error) {
        // ruleid: error-detail-leak
        return { isError: true, content: [{ type: "text", text: String(error) }] };
      }
    },
  );

  return server;
}

const app = express();
app.use(express.json());
app.use(originGuard);

app.post("/mcp", bearer, async (req: AuthedRequest, res) => {
  // ruleid: sensitive-data-logged
  console.info("mcp call from %s with %s", req.user?.email, req.headers.authorization);
  // ok: dns-rebinding-unprotected
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  const server = makeServer(req);
  res.on("close", () => void server.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 8801), "127.0.0.1");
