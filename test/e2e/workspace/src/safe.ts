// The guarded counterparts of vulnerable.ts: MCP Warden must stay quiet here.
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const ROOT = path.resolve("/srv/data");
const server = new McpServer({ name: "e2e-safe", version: "1.0.0" });

server.tool("list_dir", { dir: z.enum(["logs", "reports"]) }, async ({ dir }) => {
  const out = execFileSync("ls", ["-la", path.join(ROOT, dir)]).toString();
  return { content: [{ type: "text", text: out }] };
});

server.tool("read_file", { file: z.string().max(200) }, async ({ file }) => {
  const full = path.resolve(ROOT, file);
  if (!full.startsWith(ROOT + path.sep)) throw new Error("outside the data folder");
  const text = readFileSync(full, "utf8");
  return { content: [{ type: "text", text }] };
});
