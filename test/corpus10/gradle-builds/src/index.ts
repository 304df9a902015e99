import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { gradleArgv, gradleCommandLine } from "./commands.js";
import { runGradle, runLine } from "./runner.js";

const PROJECT_DIR = path.resolve(process.env.GRADLE_PROJECT ?? process.cwd());
const TASK = z.enum(["build", "assemble", "test", "check", "clean", "lint", "dependencies", "bootJar"]);

const server = new McpServer({ name: "gradle-builds", version: "0.6.0" });

server.registerTool(
  "gradle_build",
  {
    description: "Run Gradle tasks in the configured project",
    inputSchema: {
      // ok: weak-input-schema
      tasks: z.array(TASK).min(1),
      offline: z.boolean().optional(),
      properties: z.record(z.string().regex(/^[\w.-]*$/)).optional(),
    },
  },
  async (args) => {
    const result = await runGradle(PROJECT_DIR, gradleArgv(args));
    return { content: [{ type: "text", text: `exit ${result.code}\n${result.output.slice(-8000)}` }], isError: result.code !== 0 };
  },
);

server.registerTool(
  "gradle_ci_line",
  {
    description: "Run a build exactly as CI would (through the shell) with extra -P properties",
    inputSchema: {
      tasks: z.array(TASK).min(1),
      // ruleid: weak-input-schema
      properties: z.record(z.any()).default({}),
    },
  },
  async ({ tasks, properties }) => {
    const line = gradleCommandLine("./gradlew", { tasks, properties });
    const result = await runLine(PROJECT_DIR, line);
    return { content: [{ type: "text", text: `$ ${line}\nexit ${result.code}\n${result.output.slice(-8000)}` }] };
  },
);

server.registerTool(
  "read_test_report",
  {
    description: "Read a file from build/test-results (JUnit XML) or build/reports",
    inputSchema: { file: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ file }) => {
    const buildDir = path.join(PROJECT_DIR, "build");
    const target = path.resolve(buildDir, file);
    const rel = path.relative(buildDir, target);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      return { content: [{ type: "text", text: "only files under build/ can be read" }], isError: true };
    }
    // ok: tool-input-to-path
    const xml = await fsp.readFile(target, "utf8");
    const failures = [...xml.matchAll(/<testcase name="([^"]+)"[^>]*>\s*<failure message="([^"]*)"/g)].map((m) => `${m[1]}: ${m[2]}`);
    return { content: [{ type: "text", text: failures.length ? failures.join("\n") : xml.slice(0, 20000) }] };
  },
);

await server.connect(new StdioServerTransport());
