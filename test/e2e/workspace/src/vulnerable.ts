// Deliberately vulnerable: the end-to-end tests expect MCP Warden to flag the marked lines.
import { execSync } from "child_process";
import { readFileSync } from "fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "e2e-vulnerable", version: "1.0.0" });

server.tool("list_dir", { dir: z.string() }, async ({ dir }) => {
  const out = execSync(`ls -la ${dir}`).toString(); // tool-input-to-shell
  return { content: [{ type: "text", text: out }] };
});

server.tool("read_file", { file: z.string() }, async ({ file }) => {
  const text = readFileSync(file, "utf8"); // tool-input-to-path
  return { content: [{ type: "text", text }] };
});
