import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../index.js";

const ACTIONS = { reboot: "reboot", reset: "reset", poweron: "poweron", shutdown: "shutdown" } as const;

export function registerServerTools(server: McpServer, deps: Deps) {
  server.registerTool(
    "list_servers",
    {
      description: "List cloud servers, optionally filtered by a label selector",
      inputSchema: { selector: z.string().max(200).optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ selector }) => {
      const servers = await deps.hcloud.listServers(selector);
      const lines = servers.map((s) => `${s.id}\t${s.name}\t${s.status}\t${s.public_net.ipv4.ip}`);
      return { content: [{ type: "text", text: lines.join("\n") || "no servers" }] };
    },
  );

  server.registerTool(
    "power_action",
    {
      description: "Run a power action on several servers at once",
      inputSchema: {
        names: z.array(z.string()).min(1).max(25),
        action: z.enum(["reboot", "reset", "poweron", "shutdown"]),
      },
      annotations: { destructiveHint: true },
    },
    async ({ names, action }) => {
      deps.log(`${action} on ${names.length} servers`);
      const results = await Promise.all(names.map((n) => deps.hcloud.exec(`server ${ACTIONS[action]} ${n}`).then(() => `${n}: ok`, (e) => `${n}: failed (${e.exitCode})`)));
      return { content: [{ type: "text", text: results.join("\n") }] };
    },
  );

  server.registerTool(
    "set_labels",
    {
      description: "Set labels on a server",
      inputSchema: {
        name: z.string().regex(/^[a-z0-9-]{1,63}$/),
        labels: z.record(z.string().regex(/^[a-z0-9./-]{1,63}$/), z.string().max(63)),
      },
    },
    async ({ name, labels }) => {
      const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      await Promise.all(pairs.map((p) => deps.hcloud.run(["server", "add-label", "--overwrite", name, p])));
      return { content: [{ type: "text", text: `labels set on ${name}` }] };
    },
  );
}
