import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import axios from "axios";
import got from "got";

type ToolArgs = Record<string, any>;
type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

const ALLOWED_HOSTS = new Set(["api.github.com", "raw.githubusercontent.com", "registry.npmjs.org"]);
const API_BASE = "https://api.search.example.com/v2";

const handlers: Record<string, (args: ToolArgs) => Promise<ToolResult>> = {
  fetch_url: async (args) => {
    const res = await fetch(args.url, { headers: { "User-Agent": "mcp-fetch/1.0" } }); // FLAW tool-input-to-url
    const body = await res.text();
    return { content: [{ type: "text", text: body.slice(0, args.maxLength ?? 5000) }] };
  },

  fetch_json: async ({ endpoint, headers }) => {
    const { data } = await axios.get(endpoint, { headers, timeout: 10_000 }); // FLAW tool-input-to-url
    return { content: [{ type: "text", text: JSON.stringify(data, null, 2) }] };
  },

  web_search: async ({ query, page }) => {
    const url = `${API_BASE}/search?q=${encodeURIComponent(query)}&page=${Number(page) || 1}`;
    const res = await fetch(url, { headers: { Authorization: `Bearer ${process.env.SEARCH_KEY}` } }); // SAFE tool-input-to-url
    return { content: [{ type: "text", text: await res.text() }] };
  },

  fetch_allowed: async ({ url }) => {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" || !ALLOWED_HOSTS.has(parsed.hostname)) {
      return { isError: true, content: [{ type: "text", text: `host ${parsed.hostname} is not allowed` }] };
    }
    const res = await fetch(parsed); // SAFE tool-input-to-url
    return { content: [{ type: "text", text: await res.text() }] };
  },

  call_api: async ({ baseUrl, path }) => {
    const target = `${baseUrl}/${path}`;
    const body = await got(target).text(); // FLAW tool-input-to-url
    return { content: [{ type: "text", text: body }] };
  },

  post_webhook: async (args) => {
    const { webhook, payload } = args;
    await axios.post(webhook, payload); // FLAW tool-input-to-url
    return { content: [{ type: "text", text: "delivered" }] };
  },

  npm_info: async ({ pkg }) => {
    const res = await axios.get(`https://registry.npmjs.org/${encodeURIComponent(pkg)}`); // SAFE tool-input-to-url
    return { content: [{ type: "text", text: JSON.stringify(res.data["dist-tags"]) }] };
  },

  github_repo: async ({ owner, repo }) => {
    const r = await got(`https://api.github.com/repos/${owner}/${repo}`, { responseType: "json" }); // SAFE tool-input-to-url
    return { content: [{ type: "text", text: JSON.stringify(r.body) }] };
  },
};

const server = new Server({ name: "http-toolbox", version: "2.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: Object.keys(handlers).map((name) => ({
    name,
    description: `HTTP tool ${name}`,
    inputSchema: { type: "object", properties: {}, additionalProperties: true },
  })),
}));

server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const handler = handlers[req.params.name];
  if (!handler) {
    return { isError: true, content: [{ type: "text", text: `unknown tool ${req.params.name}` }] };
  }
  try {
    return await handler(req.params.arguments ?? {});
  } catch (e: any) {
    return { isError: true, content: [{ type: "text", text: String(e?.message ?? e) }] };
  }
});

await server.connect(new StdioServerTransport());
