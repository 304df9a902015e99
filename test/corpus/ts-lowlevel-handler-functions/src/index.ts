import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolRequest } from "@modelcontextprotocol/sdk/types.js";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fetch from "node-fetch";

interface DownloadArgs { url: string; filename?: string }
interface ConvertArgs { file: string; to: "pdf" | "docx" | "html" }
interface ListArgs { folder?: string }

const DOWNLOADS = path.join(os.homedir(), "Downloads", "mcp");
const TARGET_FORMATS = new Set(["pdf", "docx", "html"]);

async function handleDownload(args: DownloadArgs) {
  const response = await fetch(args.url); // FLAW tool-input-to-url
  const name = args.filename ?? path.basename(new URL(args.url).pathname) ?? "download.bin";
  const dest = path.join(DOWNLOADS, name);
  fs.writeFileSync(dest, Buffer.from(await response.arrayBuffer())); // FLAW tool-input-to-path
  return { content: [{ type: "text", text: `saved to ${dest}` }] };
}

async function handleConvert(args: ConvertArgs) {
  if (!TARGET_FORMATS.has(args.to)) throw new Error("unsupported format");
  const { execSync } = await import("node:child_process");
  const out = execSync(`pandoc "${args.file}" -o "${args.file}.${args.to}"`, { encoding: "utf8" }); // FLAW tool-input-to-shell
  return { content: [{ type: "text", text: out || "converted" }] };
}

function handleList(args: ListArgs) {
  const folder = path.resolve(DOWNLOADS, args.folder ?? ".");
  const isInside = folder === DOWNLOADS || folder.startsWith(DOWNLOADS + path.sep);
  if (!isInside) {
    return { isError: true, content: [{ type: "text", text: "folder must be inside the downloads folder" }] };
  }
  const entries = fs.readdirSync(folder); // SAFE tool-input-to-path
  return { content: [{ type: "text", text: entries.join("\n") }] };
}

function handleRead(request: CallToolRequest) {
  const file = request.params.arguments?.file as string;
  const text = fs.readFileSync(path.resolve(DOWNLOADS, file), "utf8"); // FLAW tool-input-to-path
  return { content: [{ type: "text", text }] };
}

const server = new Server({ name: "downloads", version: "0.4.1" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "download", description: "Download a file", inputSchema: { type: "object", properties: { url: { type: "string" }, filename: { type: "string" } }, required: ["url"] } },
    { name: "convert", description: "Convert a document with pandoc", inputSchema: { type: "object", properties: { file: { type: "string" }, to: { type: "string", enum: ["pdf", "docx", "html"] } }, required: ["file", "to"] } },
    { name: "list", description: "List downloads", inputSchema: { type: "object", properties: { folder: { type: "string" } } } },
    { name: "read", description: "Read a downloaded text file", inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  switch (request.params.name) {
    case "download":
      return handleDownload(request.params.arguments as unknown as DownloadArgs);
    case "convert":
      return handleConvert(request.params.arguments as unknown as ConvertArgs);
    case "list":
      return handleList((request.params.arguments ?? {}) as ListArgs);
    case "read":
      return handleRead(request);
    default:
      throw new Error(`unknown tool ${request.params.name}`);
  }
});

fs.mkdirSync(DOWNLOADS, { recursive: true });
await server.connect(new StdioServerTransport());
