import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, McpError, ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import { execFile, exec } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { renderServerBlock } from "./templates.js";

const pexecFile = promisify(execFile);
const SITES_AVAILABLE = "/etc/nginx/sites-available";
const SITES_ENABLED = "/etc/nginx/sites-enabled";

const SiteArgs = z.object({
  site: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  serverName: z.string().regex(/^[a-z0-9.-]+$/),
  upstream: z.string().regex(/^127\.0\.0\.1:\d{2,5}$/),
});

type Handler = (args: unknown) => Promise<string>;

const handlers: Record<string, Handler> = {
  async create_site(raw) {
    // ok: weak-input-schema
    const { site, serverName, upstream } = SiteArgs.parse(raw);
    const file = path.join(SITES_AVAILABLE, `${site}.conf`);
    // ok: tool-input-to-path
    await fs.writeFile(file, renderServerBlock(serverName, upstream), "utf8");
    await fs.symlink(file, path.join(SITES_ENABLED, `${site}.conf`)).catch(() => undefined);
    return `wrote ${file}`;
  },

  async show_site(raw) {
    const { site } = raw as { site: string };
    // ruleid: tool-input-to-path
    return fs.readFile(`${SITES_AVAILABLE}/${site}`, "utf8");
  },

  async test_config() {
    // ok: tool-input-to-shell
    const { stderr } = await pexecFile("nginx", ["-t"]);
    return stderr.trim();
  },

  async tail_access_log(raw) {
    const { site, lines = 50 } = raw as { site: string; lines?: number };
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-shell
      exec(`tail -n ${lines} /var/log/nginx/${site}.access.log`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
  },
};

const server = new Server({ name: "nginx-config", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "create_site",
      description: "Create and enable a reverse-proxy site.",
      // ok: weak-input-schema
      inputSchema: {
        type: "object",
        properties: {
          site: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" },
          serverName: { type: "string" },
          upstream: { type: "string", pattern: "^127\\.0\\.0\\.1:\\d{2,5}$" },
        },
        required: ["site", "serverName", "upstream"],
        additionalProperties: false,
      },
    },
    { name: "show_site", description: "Print a site file.", inputSchema: { type: "object", properties: { site: { type: "string" } }, required: ["site"] } },
    { name: "test_config", description: "Run nginx -t.", inputSchema: { type: "object", properties: {} } },
    {
      name: "tail_access_log",
      description: "Last lines of a site's access log.",
      inputSchema: { type: "object", properties: { site: { type: "string" }, lines: { type: "number" } }, required: ["site"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) throw new McpError(ErrorCode.MethodNotFound, `no tool ${request.params.name}`);
  try {
    const out = await handler(request.params.arguments ?? {});
    return { content: [{ type: "text", text: out }] };
  } catch (err) {
    console.error("[nginx-config]", err);
    // ok: error-detail-leak
    return { content: [{ type: "text", text: "The operation failed; see the server log for details." }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
