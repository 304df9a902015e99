// Fix-on-save E2E workspace file: a quoted shell command (safe fix), an unquoted one and a path
// finding (fixes offered, not preferred).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execSync } from "node:child_process";
import * as fs from "node:fs";
import { z } from "zod";

const server = new McpServer({ name: "quickfix", version: "1.0.0" });

server.tool("list_dir", { dir: z.string() }, async ({ dir }) => {
  const out = execSync(`ls -la "${dir}"`).toString();
  return { content: [{ type: "text", text: out }] };
});

server.tool("disk_usage", { dir: z.string(), file: z.string() }, async ({ dir, file }) => {
  const usage = execSync(`du -sh ${dir}`).toString();
  const text = fs.readFileSync(file, "utf8");
  return { content: [{ type: "text", text: usage + text }] };
});
