import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import path from "node:path";
import { runCommand, runTool, buildFindCommand } from "./utils/exec.js";
import { ensureInsideProject, isSafeIdentifier, PROJECT_ROOT } from "./utils/paths.js";
import { readText, removeTree } from "./utils/fsx.js";

const server = new McpServer({ name: "project-assistant", version: "1.0.0" });

server.tool("run_tests", "Run the test suite, optionally filtered", { filter: z.string().optional() }, async ({ filter }) => {
  const cmd = filter ? `npx vitest run -t "${filter}"` : "npx vitest run";
  const output = await runCommand(cmd, PROJECT_ROOT); // FLAW tool-input-to-shell
  return { content: [{ type: "text", text: output }] };
});

server.tool("find_files", "Find files by name pattern", { dir: z.string(), pattern: z.string() }, async ({ dir, pattern }) => {
  const output = await runCommand(buildFindCommand(dir, pattern)); // FLAW tool-input-to-shell
  return { content: [{ type: "text", text: output }] };
});

server.tool("eslint_file", "Lint one file", { file: z.string() }, async ({ file }) => {
  const abs = ensureInsideProject(file);
  const output = await runTool("npx", ["eslint", "--format", "compact", abs], PROJECT_ROOT); // SAFE tool-input-to-shell
  return { content: [{ type: "text", text: output }] };
});

server.tool("read_source", "Read a source file", { file: z.string() }, async ({ file }) => {
  const text = await readText(path.join(PROJECT_ROOT, file)); // FLAW tool-input-to-path
  return { content: [{ type: "text", text }] };
});

server.tool("read_source_checked", "Read a source file (checked)", { file: z.string() }, async ({ file }) => {
  const text = await readText(ensureInsideProject(file)); // SAFE tool-input-to-path
  return { content: [{ type: "text", text }] };
});

server.tool("clean_output", "Remove a build output folder", { folder: z.string() }, async ({ folder }) => {
  await removeTree(folder); // FLAW tool-input-to-path
  return { content: [{ type: "text", text: `removed ${folder}` }] };
});

server.tool("run_script", "Run a package.json script by name", { name: z.string() }, async ({ name }) => {
  if (!isSafeIdentifier(name)) {
    return { isError: true, content: [{ type: "text", text: "bad script name" }] };
  }
  const output = await runCommand(`npm run ${name}`, PROJECT_ROOT); // SAFE tool-input-to-shell
  return { content: [{ type: "text", text: output }] };
});

server.tool("git_log_author", "Commits by author", { author: z.string() }, async ({ author }) => {
  const output = await runTool("git", ["log", `--author=${author}`, "--oneline"], PROJECT_ROOT); // SAFE tool-input-to-shell
  return { content: [{ type: "text", text: output }] };
});

await server.connect(new StdioServerTransport());
