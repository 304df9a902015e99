import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";

const OCTOPRINT_URL = process.env.OCTOPRINT_URL ?? "http://octopi.local";
// ruleid: hardcoded-secret
const OCTOPRINT_API_KEY = "B5A36115A3DC49148EFC52012E7EBCD9";
const GCODE_DIR = path.resolve(process.env.GCODE_DIR ?? "/srv/gcode");

const server = new McpServer({ name: "octoprint-bridge", version: "1.2.0" });

async function octo(pathname: string, init: RequestInit = {}) {
  const res = await fetch(`${OCTOPRINT_URL}${pathname}`, {
    ...init,
    headers: { "X-Api-Key": OCTOPRINT_API_KEY, "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`OctoPrint answered ${res.status}`);
  return res.status === 204 ? null : res.json();
}

server.registerTool(
  "printer_status",
  {
    title: "Printer status",
    description: "Current temperatures, state and job progress of the printer.",
    inputSchema: {},
    // ok: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async () => {
    const [printer, job] = await Promise.all([octo("/api/printer"), octo("/api/job")]);
    return { content: [{ type: "text", text: JSON.stringify({ printer, job }, null, 2) }] };
  },
);

server.registerTool(
  "file_info",
  {
    description: "Metadata (estimated print time, filament) of an uploaded file.",
    inputSchema: { filename: z.string().min(1).max(255) },
  },
  async ({ filename }) => {
    // ok: tool-input-to-url
    const res = await fetch(`${OCTOPRINT_URL}/api/files/local/${encodeURIComponent(filename)}`, { headers: { "X-Api-Key": OCTOPRINT_API_KEY } });
    const info = await res.json();
    return { content: [{ type: "text", text: JSON.stringify(info.gcodeAnalysis ?? info, null, 2) }] };
  },
);

server.registerTool(
  "webcam_snapshot_url",
  {
    description: "Fetches the snapshot of a webcam attached to any printer host on the farm.",
    inputSchema: { printerHost: z.string(), port: z.number().int().default(8080) },
  },
  async ({ printerHost, port }) => {
    const snapshotUrl = `http://${printerHost}:${port}/?action=snapshot`;
    // ruleid: tool-input-to-url
    const res = await fetch(snapshotUrl);
    const buf = Buffer.from(await res.arrayBuffer());
    return { content: [{ type: "image", data: buf.toString("base64"), mimeType: "image/jpeg" }] };
  },
);

server.registerTool(
  "upload_gcode",
  {
    description: "Uploads a G-code file from the local slicer output folder to OctoPrint.",
    inputSchema: { file: z.string().describe("file name inside the G-code folder") },
  },
  async ({ file }) => {
    const full = path.resolve(GCODE_DIR, file);
    if (!full.startsWith(GCODE_DIR + path.sep)) {
      return { content: [{ type: "text", text: "file must be inside the G-code folder" }], isError: true };
    }
    // ok: tool-input-to-path
    const data = await fsp.readFile(full);
    const form = new FormData();
    form.append("file", new Blob([data]), path.basename(full));
    const res = await fetch(`${OCTOPRINT_URL}/api/files/local`, { method: "POST", headers: { "X-Api-Key": OCTOPRINT_API_KEY }, body: form });
    return { content: [{ type: "text", text: `upload: HTTP ${res.status}` }] };
  },
);

server.registerTool(
  "clear_local_gcode",
  {
    description: "Removes a sliced file from the local output folder once it has been uploaded.",
    inputSchema: { file: z.string() },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true, openWorldHint: false },
  },
  async ({ file }) => {
    // ruleid: tool-input-to-path
    await fsp.unlink(path.join(GCODE_DIR, file));
    return { content: [{ type: "text", text: `removed ${file}` }] };
  },
);

server.registerTool(
  "job_command",
  {
    description: "Pause, resume or cancel the current print job.",
    inputSchema: { action: z.enum(["pause", "resume", "cancel"]) },
    annotations: { destructiveHint: true },
  },
  async ({ action }) => {
    const body = action === "cancel" ? { command: "cancel" } : { command: "pause", action };
    await octo("/api/job", { method: "POST", body: JSON.stringify(body) });
    return { content: [{ type: "text", text: `sent ${action}` }] };
  },
);

await server.connect(new StdioServerTransport());
