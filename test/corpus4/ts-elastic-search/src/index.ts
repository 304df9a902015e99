// Elasticsearch MCP server (stdio): search, mappings, index maintenance.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Client, errors } from "@elastic/elasticsearch";
import got from "got";
import { z } from "zod";

const ES_NODE = process.env.ES_NODE ?? "https://es01.search.example.com:9200";
// ruleid: hardcoded-secret
const ES_API_KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

const es = new Client({
  node: ES_NODE,
  auth: { apiKey: process.env.ES_API_KEY ?? ES_API_KEY },
  // ruleid: tls-verification-disabled
  tls: { rejectUnauthorized: false },
});

const server = new McpServer({ name: "elastic-search", version: "1.0.3" });
const indexName = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,120}$/);

server.tool("cluster_health", async () => {
  const health = await es.cluster.health();
  return { content: [{ type: "text", text: JSON.stringify(health) }] };
});

server.tool(
  "search",
  "Full-text search in an index with the simple query string syntax.",
  { index: indexName, q: z.string().max(500), size: z.number().int().min(1).max(100).default(10) },
  { readOnlyHint: true },
  async ({ index, q, size }) => {
    try {
      const res = await es.search({ index, size, query: { simple_query_string: { query: q } } });
      return { content: [{ type: "text", text: JSON.stringify(res.hits.hits.map((h) => h._source)) }] };
    } catch (err) {
      if (err instanceof errors.ResponseError) {
        // ok: error-detail-leak
        return { isError: true, content: [{ type: "text", text: `search failed with status ${err.statusCode}` }] };
      }
      throw err;
    }
  },
);

server.tool(
  "get_mapping",
  { index: indexName },
  // ok: annotation-mismatch
  { readOnlyHint: true },
  async ({ index }) => {
    const mapping = await es.indices.getMapping({ index });
    return { content: [{ type: "text", text: JSON.stringify(mapping[index]?.mappings ?? {}) }] };
  },
);

server.tool(
  "index_url",
  "Fetch a web page and index its text into the given index.",
  { index: indexName, url: z.string().url() },
  async ({ index, url }) => {
    // ruleid: tool-input-to-url
    const html = await got(url, { timeout: { request: 10000 } }).text();
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 100_000);
    const res = await es.index({ index, document: { url, text, fetched_at: new Date().toISOString() } });
    return { content: [{ type: "text", text: `indexed as ${res._id}` }] };
  },
);

server.tool(
  "delete_index",
  "Delete an index and all of its documents.",
  { index: indexName, confirm: z.literal(true) },
  // ruleid: annotation-mismatch
  { destructiveHint: false, idempotentHint: true },
  async ({ index }) => {
    await es.indices.delete({ index });
    return { content: [{ type: "text", text: `deleted ${index}` }] };
  },
);

server.tool(
  "reindex_status",
  { taskId: z.string().max(100) },
  async ({ taskId }) => {
    try {
      const task = await es.tasks.get({ task_id: taskId });
      return { content: [{ type: "text", text: JSON.stringify(task.task.status) }] };
    } catch (e) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `${e}` }] };
    }
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.warn(`elastic-search MCP connected to ${ES_NODE}`);
