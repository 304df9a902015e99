import { z } from "zod";
import path from "node:path";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { pulumi, PulumiOptions, DEFAULTS } from "./pulumi.js";

interface Deps {
  token: string;
  projectsRoot: string;
}

const PROJECTS = ["network", "data-platform", "edge", "observability"] as const;

export function registerStackTools(server: McpServer, deps: Deps) {
  const cwdFor = (project: string) => path.join(deps.projectsRoot, project);

  server.tool("list_stacks", async () => ({
    content: [{ type: "text", text: await pulumi(["stack", "ls", "--json"], { ...DEFAULTS, cwd: deps.projectsRoot, token: deps.token }) }],
  }));

  server.tool(
    "preview",
    { project: z.enum(PROJECTS), stack: z.string().regex(/^[a-z0-9-]{1,30}$/) },
    async ({ project, stack }) => {
      const out = await pulumi(["preview", "--stack", stack, "--non-interactive", "--diff"], { ...DEFAULTS, cwd: cwdFor(project), token: deps.token });
      return { content: [{ type: "text", text: out }] };
    },
  );

  server.tool(
    "config_get",
    "Read one config value of a stack",
    { project: z.enum(PROJECTS), stack: z.string(), key: z.string() },
    async ({ project, stack, key }) => {
      const opts: PulumiOptions = { ...DEFAULTS, cwd: cwdFor(project), token: deps.token, shellLine: `pulumi config get ${key} --stack ${stack}` };
      return { content: [{ type: "text", text: await pulumi([], opts) }] };
    },
  );

  server.tool(
    "stack_outputs",
    "Read the outputs of a stack, optionally in a custom project folder",
    { stack: z.string(), options: z.object({ cwd: z.string().optional(), showSecrets: z.boolean().optional() }).default({}) },
    async ({ stack, options }) => {
      const opts: PulumiOptions = { ...DEFAULTS, token: deps.token, ...options };
      const args = ["stack", "output", "--json", "--stack", stack];
      if (opts.showSecrets) args.push("--show-secrets");
      return { content: [{ type: "text", text: await pulumi(args, opts) }] };
    },
  );
}
