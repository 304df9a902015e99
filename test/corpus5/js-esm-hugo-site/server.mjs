#!/usr/bin/env node
// Static-site (Hugo) authoring tools for the marketing team, stdio.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { newPage, build, savePage, loadPage, renderShortcode } from "./site.mjs";

const server = new McpServer({ name: "hugo-site", version: "0.2.0" });

server.tool("new_page", "Create a new page from the section's archetype.", { section: z.string(), slug: z.string() }, async ({ section, slug }) => ({
  content: [{ type: "text", text: await newPage(section, slug) }],
}));

server.tool("save_page", "Overwrite a content page with new Markdown.", { path: z.string(), markdown: z.string().max(200_000) }, { destructiveHint: true }, async (a) => ({
  content: [{ type: "text", text: `saved ${await savePage(a.path, a.markdown)}` }],
}));

server.tool("read_page", "Read a content page.", { path: z.string() }, { readOnlyHint: true }, async ({ path }) => ({
  content: [{ type: "text", text: await loadPage(path) }],
}));

server.tool("build_site", "Build the site into public/.", { drafts: z.boolean().default(false) }, async ({ drafts }) => {
  const out = await build(drafts);
  // ruleid: stdout-in-stdio-server
  process.stdout.write(out);
  return { content: [{ type: "text", text: out.split("\n").slice(-15).join("\n") }] };
});

server.tool(
  "preview_shortcode",
  "Preview a shortcode template with parameters.",
  { template: z.string().max(2000), params: z.record(z.string(), z.string()) },
  async ({ template, params }) => ({ content: [{ type: "text", text: renderShortcode(template, params) }] }),
);

await server.connect(new StdioServerTransport());
// ok: stdout-in-stdio-server
console.error("hugo-site MCP server running");
