// k8s-inspector: low-level MCP server exposing read-only cluster inspection.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { Kube } from "./kube.js";

const kube = new Kube(process.env.KUBE_CONTEXT ?? "prod-eu");

const LogsArgs = z.object({
  pod: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/),
  namespace: z.string().regex(/^[a-z0-9-]{1,63}$/),
  tail: z.number().int().min(1).max(5000).default(200),
});

const server = new Server({ name: "k8s-inspector", version: "0.9.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "describe",
      description: "kubectl describe for any resource.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
    {
      name: "pod_logs",
      description: "Last lines of a pod's logs.",
      // ok: weak-input-schema
      inputSchema: {
        type: "object",
        properties: {
          pod: { type: "string", pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" },
          namespace: { type: "string", pattern: "^[a-z0-9-]{1,63}$" },
          tail: { type: "integer", minimum: 1, maximum: 5000 },
        },
        required: ["pod", "namespace"],
        additionalProperties: false,
      },
    },
    { name: "cluster_version", description: "Kubernetes version of the API server.", inputSchema: { type: "object", properties: {} } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "describe": {
      // ruleid: weak-input-schema
      const { kind, name, namespace } = request.params.arguments as any;
      const out = await kube.describe(kind, name, namespace ?? "default");
      return { content: [{ type: "text", text: out }] };
    }
    case "pod_logs": {
      const { pod, namespace, tail } = LogsArgs.parse(request.params.arguments);
      return { content: [{ type: "text", text: await kube.logs(pod, namespace, tail) }] };
    }
    case "cluster_version":
      return { content: [{ type: "text", text: JSON.stringify(await kube.version()) }] };
    default:
      throw new Error(`Unknown tool ${request.params.name}`);
  }
});

const transport = new StdioServerTransport();
await server.connect(transport);
if (process.env.DEBUG) {
  // ruleid: stdout-in-stdio-server
  process.stdout.write("k8s-inspector: debug logging enabled\n");
}
