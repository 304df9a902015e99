import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express from "express";
import { z } from "zod";
import { cms, fetchMediaPreview } from "./client.js";
import { entryCounts, searchDrafts } from "./reports.js";
import { requireBearer } from "./auth.js";

const server = new McpServer({ name: "strapi-content", version: "0.9.1" });

server.resource(
  "article",
  new ResourceTemplate("strapi://articles/{slug}", { list: undefined }),
  async (uri, { slug }) => {
    // ok: tool-input-to-url
    const { data } = await cms.get(`/api/articles`, { params: { "filters[slug][$eq]": slug, populate: "*" } });
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(data) }] };
  },
);

server.resource(
  "collection",
  new ResourceTemplate("strapi://collections/{name}/{id}", { list: undefined }),
  async (uri, { name, id }) => {
    // ruleid: tool-input-to-url
    const { data } = await cms.get(`http://${name}.cms.internal/api/${id}`);
    return { contents: [{ uri: uri.href, text: JSON.stringify(data) }] };
  },
);

server.tool(
  "preview_media",
  "Fetch a media file's preview through the CMS upload provider",
  { url: z.string().url() },
  async ({ url }) => {
    const b64 = await fetchMediaPreview(url);
    return { content: [{ type: "image", data: b64, mimeType: "image/webp" }] };
  },
);

server.tool(
  "draft_search",
  "Search unpublished drafts by title in the CMS database",
  { title: z.string().max(120), locale: z.enum(["en", "de", "fr"]).default("en") },
  async ({ title, locale }) => {
    const rows = await searchDrafts(title, locale);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool("entry_counts", "Count entries per content type", async () => ({
  content: [{ type: "text", text: JSON.stringify(await entryCounts()) }],
}));

server.prompt(
  "rewrite_article",
  { slug: z.string(), tone: z.enum(["neutral", "friendly", "formal"]) },
  ({ slug, tone }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Rewrite the article "${slug}" in a ${tone} tone. Keep headings.` } }],
  }),
);

const app = express();
app.use(express.json());
app.post("/mcp", requireBearer, async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(3310, "127.0.0.1");
