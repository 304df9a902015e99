import { FastMCP } from "fastmcp";
import { execa } from "execa";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ArtifactParams, CompiledSqlParams, DocsParams, RunParams } from "./schemas.js";
import { buildDbtArgs } from "./commands.js";
import { insideProject } from "./paths.js";

const PROJECT_DIR = process.env.DBT_PROJECT_DIR ?? "/srv/analytics";
const defaults = { profilesDir: path.join(PROJECT_DIR, ".dbt"), threads: 4 };

const server = new FastMCP({ name: "dbt-project-runner", version: "0.6.1" });

server.addTool({
  name: "dbt_invoke",
  description: "Run a dbt command (run, test, build, seed, snapshot) on the analytics project",
  parameters: RunParams,
  execute: async (params) => {
    const args = buildDbtArgs(params, defaults);
    // ok: tool-input-to-shell
    const { stdout, exitCode } = await execa("dbt", args, { cwd: PROJECT_DIR, reject: false, all: true });
    return `exit ${exitCode}\n${stdout.slice(-30_000)}`;
  },
});

server.addTool({
  name: "read_artifact",
  description: "Read a dbt artifact (manifest, run results...)",
  parameters: ArtifactParams,
  execute: async ({ target, artifact }) => {
    const file = path.join(PROJECT_DIR, target, artifact);
    // ruleid: tool-input-to-path
    const json = await readFile(file, "utf8");
    return json.length > 200_000 ? json.slice(0, 200_000) + "\n…truncated" : json;
  },
});

server.addTool({
  name: "compiled_sql",
  description: "Show the compiled SQL of a model",
  parameters: CompiledSqlParams,
  execute: async ({ model }) => {
    const compiled = insideProject(path.join(PROJECT_DIR, "target", "compiled", "analytics", "models"), model);
    // ok: tool-input-to-path
    return await readFile(compiled, "utf8");
  },
});

server.addTool({
  name: "docs_serve",
  description: "Generate and serve the dbt docs site",
  parameters: DocsParams,
  execute: async ({ port, extraArgs }) => {
    await execa("dbt", ["docs", "generate"], { cwd: PROJECT_DIR });
    // ruleid: tool-input-to-shell
    const child = execa(`dbt docs serve --port ${port} ${extraArgs}`, { cwd: PROJECT_DIR, shell: true, detached: true });
    child.unref();
    return `docs served on http://localhost:${port}`;
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8931) } });
