import { FastMCP, UserError } from "fastmcp";
import shell from "shelljs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execFileAsync = promisify(execFile);
const BUILD_TOKEN = process.env.BUILDBOX_TOKEN;

const server = new FastMCP({
  name: "buildbox",
  version: "0.9.0",
  authenticate: async (request) => {
    const header = request.headers["authorization"];
    if (!BUILD_TOKEN || header !== `Bearer ${BUILD_TOKEN}`) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { user: "ci" };
  },
});

const TARGETS = ["build", "test", "lint", "typecheck"];

server.addTool({
  name: "npm_run",
  description: "Run an npm script from package.json.",
  parameters: z.object({ target: z.enum(TARGETS) }),
  execute: async ({ target }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("npm", ["run", target], { cwd: process.env.PROJECT_DIR, timeout: 600_000 });
    return stdout.slice(-20_000);
  },
});

server.addTool({
  name: "make",
  description: "Run a make target with optional variables.",
  parameters: z.object({ target: z.string(), vars: z.string().default("") }),
  execute: async (args) => {
    const line = `make ${args.target} ${args.vars}`;
    // ruleid: tool-input-to-shell
    const result = shell.exec(line, { silent: true, cwd: process.env.PROJECT_DIR });
    if (result.code !== 0) throw new UserError("make failed");
    return result.stdout;
  },
});

server.addTool({
  name: "eval_config",
  description: "Evaluate a build config expression (JS) and return the value.",
  parameters: z.object({ expr: z.string() }),
  execute: async ({ expr }) => {
    const wrapped = "(" + expr + ")";
    // ruleid: tool-input-to-eval
    const value = eval(wrapped);
    return JSON.stringify(value, null, 2);
  },
});

server.addTool({
  name: "clean",
  description: "Remove build output folders.",
  parameters: z.object({ folders: z.array(z.enum(["dist", "build", "coverage", ".cache"])).min(1) }),
  annotations: { destructiveHint: true },
  execute: async ({ folders }) => {
    // ok: tool-input-to-path
    shell.rm("-rf", folders.map((f) => `${process.env.PROJECT_DIR}/${f}`));
    return `removed ${folders.join(", ")}`;
  },
});

server.addTool({
  name: "show_file",
  description: "Show a file from the project.",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // ruleid: tool-input-to-path
    return shell.cat(`${process.env.PROJECT_DIR}/${file}`).toString();
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8899, host: "127.0.0.1" } });
