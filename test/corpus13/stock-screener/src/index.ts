import { FastMCP } from "fastmcp";
import { z } from "zod";
import jwt from "jsonwebtoken";
import { compileFilter, screen } from "./screener.js";
import { quotes, customFeed } from "./quotes.js";

const PUBLIC_KEY = process.env.SCREENER_JWT_PUBLIC_KEY ?? "";

const server = new FastMCP<{ user: string }>({
  name: "stock-screener",
  version: "1.4.0",
  authenticate: async (request) => {
    const header = String(request.headers["authorization"] ?? "");
    const token = header.replace(/^Bearer\s+/i, "");
    try {
      // ok: jwt-verification-disabled
      const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "stock-screener" }) as jwt.JwtPayload;
      return { user: String(claims.sub) };
    } catch {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
  },
});

server.addTool({
  name: "screen",
  description: "Screen a watch list with a simple filter such as `pe < 15` or `dividend_yield >= 3`.",
  parameters: z.object({
    symbols: z.array(z.string().regex(/^[A-Z.]{1,6}$/)).max(50),
    filter: z.string().regex(/^[a-z_]+\s*(?:<|>|<=|>=|==)\s*-?\d+(?:\.\d+)?$/),
    provider: z.enum(["finnhub", "polygon", "twelvedata"]).default("finnhub"),
  }),
  execute: async ({ symbols, filter, provider }) => {
    const rows = await quotes(provider, symbols);
    const keep = compileFilter(filter);
    return JSON.stringify(screen(rows, keep), null, 2);
  },
});

server.addTool({
  name: "custom_feed",
  description: "Pull fundamentals from a custom data feed URL (must be a Finnhub mirror).",
  parameters: z.object({
    feedUrl: z.string(),
    // ruleid: weak-input-schema
    options: z.any(),
  }),
  execute: async ({ feedUrl, options }) => {
    const data = await customFeed(feedUrl, options);
    return JSON.stringify(data).slice(0, 10_000);
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8411 } });
