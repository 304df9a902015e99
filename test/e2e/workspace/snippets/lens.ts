// CodeLens end-to-end test: one safe tool and one vulnerable tool (80-snippets-codelens.test.js).
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "e2e-lens", version: "1.0.0" });

server.registerTool("word_count", { description: "Counts words.", inputSchema: { text: z.string().max(1000) } }, async ({ text }) => ({
  content: [{ type: "text", text: String(text.split(/\s+/).length) }],
}));

server.tool("disk_usage", { dir: z.string() }, async ({ dir }) => {
  const out = execSync(`du -sh ${dir}`).toString();
  return { content: [{ type: "text", text: out }] };
});
