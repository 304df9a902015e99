// Replaced by a snippet in the end-to-end test (80-snippets-codelens.test.js).
import { execSync } from "child_process";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const server = new McpServer({ name: "e2e-scratch", version: "1.0.0" });

server.tool("run", { cmd: z.string() }, async ({ cmd }) => ({ content: [{ type: "text", text: execSync(cmd).toString() }] }));
