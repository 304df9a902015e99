import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import serialize from "node-serialize";
import { z } from "zod";
import type { Deps } from "../index.js";

interface SnapshotPlan {
  server: string;
  description: string;
  labels: Record<string, string>;
}

export function registerSnapshotTools(server: McpServer, deps: Deps) {
  server.tool(
    "create_snapshot",
    "Create a snapshot of a server",
    { name: z.string().regex(/^[a-z0-9-]{1,63}$/), description: z.string().max(200).default("mcp snapshot") },
    async ({ name, description }) => {
      const out = await deps.hcloud.run(["server", "create-image", "--type", "snapshot", "--description", description, name]);
      return { content: [{ type: "text", text: out }] };
    },
  );

  server.tool(
    "restore_plan",
    "Load a saved snapshot plan (as exported by export_plan) and show it",
    { blob: z.string().max(100_000) },
    async ({ blob }) => {
      // ruleid: unsafe-deserialization
      const plan = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8")) as SnapshotPlan;
      return { content: [{ type: "text", text: `${plan.server}: ${plan.description}` }] };
    },
  );

  server.tool(
    "import_labels",
    "Parse a JSON label map and preview it",
    { json: z.string().max(10_000) },
    async ({ json }) => {
      // ok: unsafe-deserialization
      const labels = JSON.parse(json) as Record<string, string>;
      return { content: [{ type: "text", text: Object.entries(labels).map(([k, v]) => `${k}=${v}`).join("\n") }] };
    },
  );
}
