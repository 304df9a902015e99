#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const shell = require("shelljs");
const got = require("got");
const https = require("https");
const { assertAllowedUrl } = require("./lib/guard");
const { netlifyApi } = require("./lib/netlify");

const server = new McpServer({ name: "netlify-functions", version: "1.2.0" });

// Self-signed certificates on the staging proxy.
// ruleid: tls-verification-disabled
const stagingAgent = new https.Agent({ rejectUnauthorized: false });

server.tool(
  "deploy_site",
  "Deploy a build folder with the Netlify CLI",
  { dir: z.string(), message: z.string().default("deployed from MCP"), prod: z.boolean().default(false) },
  async ({ dir, message, prod }) => {
    const flags = prod ? "--prod" : "";
    // ruleid: tool-input-to-shell
    const result = shell.exec(`netlify deploy --dir=${dir} --message "${message}" ${flags} --json`, { silent: true });
    return { content: [{ type: "text", text: result.code === 0 ? result.stdout : result.stderr }] };
  },
);

server.tool(
  "list_sites",
  "List sites of the account",
  {},
  async () => {
    const sites = await netlifyApi("/sites?filter=all");
    return { content: [{ type: "text", text: sites.map((s) => `${s.id} ${s.name} ${s.ssl_url}`).join("\n") }] };
  },
);

server.tool(
  "ping_function",
  "Invoke a deployed function of one of our sites with a GET request",
  {
    site: z.string().regex(/^[a-z0-9-]{1,63}$/),
    fn: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/),
  },
  async ({ site, fn }) => {
    // ok: tool-input-to-url
    const res = await got(`https://${site}.netlify.app/.netlify/functions/${fn}`, { throwHttpErrors: false, timeout: { request: 10000 } });
    return { content: [{ type: "text", text: `${res.statusCode}\n${res.body.slice(0, 4000)}` }] };
  },
);

server.tool(
  "invoke_url",
  "Call any function URL (for preview deploys)",
  { url: z.string().url() },
  async ({ url }) => {
    // ruleid: tool-input-to-url
    const res = await got(url, { agent: { https: stagingAgent }, throwHttpErrors: false });
    return { content: [{ type: "text", text: `${res.statusCode}\n${res.body.slice(0, 4000)}` }] };
  },
);

server.tool(
  "fetch_deploy_log",
  "Fetch a deploy log from a Netlify-hosted log URL",
  { logUrl: z.string().url() },
  async ({ logUrl }) => {
    const checked = await assertAllowedUrl(logUrl);
    // ok: tool-input-to-url
    const body = await got(checked.href, { timeout: { request: 15000 } }).text();
    return { content: [{ type: "text", text: body.slice(-8000) }] };
  },
);

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
