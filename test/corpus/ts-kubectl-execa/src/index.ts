import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execa, execaCommand } from "execa";
import { spawn } from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "kube-helper", version: "0.6.2" });

const RESOURCE_KINDS = ["pods", "deployments", "services", "configmaps", "ingresses"];
const NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function collect(cmd: string, args: string[], useShell = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { shell: useShell });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d.toString()));
    child.stderr.on("data", (d) => (err += d.toString()));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(err))));
  });
}

server.tool(
  "kubectl_get",
  "List Kubernetes resources",
  { kind: z.string(), namespace: z.string().default("default") },
  async ({ kind, namespace }) => {
    if (!RESOURCE_KINDS.includes(kind)) {
      return { isError: true, content: [{ type: "text", text: `kind must be one of ${RESOURCE_KINDS.join(", ")}` }] };
    }
    const { stdout } = await execa("kubectl", ["get", kind, "-n", namespace, "-o", "wide"]); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.tool(
  "kubectl_describe",
  "Describe a resource",
  { kind: z.string(), name: z.string(), namespace: z.string().default("default") },
  async ({ kind, name, namespace }) => {
    const { stdout } = await execaCommand(`kubectl describe ${kind} ${name} -n ${namespace}`); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.tool(
  "kubectl_logs",
  "Logs of a pod",
  { pod: z.string(), container: z.string().optional(), tail: z.number().int().default(200) },
  async ({ pod, container, tail }) => {
    const cmdline = `kubectl logs ${pod}` + (container ? ` -c ${container}` : "") + ` --tail=${tail}`;
    const text = await collect(cmdline, [], true); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text }] };
  }
);

server.tool(
  "kubectl_rollout_restart",
  "Restart a deployment",
  { deployment: z.string(), namespace: z.string() },
  async ({ deployment, namespace }) => {
    const valid = NAME_RE.test(deployment) && NAME_RE.test(namespace);
    if (!valid) {
      return { isError: true, content: [{ type: "text", text: "invalid names" }] };
    }
    const { stdout } = await execa(`kubectl rollout restart deployment/${deployment} -n ${namespace}`, { shell: true }); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

server.tool(
  "kubectl_scale",
  "Scale a deployment",
  { deployment: z.string(), replicas: z.number().int().min(0).max(50) },
  async ({ deployment, replicas }) => {
    const text = await collect("kubectl", ["scale", `deployment/${deployment}`, `--replicas=${replicas}`]); // SAFE tool-input-to-shell
    return { content: [{ type: "text", text }] };
  }
);

server.tool(
  "helm",
  "Run a helm subcommand",
  { binary: z.string().default("helm"), args: z.array(z.string()) },
  async ({ binary, args }) => {
    const text = await collect(binary, args); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text }] };
  }
);

server.tool(
  "kubectl_apply",
  "Apply a manifest from a URL or file",
  { source: z.string() },
  async ({ source }) => {
    const { stdout } = await execa("sh", ["-c", "kubectl apply -f " + source]); // FLAW tool-input-to-shell
    return { content: [{ type: "text", text: stdout }] };
  }
);

await server.connect(new StdioServerTransport());
