import http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";

const ADMIN = { host: "127.0.0.1", port: 2019 };

function request(options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve({ status: res.statusCode, body: data }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

const server = new McpServer({ name: "caddy-admin", version: "0.1.5" });

server.tool("config", "Current Caddy JSON config (optionally a sub-path like apps/http/servers).", { path: z.string().regex(/^[a-z0-9_/]*$/).default("") }, async ({ path }) => {
  // ok: tool-input-to-url
  const res = await request({ ...ADMIN, path: `/config/${path}`, method: "GET" });
  return { content: [{ type: "text", text: res.body }] };
});

server.tool("route_by_id", "Looks up a route object by its @id.", { id: z.string().max(100) }, async ({ id }) => {
  // ok: tool-input-to-url
  const res = await request({ ...ADMIN, path: `/id/${encodeURIComponent(id)}`, method: "GET" });
  return { content: [{ type: "text", text: res.body }] };
});

server.tool("remote_config", "Reads the config of another Caddy node in the cluster.", { node: z.string() }, async ({ node }) => {
  const body = await new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    http.get(`http://${node}:2019/config/`, (res) => {
      let data = "";
      res.on("data", (c) => (data += c));
      res.on("end", () => resolve(data));
    }).on("error", reject);
  });
  return { content: [{ type: "text", text: body }] };
});

server.tool(
  "add_reverse_proxy",
  "Adds a reverse-proxy route for a host name to the first HTTP server.",
  { host: z.string().regex(/^[a-z0-9.-]+$/), upstream: z.string().regex(/^[a-z0-9.-]+:\d+$/) },
  async ({ host, upstream }) => {
    const route = { match: [{ host: [host] }], handle: [{ handler: "reverse_proxy", upstreams: [{ dial: upstream }] }] };
    const res = await request({ ...ADMIN, path: "/config/apps/http/servers/srv0/routes", method: "POST", headers: { "Content-Type": "application/json" } }, JSON.stringify(route));
    // ruleid: stdout-in-stdio-server
    console.log(`caddy answered ${res.status} for ${host}`);
    return { content: [{ type: "text", text: `route for ${host} → ${upstream}: HTTP ${res.status}` }] };
  },
);

await server.connect(new StdioServerTransport());
