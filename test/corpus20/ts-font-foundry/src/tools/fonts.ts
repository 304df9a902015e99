import { z } from "zod";
import { readFile, stat } from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { runBinary, runPipeline } from "../services/shell.js";
import { safePath, underRoot } from "../util/paths.js";

export interface FontDeps {
  root: string;
}

function subsetCommand(family: string, text: string, flavor: string): string {
  return ["pyftsubset", `${family}.ttf`, `--text='${text}'`, `--flavor=${flavor}`, "--layout-features='*'"].join(" ");
}

export function registerFontTools(server: McpServer, deps: FontDeps): void {
  server.tool(
    "subset_font",
    "Build a web subset of a family for a given sample text",
    { family: z.string(), text: z.string().max(2000), flavor: z.enum(["woff", "woff2"]).default("woff2") },
    async ({ family, text, flavor }) => {
      const out = await runPipeline(subsetCommand(family, text, flavor));
      return { content: [{ type: "text", text: out || "subset written" }] };
    },
  );

  server.tool(
    "inspect_font",
    { file: z.string().describe("Font file relative to the family root") },
    async ({ file }) => {
      const target = safePath(deps.root, file);
      const info = await runBinary("fc-scan", ["--format", "%{family}|%{style}|%{weight}\n", target]);
      // ok: tool-input-to-path
      const bytes = (await stat(target)).size;
      return { content: [{ type: "text", text: `${info.trim()} (${bytes} bytes)` }] };
    },
  );

  server.tool(
    "read_specimen",
    "Return the HTML specimen sheet of a family",
    { specimenPath: z.string() },
    async ({ specimenPath }) => {
      const checked = underRoot(deps.root, specimenPath);
      // ruleid: tool-input-to-path
      const html = await readFile(checked, "utf8");
      return { content: [{ type: "text", text: html }] };
    },
  );

  server.tool(
    "read_fontinfo",
    "Return the UFO fontinfo.plist of a source",
    { source: z.string() },
    async ({ source }) => {
      // ok: tool-input-to-path
      const plist = await readFile(safePath(deps.root, `${source}/fontinfo.plist`), "utf8");
      return { content: [{ type: "text", text: plist }] };
    },
  );
}
