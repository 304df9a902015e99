// PDF toolkit MCP server: text extraction, merge, split, metadata. Uses poppler-utils and qpdf.
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { execFile, execSync, spawn } from "node:child_process";
import { promisify } from "node:util";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PDF_DIR, OUT_DIR, safeJoin, outputPath } from "./paths.js";

const run = promisify(execFile);
const server = new McpServer({ name: "pdf-toolkit", version: "0.8.0" });

server.tool(
  "extract_text",
  "Extract the text of a PDF in the documents folder (optionally a page range).",
  { file: z.string(), firstPage: z.number().int().min(1).optional(), lastPage: z.number().int().min(1).optional() },
  async ({ file, firstPage, lastPage }) => {
    const pdf = await safeJoin(PDF_DIR, file);
    const args = ["-layout"];
    if (firstPage) args.push("-f", String(firstPage));
    if (lastPage) args.push("-l", String(lastPage));
    // ok: tool-input-to-shell
    const { stdout } = await run("pdftotext", [...args, pdf, "-"], { maxBuffer: 32 * 1024 * 1024 });
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "page_count",
  "Number of pages of a PDF.",
  { file: z.string() },
  async ({ file }) => {
    // ruleid: tool-input-to-shell
    const out = execSync(`pdfinfo "${PDF_DIR}/${file}" | grep Pages`, { encoding: "utf8" });
    return { content: [{ type: "text", text: out.trim() }] };
  },
);

server.tool(
  "merge",
  "Merge several PDFs from the documents folder into one output file.",
  { files: z.array(z.string()).min(2).max(50), output: z.string() },
  async ({ files, output }) => {
    const inputs = await Promise.all(files.map((f) => safeJoin(PDF_DIR, f)));
    const dest = outputPath(output);
    // ok: tool-input-to-shell
    await run("qpdf", ["--empty", "--pages", ...inputs, "--", dest]);
    return { content: [{ type: "text", text: `merged into ${dest}` }] };
  },
);

server.tool(
  "split_pages",
  "Split a PDF into single pages with a name pattern such as part-%d.pdf.",
  { file: z.string(), pattern: z.string().default("page-%d.pdf") },
  async ({ file, pattern }) => {
    const src = await safeJoin(PDF_DIR, file);
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      const child = spawn(`pdfseparate "${src}" "${OUT_DIR}/${pattern}"`, { shell: true });
      child.on("close", (code) => resolve({ content: [{ type: "text", text: `pdfseparate exited with ${code}` }] }));
    });
  },
);

server.tool("file_info", { file: z.string() }, async ({ file }) => {
  const full = path.join(PDF_DIR, file);
  // ruleid: tool-input-to-path
  const st = await stat(full);
  return { content: [{ type: "text", text: `${full}: ${st.size} bytes, modified ${st.mtime.toISOString()}` }] };
});

server.resource(
  "pdf-document",
  new ResourceTemplate("pdf://{name}", { list: undefined }),
  { mimeType: "application/pdf" },
  async (uri, { name }) => {
    // ruleid: tool-input-to-path
    const bytes = await readFile(path.join(PDF_DIR, String(name)));
    return { contents: [{ uri: uri.href, blob: bytes.toString("base64"), mimeType: "application/pdf" }] };
  },
);

server.resource(
  "pdf-output",
  new ResourceTemplate("pdf-out://{name}", { list: undefined }),
  async (uri, { name }) => {
    const full = await safeJoin(OUT_DIR, String(name));
    // ok: tool-input-to-path
    const bytes = await readFile(full);
    return { contents: [{ uri: uri.href, blob: bytes.toString("base64"), mimeType: "application/pdf" }] };
  },
);

server.prompt("summarize_pdf", { file: z.string() }, ({ file }) => ({
  messages: [{ role: "user", content: { type: "text", text: `Use extract_text on ${file} and summarize it in five bullet points.` } }],
}));

await server.connect(new StdioServerTransport());
console.error(`pdf-toolkit ready; documents in ${PDF_DIR}`);
