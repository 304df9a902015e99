// docker-manager: a class-based MCP server around the docker CLI (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec as execCb, execFile as execFileCb, spawn } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const exec = promisify(execCb);
const execFile = promisify(execFileCb);

type ToolResult = { content: Array<{ type: "text"; text: string }>; isError?: boolean };

class DockerManager {
  private readonly server = new McpServer({ name: "docker-manager", version: "0.9.2" });

  constructor(private readonly dockerBin = process.env.DOCKER_BIN ?? "docker") {
    this.register();
  }

  private result(text: string, isError = false): ToolResult {
    return { content: [{ type: "text", text }], isError };
  }

  private async ps(all: boolean): Promise<ToolResult> {
    const { stdout } = await execFile(this.dockerBin, ["ps", ...(all ? ["-a"] : []), "--format", "{{.Names}}\t{{.Status}}"]);
    return this.result(stdout);
  }

  private async stats(container: string): Promise<ToolResult> {
    // ruleid: tool-input-to-shell
    const { stdout } = await exec(`${this.dockerBin} stats --no-stream ${container}`);
    return this.result(stdout);
  }

  private async pull(image: string, tag: string): Promise<ToolResult> {
    // ok: tool-input-to-shell
    const { stdout } = await execFile(this.dockerBin, ["pull", `${image}:${tag}`]);
    return this.result(stdout);
  }

  private async run(image: string, args: string): Promise<ToolResult> {
    const cmd = [this.dockerBin, "run", "--rm", image, args].join(" ");
    // ruleid: tool-input-to-shell
    const { stdout, stderr } = await exec(cmd, { timeout: 120_000 });
    return this.result(stdout + stderr);
  }

  private async remove(container: string): Promise<ToolResult> {
    return new Promise((resolve) => {
      // ok: tool-input-to-shell
      const child = spawn(this.dockerBin, ["rm", "-f", container], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", (code) => resolve(this.result(out || `exit ${code}`, code !== 0)));
    });
  }

  private register() {
    this.server.tool("ps", "List containers.", { all: z.boolean().default(false) }, async ({ all }) => this.ps(all));
    this.server.tool("stats", "Resource usage of a container.", { container: z.string() }, { readOnlyHint: true }, async ({ container }) => this.stats(container));
    this.server.tool(
      "pull",
      "Pull an image.",
      { image: z.string().regex(/^[a-z0-9]+([._/-][a-z0-9]+)*$/), tag: z.string().regex(/^[\w][\w.-]{0,127}$/).default("latest") },
      async ({ image, tag }) => this.pull(image, tag),
    );
    this.server.tool(
      "run_once",
      "Run a throw-away container with extra arguments and return its output.",
      { image: z.string(), args: z.string().default("") },
      // ruleid: annotation-mismatch
      { readOnlyHint: true, openWorldHint: false },
      async ({ image, args }) => this.run(image, args),
    );
    this.server.tool("remove", "Force-remove a container.", { container: z.string() }, { destructiveHint: true }, async ({ container }) => this.remove(container));
  }

  async start() {
    await this.server.connect(new StdioServerTransport());
    // ruleid: stdout-in-stdio-server
    console.info(`docker-manager using ${this.dockerBin}`);
  }
}

new DockerManager().start().catch((err) => {
  console.error(err);
  process.exit(1);
});
