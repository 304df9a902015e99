import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Workspace } from "../workspace.js";
import { nxTargetCommand, runShell, runNx } from "../util/exec.js";

const RUN_MANY_DEFAULTS = { parallel: 3, outputStyle: "static", nxBail: true };

function toFlags(options: Record<string, unknown>): string[] {
  return Object.entries(options).map(([key, value]) => `--${key}=${String(value)}`);
}

export function registerProjectTools(server: McpServer, ws: Workspace) {
  server.tool(
    "show_project_file",
    "Show a configuration file (project.json, tsconfig.app.json, ...) of an application in the workspace",
    {
      project: z.string().describe("Project folder under apps/, e.g. 'web-shop'"),
      file: z.string().default("project.json"),
    },
    async ({ project, file: name }) => {
      const file = path.join(ws.root, "apps", project, name);
      // ruleid: tool-input-to-path
      const raw = await readFile(file, "utf8");
      return { content: [{ type: "text", text: raw }] };
    },
  );

  server.tool(
    "run_target",
    "Run a target (build, test, lint, ...) of one project",
    {
      project: z.string().describe("Project name"),
      target: z.string().describe("Target name"),
      configuration: z.string().optional(),
    },
    async ({ project, target, configuration }) => {
      const cmd = nxTargetCommand(ws.nxBin, project, target, configuration);
      const output = await runShell(cmd, { cwd: ws.root });
      return { content: [{ type: "text", text: output }] };
    },
  );

  server.tool(
    "run_many",
    "Run targets for several projects at once",
    {
      targets: z.array(z.enum(["build", "test", "lint", "e2e"])).min(1),
      projects: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(50).default([]),
      // ruleid: weak-input-schema
      options: z.record(z.any()).optional(),
    },
    async ({ targets, projects, options }) => {
      const merged = { ...RUN_MANY_DEFAULTS, ...(options ?? {}) };
      const args = ["run-many", `--targets=${targets.join(",")}`, ...toFlags(merged)];
      if (projects.length) args.push(`--projects=${projects.join(",")}`);
      const output = await runNx(ws.nxBin, args, { cwd: ws.root, timeoutMs: 1_800_000 });
      return { content: [{ type: "text", text: output }] };
    },
  );
}
