#!/usr/bin/env node
/**
 * IT asset tag inventory MCP server.
 *
 * Keeps a JSON inventory of laptops, monitors and docks in a workspace folder, prints
 * asset labels on the label printer and looks devices up in the Snipe-IT style API.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { promises as fsp } from "node:fs";
import path from "node:path";
import os from "node:os";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const WORKSPACE = path.resolve(process.env.ASSET_WORKSPACE ?? path.join(os.homedir(), "asset-tags"));
const INVENTORY_API = process.env.INVENTORY_API ?? "https://inventory.internal.example.com/api/v1";
const API_TOKEN = process.env.INVENTORY_TOKEN ?? "";
const LABEL_PRINTER = process.env.LABEL_PRINTER ?? "Brother_QL_820NWB";

type Asset = {
  tag: string;
  kind: "laptop" | "monitor" | "dock" | "phone" | "other";
  model: string;
  assignee?: string;
  location?: string;
  purchased?: string;
};

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

async function runCommand(command: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(command, { timeout: 15_000 });
  return (stdout || stderr).trim();
}

async function apiRequest<T>(pathname: string, init: RequestInit = {}): Promise<T> {
  // ok: tool-input-to-url
  const res = await fetch(`${INVENTORY_API}${pathname}`, {
    ...init,
    headers: { Authorization: `Bearer ${API_TOKEN}`, Accept: "application/json", ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`inventory API ${res.status}`);
  return (await res.json()) as T;
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await fsp.readFile(file, "utf8")) as T;
  } catch {
    return fallback;
  }
}

function resolveWorkspacePath(relative: string): string {
  const full = path.resolve(WORKSPACE, relative);
  const rel = path.relative(WORKSPACE, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`path escapes the workspace: ${relative}`);
  }
  return full;
}

function text(value: unknown) {
  return { content: [{ type: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
}

const inventoryFile = path.join(WORKSPACE, "inventory.json");

async function loadInventory(): Promise<Asset[]> {
  return readJson<Asset[]>(inventoryFile, []);
}

async function saveInventory(assets: Asset[]): Promise<void> {
  await fsp.mkdir(WORKSPACE, { recursive: true });
  await fsp.writeFile(inventoryFile, JSON.stringify(assets, null, 2));
}

const TAG_RE = /^[A-Z]{2,4}-\d{4,6}$/;

// ---------------------------------------------------------------------------
// server
// ---------------------------------------------------------------------------

const server = new McpServer({ name: "asset-tags", version: "0.4.1" });

server.tool("list_assets", "List every asset in the inventory", async () => {
  const assets = await loadInventory();
  return text(assets.map((a) => `${a.tag}\t${a.kind}\t${a.model}\t${a.assignee ?? "-"}`).join("\n"));
});

server.tool(
  "get_asset",
  "Show one asset by tag",
  { tag: z.string().regex(TAG_RE) },
  async ({ tag }) => {
    const asset = (await loadInventory()).find((a) => a.tag === tag);
    return asset ? text(asset) : text(`no asset ${tag}`);
  },
);

server.tool(
  "add_asset",
  "Register a new asset",
  {
    tag: z.string().regex(TAG_RE),
    kind: z.enum(["laptop", "monitor", "dock", "phone", "other"]),
    model: z.string().max(80),
    location: z.string().max(80).optional(),
  },
  async (input) => {
    const assets = await loadInventory();
    if (assets.some((a) => a.tag === input.tag)) return text(`tag ${input.tag} already exists`);
    assets.push({ ...input, purchased: new Date().toISOString().slice(0, 10) });
    await saveInventory(assets);
    return text(`added ${input.tag}`);
  },
);

server.tool(
  "assign_asset",
  "Assign an asset to a person",
  { tag: z.string().regex(TAG_RE), assignee: z.string().email() },
  async ({ tag, assignee }) => {
    const assets = await loadInventory();
    const asset = assets.find((a) => a.tag === tag);
    if (!asset) return text(`no asset ${tag}`);
    asset.assignee = assignee;
    await saveInventory(assets);
    return text(`${tag} → ${assignee}`);
  },
);

server.tool(
  "count_by_kind",
  "Count assets per kind",
  {},
  async () => {
    const counts: Record<string, number> = {};
    for (const a of await loadInventory()) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
    return text(counts);
  },
);

server.tool(
  "print_label",
  "Print an asset label on the office label printer",
  { tag: z.string(), caption: z.string().optional() },
  async ({ tag, caption }) => {
    const line = caption ? `${tag} ${caption}` : tag;
    const out = await runCommand(`echo "${line}" | lp -d ${LABEL_PRINTER} -o media=62mm`);
    return text(out || "sent to printer");
  },
);

server.tool(
  "print_label_safe",
  "Print a label using the ptouch driver directly",
  { tag: z.string().regex(TAG_RE), copies: z.number().int().min(1).max(10).default(1) },
  async ({ tag, copies }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("ptouch-print", ["--text", tag, "--copies", String(copies)]);
    return text(stdout.trim() || "printed");
  },
);

server.tool(
  "ping_device",
  "Check whether an asset's hostname answers on the network",
  { hostname: z.string() },
  async ({ hostname }) => {
    const target = hostname.trim().toLowerCase();
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync("ping -c 2 -W 1 " + target);
    return text(stdout);
  },
);

server.tool(
  "export_csv",
  "Export the inventory as CSV into the workspace",
  { filename: z.string().default("inventory.csv") },
  async ({ filename }) => {
    const assets = await loadInventory();
    const csv = ["tag,kind,model,assignee,location", ...assets.map((a) => [a.tag, a.kind, a.model, a.assignee ?? "", a.location ?? ""].join(","))].join("\n");
    const target = resolveWorkspacePath(filename);
    // ok: tool-input-to-path
    await fsp.writeFile(target, csv);
    return text(`wrote ${assets.length} rows to ${filename}`);
  },
);

server.tool(
  "import_csv",
  "Import assets from a CSV file",
  { file: z.string() },
  async ({ file }) => {
    // ruleid: tool-input-to-path
    const raw = await fsp.readFile(path.join(WORKSPACE, file), "utf8");
    const [, ...rows] = raw.trim().split("\n");
    const assets = await loadInventory();
    for (const row of rows) {
      const [tag, kind, model, assignee, location] = row.split(",");
      if (!TAG_RE.test(tag)) continue;
      assets.push({ tag, kind: (kind as Asset["kind"]) ?? "other", model, assignee: assignee || undefined, location: location || undefined });
    }
    await saveInventory(assets);
    return text(`imported ${rows.length} rows`);
  },
);

server.tool(
  "attach_photo",
  "Read a photo of the asset from the workspace and return its size",
  { photo: z.string() },
  async ({ photo }) => {
    const stat = await fsp.stat(resolveWorkspacePath(photo));
    return text(`${photo}: ${stat.size} bytes`);
  },
);

server.registerTool(
  "lookup_remote",
  {
    title: "Look up asset in the inventory API",
    description: "Fetch the remote record of an asset tag",
    inputSchema: { tag: z.string().regex(TAG_RE) },
  },
  async ({ tag }) => {
    const record = await apiRequest<Record<string, unknown>>(`/hardware/bytag/${encodeURIComponent(tag)}`);
    return text(record);
  },
);

server.registerTool(
  "fetch_warranty",
  {
    title: "Fetch warranty status",
    description: "Ask the vendor's warranty endpoint about a serial number",
    inputSchema: { vendorUrl: z.string().url(), serial: z.string() },
  },
  async ({ vendorUrl, serial }) => {
    const url = new URL(vendorUrl);
    url.searchParams.set("serial", serial);
    // ruleid: tool-input-to-url
    const res = await fetch(url);
    return text(await res.text());
  },
);

server.registerTool(
  "depreciation",
  {
    title: "Depreciation",
    description: "Straight-line depreciation of an asset over N years",
    inputSchema: { price: z.number().positive(), years: z.number().int().min(1).max(10), purchased: z.string().date() },
    annotations: { readOnlyHint: true },
  },
  async ({ price, years, purchased }) => {
    const age = (Date.now() - Date.parse(purchased)) / (365.25 * 24 * 3600 * 1000);
    const value = Math.max(0, price * (1 - age / years));
    return text(`book value: ${value.toFixed(2)}`);
  },
);

server.registerTool(
  "retire_asset",
  {
    title: "Retire asset",
    description: "Remove an asset from the inventory",
    inputSchema: { tag: z.string().regex(TAG_RE) },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ tag }) => {
    const assets = await loadInventory();
    await saveInventory(assets.filter((a) => a.tag !== tag));
    await fsp.rm(path.join(WORKSPACE, "photos", `${tag}.jpg`), { force: true });
    return text(`retired ${tag}`);
  },
);

server.tool("workspace_info", "Where the inventory lives", async () => text({ workspace: WORKSPACE, printer: LABEL_PRINTER }));

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  console.error(`asset-tags MCP server running (workspace ${WORKSPACE})`);
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
