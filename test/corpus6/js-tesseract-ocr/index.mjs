import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const INBOX = path.resolve(process.env.OCR_INBOX ?? path.join(os.homedir(), "scans"));
const LANGS = ["eng", "deu", "fra", "spa", "ita", "nld"];

const server = new McpServer({ name: "tesseract-ocr", version: "1.0.2" });

function insideInbox(file) {
  const resolved = path.resolve(INBOX, file);
  if (resolved !== INBOX && !resolved.startsWith(INBOX + path.sep)) {
    throw new Error("the scan must be inside the inbox folder");
  }
  return resolved;
}

server.registerTool(
  "ocr_scan",
  {
    description: "Runs OCR on a scan from the inbox and returns the text.",
    inputSchema: { file: z.string(), lang: z.enum(LANGS).default("eng"), psm: z.number().int().min(0).max(13).default(3) },
  },
  async ({ file, lang, psm }) => {
    const image = insideInbox(file);
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("tesseract", [image, "stdout", "-l", lang, "--psm", String(psm)], { maxBuffer: 16 << 20 });
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.registerTool(
  "ocr_to_pdf",
  {
    description: "Makes a searchable PDF next to the scan.",
    inputSchema: { file: z.string(), lang: z.string().default("eng") },
  },
  async ({ file, lang }) => {
    const image = insideInbox(file);
    const base = image.replace(/\.[^.]+$/, "");
    // ruleid: tool-input-to-shell
    await execAsync(`tesseract "${image}" "${base}" -l ${lang} pdf`);
    return { content: [{ type: "text", text: `${base}.pdf written` }] };
  },
);

server.registerTool(
  "read_sidecar",
  {
    description: "Reads the .txt sidecar a previous OCR run left next to a scan.",
    inputSchema: { file: z.string() },
  },
  async ({ file }) => {
    const sidecar = path.join(INBOX, file) + ".txt";
    // ruleid: tool-input-to-path
    const text = await fs.readFile(sidecar, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "list_inbox",
  { description: "Scans waiting in the inbox.", inputSchema: {}, annotations: { readOnlyHint: true } },
  async () => {
    const names = (await fs.readdir(INBOX)).filter((n) => /\.(png|jpe?g|tiff?)$/i.test(n));
    return { content: [{ type: "text", text: names.join("\n") || "(empty)" }] };
  },
);

server.registerTool(
  "archive_scan",
  { description: "Moves a processed scan into the archive subfolder.", inputSchema: { file: z.string() } },
  async ({ file }) => {
    const from = insideInbox(file);
    const to = path.join(INBOX, "archive", path.basename(from));
    // ok: tool-input-to-path
    await fs.rename(from, to);
    return { content: [{ type: "text", text: `archived ${path.basename(from)}` }] };
  },
);

await server.connect(new StdioServerTransport());
