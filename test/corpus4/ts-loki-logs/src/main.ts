// Loki log search server built on fastmcp (HTTP stream transport).
import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import axios from "axios";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const LOKI_URL = process.env.LOKI_URL ?? "http://loki.observability.svc:3100";
const LOKI_USER = process.env.LOKI_USER ?? "mcp";
// ok: hardcoded-secret
const LOKI_PASSWORD = process.env.LOKI_PASSWORD ?? "";
const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR ?? "./exports");

// ruleid: sensitive-data-logged
console.error(`connecting to Loki at ${LOKI_URL} as ${LOKI_USER}:${LOKI_PASSWORD}`);
// ok: sensitive-data-logged
console.error(`connecting to Loki at ${LOKI_URL} as ${LOKI_USER}`);

const http = axios.create({ baseURL: LOKI_URL, auth: { username: LOKI_USER, password: LOKI_PASSWORD }, timeout: 15000 });
const shares = new Map<string, { query: string; created: number }>();

async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts - 1) throw err;
      // ok: insecure-randomness
      const jitter = Math.floor(Math.random() * 250);
      await new Promise((r) => setTimeout(r, 500 * 2 ** i + jitter));
    }
  }
}

const server = new FastMCP({ name: "loki-logs", version: "0.3.1" });

server.addTool({
  name: "query_range",
  description: "Run a LogQL query over a time range and return matching log lines.",
  parameters: z.object({
    query: z.string().max(1000),
    since: z.enum(["5m", "15m", "1h", "6h", "24h"]).default("1h"),
    limit: z.number().int().min(1).max(5000).default(200),
  }),
  annotations: { readOnlyHint: true },
  execute: async ({ query, since, limit }, { log }) => {
    log.info("query_range", { query, since });
    // ok: tool-input-to-url
    const { data } = await withRetry(() => http.get("/loki/api/v1/query_range", { params: { query, since, limit } }));
    const lines = data.data.result.flatMap((s: { values: [string, string][] }) => s.values.map((v) => v[1]));
    return lines.join("\n");
  },
});

server.addTool({
  name: "tail_other_cluster",
  description: "Read the latest lines from another Loki instance (give its base URL).",
  parameters: z.object({ lokiUrl: z.string(), query: z.string().max(1000) }),
  execute: async ({ lokiUrl, query }) => {
    const endpoint = `${lokiUrl.replace(/\/$/, "")}/loki/api/v1/query`;
    // ruleid: tool-input-to-url
    const { data } = await axios.get(endpoint, { params: { query, limit: 100 } });
    return JSON.stringify(data.data.result);
  },
});

server.addTool({
  name: "share_query",
  description: "Create a short share link for a LogQL query.",
  parameters: z.object({ query: z.string().max(1000) }),
  execute: async ({ query }) => {
    // ruleid: insecure-randomness
    const shareId = Math.random().toString(36).substring(2, 12);
    shares.set(shareId, { query, created: Date.now() });
    return `https://logs.example.com/s/${shareId}`;
  },
});

server.addTool({
  name: "export_logs",
  description: "Export the result of a query to a file in the export folder.",
  parameters: z.object({ query: z.string().max(1000), fileName: z.string().max(120) }),
  execute: async ({ query, fileName }) => {
    const target = path.resolve(EXPORT_DIR, fileName);
    if (!target.startsWith(EXPORT_DIR + path.sep)) {
      throw new UserError("file name must stay inside the export folder");
    }
    const { data } = await http.get("/loki/api/v1/query_range", { params: { query, limit: 5000 } });
    await mkdir(EXPORT_DIR, { recursive: true });
    // ok: tool-input-to-path
    await writeFile(target, JSON.stringify(data.data.result, null, 2));
    return `exported to ${target}`;
  },
});

server.addTool({
  name: "labels",
  description: "List label names known to Loki.",
  parameters: z.object({}),
  execute: async () => {
    const { data } = await http.get("/loki/api/v1/labels");
    return data.data.join(", ");
  },
});

const port = Number(process.env.PORT ?? 8080);
// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port, endpoint: "/mcp" } });
