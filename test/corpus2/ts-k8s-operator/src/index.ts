import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { Kubectl } from "./kubectl.js";
import { ClusterApi } from "./cluster-api.js";

const NAMESPACES = ["default", "staging", "production", "monitoring"] as const;

class K8sOperatorServer {
  private readonly server: McpServer;
  private readonly kubectl = new Kubectl(process.env.KUBECONFIG);
  private readonly api = new ClusterApi();

  constructor() {
    this.server = new McpServer({ name: "k8s-operator", version: "0.7.2" }, { capabilities: { logging: {} } });
    this.registerTools();
  }

  private registerTools(): void {
    this.server.tool(
      "get_pods",
      "List pods in a namespace.",
      { namespace: z.enum(NAMESPACES), selector: z.string().regex(/^[a-z0-9=,.\/-]*$/).default("") },
      { readOnlyHint: true },
      async ({ namespace, selector }) => {
        const out = await this.kubectl.safeGet("pods", namespace, selector);
        return { content: [{ type: "text", text: out }] };
      },
    );

    this.server.tool(
      "describe",
      "Describe any resource.",
      { kind: z.string(), name: z.string(), namespace: z.string().default("default") },
      { readOnlyHint: true },
      async ({ kind, name, namespace }) => {
        const out = await this.kubectl.raw(`describe ${kind} ${name} -n ${namespace}`);
        return { content: [{ type: "text", text: out }] };
      },
    );

    this.server.tool(
      "scale",
      "Scale a deployment.",
      { deployment: z.string(), replicas: z.number().int().min(0).max(50), namespace: z.enum(NAMESPACES) },
      async (input) => {
        const out = await this.kubectl.scale(input.deployment, input.replicas, input.namespace);
        return { content: [{ type: "text", text: out }] };
      },
    );

    this.server.tool(
      "apply_manifest",
      "Apply a YAML manifest.",
      { name: z.string(), manifest: z.string().max(200_000) },
      { destructiveHint: true },
      async ({ name, manifest }) => {
        const out = await this.kubectl.apply(name, manifest);
        return { content: [{ type: "text", text: out }] };
      },
    );

    this.server.tool(
      "node_metrics",
      "Fetch node metrics from the metrics API.",
      {},
      { readOnlyHint: true },
      async () => ({ content: [{ type: "text", text: JSON.stringify(await this.api.nodeMetrics()) }] }),
    );
  }

  async start(): Promise<void> {
    await this.server.connect(new StdioServerTransport());
  }
}

new K8sOperatorServer().start().catch((e) => {
  process.stderr.write(`k8s-operator failed: ${e}\n`);
  process.exit(1);
});
