import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { defineTool, text } from "../define.js";
import { isUnder, safePath } from "../util/paths.js";

const LOG_DIR = process.env.CAD_LOG_DIR ?? "/srv/cad/incident-logs";
const EXPORT_DIR = process.env.CAD_EXPORT_DIR ?? "/srv/cad/exports";

export const readLogTool = defineTool({
  name: "read_incident_log",
  description: "Read the radio/CAD log of one incident.",
  inputSchema: { file: z.string().describe("Log file name, e.g. 2024-05-01/INC-88123.log") },
  handler: async ({ file }) => {
    const full = path.join(LOG_DIR, file);
    // ruleid: tool-input-to-path
    const body = await fsp.readFile(full, "utf8");
    return text(body.slice(0, 20_000));
  },
});

export const tailLogTool = defineTool({
  name: "tail_incident_log",
  description: "Last lines of an incident log.",
  inputSchema: { file: z.string(), lines: z.number().int().min(1).max(500).default(50) },
  handler: async ({ file, lines }) => {
    const full = safePath(LOG_DIR, file);
    // ok: tool-input-to-path
    const body = await fsp.readFile(full, "utf8");
    return text(body.split("\n").slice(-lines).join("\n"));
  },
});

export const exportLogTool = defineTool({
  name: "export_incident_summary",
  description: "Write an incident summary for the QA review board.",
  inputSchema: { target: z.string().describe("Absolute path inside the export folder"), summary: z.string().max(10_000) },
  handler: async ({ target, summary }) => {
    if (!isUnder(EXPORT_DIR, target)) throw new Error("exports must go to the export folder");
    // ruleid: tool-input-to-path
    await fsp.writeFile(target, summary, "utf8");
    return text(`written ${target}`);
  },
});
