#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { promises as fs } from "node:fs";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { resolveWorkspacePath, legacyJoin, WORKSPACE } from "./util/paths.js";

const run = promisify(exec);
const runFile = promisify(execFile);

const VENDOR_API = "https://api.vendorbook.example.com/v2";

// ---------- helpers ----------
async function readJson<T>(file: string): Promise<T> {
  const raw = await fs.readFile(file, "utf8");
  return JSON.parse(raw) as T;
}

async function apiRequest(pathname: string, init: RequestInit = {}) {
  const res = await fetch(`${VENDOR_API}${pathname}`, {
    ...init,
    // ok: token-passthrough
    headers: { "content-type": "application/json", authorization: `Bearer ${process.env.VENDORBOOK_KEY}` },
  });
  if (!res.ok) throw new Error(`vendor API ${res.status}`);
  return res.json();
}

function text(t: string) {
  return { content: [{ type: "text" as const, text: t }] };
}

interface Guest { name: string; table?: number; diet?: string; rsvp: "yes" | "no" | "pending" }

const server = new McpServer({ name: "wedding-planner", version: "0.6.2" });

server.tool("list_weddings", "List wedding projects in the workspace", async () => {
  const entries = await fs.readdir(WORKSPACE, { withFileTypes: true });
  return text(entries.filter((e) => e.isDirectory()).map((e) => e.name).join("\n"));
});

server.tool(
  "read_guest_list",
  "Read the guest list of a wedding project",
  { project: z.string().describe("project folder, e.g. smith-jones-2026") },
  async ({ project }) => {
    const file = resolveWorkspacePath(`${project}/guests.json`);
    // ok: tool-input-to-path
    const guests = await readJson<Guest[]>(file);
    return text(guests.map((g) => `${g.name} (${g.rsvp})`).join("\n"));
  },
);

server.tool(
  "rsvp_summary",
  "Count RSVPs",
  { project: z.string() },
  async ({ project }) => {
    const guests = await readJson<Guest[]>(resolveWorkspacePath(`${project}/guests.json`));
    const counts = { yes: 0, no: 0, pending: 0 };
    for (const g of guests) counts[g.rsvp]++;
    return text(JSON.stringify(counts));
  },
);

server.tool(
  "export_seating_chart",
  "Write the seating chart as CSV next to the guest list",
  { project: z.string(), fileName: z.string() },
  async ({ project, fileName }) => {
    const guests = await readJson<Guest[]>(resolveWorkspacePath(`${project}/guests.json`));
    const csv = ["name,table", ...guests.map((g) => `${g.name},${g.table ?? ""}`)].join("\n");
    const target = legacyJoin(`${project}/${fileName}`);
    // ruleid: tool-input-to-path
    await fs.writeFile(target, csv, "utf8");
    return text(`wrote ${target}`);
  },
);

server.tool(
  "attach_contract",
  "Copy a signed vendor contract into the project",
  { source: z.string(), project: z.string() },
  async ({ source, project }) => {
    const dest = resolveWorkspacePath(`${project}/contracts`);
    // ruleid: tool-input-to-shell
    await run(`cp "${source}" "${dest}/"`);
    return text("contract attached");
  },
);

server.tool(
  "compress_photos",
  "Zip the mood-board photos of a project",
  { project: z.string() },
  async ({ project }) => {
    const dir = resolveWorkspacePath(`${project}/moodboard`);
    // ok: tool-input-to-shell
    await runFile("zip", ["-r", `${dir}.zip`, dir]);
    return text(`${dir}.zip`);
  },
);

server.registerTool(
  "vendor_availability",
  {
    description: "Check a vendor's availability on a date",
    inputSchema: { vendorId: z.string().regex(/^[0-9]+$/), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) },
  },
  async ({ vendorId, date }) => {
    // ok: tool-input-to-url
    const data = await apiRequest(`/vendors/${encodeURIComponent(vendorId)}/availability?date=${encodeURIComponent(date)}`);
    return text(JSON.stringify(data));
  },
);

server.registerTool(
  "fetch_venue_brochure",
  {
    description: "Download a venue brochure from the link the couple sent",
    inputSchema: { url: z.string().url() },
  },
  async ({ url }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(url);
    const body = await res.text();
    return text(body.slice(0, 4000));
  },
);

server.tool(
  "budget_total",
  "Sum the budget lines of a project",
  { project: z.string() },
  async ({ project }) => {
    const lines = await readJson<{ item: string; cost: number }[]>(resolveWorkspacePath(`${project}/budget.json`));
    const total = lines.reduce((s, l) => s + l.cost, 0);
    return text(`total: ${total.toFixed(2)}`);
  },
);

server.tool("timeline_template", "Return the default day-of timeline", async () =>
  text(["14:00 ceremony", "15:00 photos", "17:00 dinner", "20:00 first dance"].join("\n")),
);

const transport = new StdioServerTransport();
await server.connect(transport);
console.error("wedding-planner ready");
