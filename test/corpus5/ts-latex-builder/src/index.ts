// LaTeX build server: compile projects, read logs, fetch PDFs.
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { quickCompile, buildProject, readLog, readPdf } from "./build.js";

const server = new McpServer({ name: "latex-builder", version: "0.7.1" });

server.resource(
  "build-log",
  new ResourceTemplate("latex://{project}/logs/{file}", { list: undefined }),
  { mimeType: "text/plain", description: "A log file (main.log, main.blg) of a project's last build" },
  async (uri, { project, file }) => ({ contents: [{ uri: uri.href, text: await readLog(String(project), String(file)) }] }),
);

server.tool(
  "quick_compile",
  "Compile a single .tex file from the shared folder (pdflatex, xelatex or lualatex).",
  { texFile: z.string(), engine: z.string().default("pdflatex") },
  async ({ texFile, engine }) => {
    // ruleid: stdout-in-stdio-server
    console.log(`compiling ${texFile} with ${engine}`);
    const tail = await quickCompile(texFile, engine);
    return { content: [{ type: "text", text: tail }] };
  },
);

server.tool(
  "build_project",
  "Build a project with latexmk.",
  { project: z.string().regex(/^[a-z0-9-]{1,40}$/), main: z.string().default("main.tex") },
  async ({ project, main }) => ({ content: [{ type: "text", text: await buildProject(project, main) }] }),
);

server.tool(
  "get_pdf",
  "Return a built PDF.",
  { project: z.string().regex(/^[a-z0-9-]{1,40}$/), name: z.string().default("main.pdf") },
  async ({ project, name }) => {
    const pdf = await readPdf(project, name);
    return { content: [{ type: "resource", resource: { uri: `latex://${project}/${name}`, mimeType: "application/pdf", blob: pdf.toString("base64") } }] };
  },
);

server.prompt(
  "fix_build_errors",
  "Ask the model to explain the errors in a project's last build log.",
  { project: z.string() },
  ({ project }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Explain the LaTeX errors of project ${project} and propose fixes. Read latex://${project}/logs/main.log first.` } }],
  }),
);

await server.connect(new StdioServerTransport());
