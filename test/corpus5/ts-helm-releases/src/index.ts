// Helm release management (staging cluster only).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { listReleases, upgrade, uninstall, history } from "./helm.js";

const releaseName = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/);
const namespace = z.string().regex(/^[a-z0-9-]{1,63}$/);

const server = new McpServer({ name: "helm-releases", version: "0.4.0" });

server.registerTool(
  "list_releases",
  {
    description: "List Helm releases in a namespace.",
    inputSchema: { namespace },
    annotations: { readOnlyHint: true },
  },
  async ({ namespace }) => {
    const rels = await listReleases(namespace);
    return { content: [{ type: "text", text: rels.map((r) => `${r.name}\t${r.chart}\trev ${r.revision}\t${r.status}`).join("\n") }] };
  },
);

server.registerTool(
  "upgrade_release",
  {
    description: "Install or upgrade a release from a chart with the given values.",
    inputSchema: {
      release: z.string(),
      chart: z.string(),
      namespace,
      // ruleid: weak-input-schema
      values: z.any(),
    },
    annotations: { destructiveHint: true },
  },
  async ({ release, chart, namespace, values }) => {
    const out = await upgrade(release, chart, namespace, (values ?? {}) as Record<string, unknown>);
    return { content: [{ type: "text", text: out }] };
  },
);

server.registerTool(
  "uninstall_release",
  {
    description: "Uninstall a release.",
    inputSchema: { release: releaseName, namespace },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async ({ release, namespace }) => ({ content: [{ type: "text", text: await uninstall(release, namespace) }] }),
);

server.registerTool(
  "release_history",
  {
    description: "Show the last revisions of a release.",
    inputSchema: { release: releaseName, namespace },
    annotations: { readOnlyHint: true },
  },
  async ({ release, namespace }) => ({ content: [{ type: "text", text: await history(release, namespace) }] }),
);

await server.connect(new StdioServerTransport());
