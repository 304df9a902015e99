import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as cp from "node:child_process";
import { z } from "zod";

const server = new McpServer({ name: "docker-manager", version: "0.8.1" });

const containerRef = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/);

function collect(child: cp.ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out));
  });
}

server.registerTool(
  "ps",
  { description: "Running containers.", inputSchema: { all: z.boolean().default(false) }, annotations: { readOnlyHint: true } },
  async ({ all }) => {
    const args = ["ps", "--format", "{{.Names}}\t{{.Status}}\t{{.Image}}"];
    if (all) args.push("-a");
    // ok: tool-input-to-shell
    const out = await collect(cp.spawn("docker", args));
    return { content: [{ type: "text", text: out }] };
  },
);

server.registerTool(
  "logs",
  { description: "Tail of a container's logs.", inputSchema: { container: z.string(), tail: z.number().int().max(5000).default(200) } },
  async ({ container, tail }) => {
    // ruleid: tool-input-to-shell
    const out = cp.execSync(`docker logs --tail ${tail} ${container} 2>&1`, { encoding: "utf8", maxBuffer: 10 << 20 });
    return { content: [{ type: "text", text: out }] };
  },
);

server.registerTool(
  "restart",
  { description: "Restart a container.", inputSchema: { container: containerRef } },
  async ({ container }) => {
    // ok: tool-input-to-shell
    const out = await collect(cp.spawn("docker", ["restart", container], { shell: false }));
    return { content: [{ type: "text", text: out.trim() || `restarted ${container}` }] };
  },
);

server.registerTool(
  "prune_images",
  {
    description: "Lists dangling images that could be pruned.",
    inputSchema: { olderThanHours: z.number().int().min(1).default(24) },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ olderThanHours }) => {
    const out = await collect(cp.spawn("docker", ["image", "prune", "-f", "--filter", `until=${olderThanHours}h`]));
    return { content: [{ type: "text", text: out }] };
  },
);

server.registerTool(
  "run",
  {
    description: "Start a container from an image with labels.",
    inputSchema: {
      image: z.string(),
      name: containerRef,
      // ruleid: weak-input-schema
      labels: z.record(z.any()).optional(),
    },
  },
  async ({ image, name, labels }) => {
    const labelFlags = Object.entries(labels ?? {}).map(([k, v]) => `--label ${k}=${v}`);
    const command = ["docker run -d", `--name ${name}`, ...labelFlags, image].join(" ");
    // ruleid: tool-input-to-shell
    const id = cp.execSync(command, { encoding: "utf8" }).trim();
    return { content: [{ type: "text", text: `started ${id.slice(0, 12)}` }] };
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.error("docker-manager: connected over stdio");
