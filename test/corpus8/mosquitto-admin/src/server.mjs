import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { addUser, removeUser, reloadBroker } from "./passwd.mjs";
import { readAcl, writeAclFragment, tailLog } from "./files.mjs";

const server = new McpServer({ name: "mosquitto-admin", version: "0.3.1" });

const Username = z.string().regex(/^[a-z][a-z0-9_.-]{2,31}$/);

server.registerTool(
  "add_client",
  {
    description: "Create MQTT credentials for a device or service",
    inputSchema: { username: Username, password: z.string().min(16).max(128) },
  },
  async ({ username, password }) => {
    await addUser(username, password);
    await reloadBroker();
    return { content: [{ type: "text", text: `added ${username}` }] };
  },
);

server.registerTool(
  "remove_client",
  {
    description: "Remove MQTT credentials",
    inputSchema: { username: z.string() },
    annotations: { destructiveHint: true },
  },
  async ({ username }) => {
    await removeUser(username);
    await reloadBroker();
    return { content: [{ type: "text", text: `removed ${username}` }] };
  },
);

server.registerTool(
  "read_acl",
  { description: "Show an ACL fragment from conf.d", inputSchema: { fragment: z.string() }, annotations: { readOnlyHint: true } },
  async ({ fragment }) => ({ content: [{ type: "text", text: await readAcl(fragment) }] }),
);

server.registerTool(
  "write_acl",
  {
    description: "Write an ACL fragment into conf.d",
    inputSchema: { fragment: z.string(), rules: z.array(z.string().max(200)).max(100) },
  },
  async ({ fragment, rules }) => ({ content: [{ type: "text", text: await writeAclFragment(fragment, rules) }] }),
);

server.registerTool(
  "tail_log",
  { description: "Last lines of the broker log", inputSchema: { lines: z.number().int().min(1).max(500), grep: z.string().max(100).optional() } },
  async ({ lines, grep }) => ({ content: [{ type: "text", text: tailLog(lines, grep) }] }),
);

await server.connect(new StdioServerTransport());
