#!/usr/bin/env node
/**
 * Travel desk MCP server: corporate travel bookings, itineraries and policy checks.
 * Talks to the travel agency API and keeps a local workspace of itinerary files.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { promises as fsp } from "node:fs";
import path from "node:path";
import os from "node:os";
import { z } from "zod";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const API_BASE = process.env.TRAVEL_API_BASE ?? "https://api.travelagency.example.com/v2";
const API_KEY = process.env.TRAVEL_API_KEY ?? "";
const WORKSPACE = path.resolve(process.env.TRAVEL_WORKSPACE ?? path.join(os.homedir(), "travel-desk"));

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

async function runCommand(command: string): Promise<string> {
  const { stdout, stderr } = await execAsync(command, { timeout: 30_000 });
  return stderr ? `${stdout}\n${stderr}` : stdout;
}

async function apiRequest<T>(endpoint: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API_BASE}${endpoint}`, {
    ...init,
    headers: { "Content-Type": "application/json", "X-Api-Key": API_KEY, ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`Travel API ${res.status}: ${res.statusText}`);
  return (await res.json()) as T;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fsp.readFile(file, "utf8")) as T;
}

function resolveWorkspacePath(relative: string): string {
  const full = path.resolve(WORKSPACE, relative);
  if (full !== WORKSPACE && !full.startsWith(WORKSPACE + path.sep)) {
    throw new Error(`Path escapes the workspace: ${relative}`);
  }
  return full;
}

function text(value: unknown) {
  return { content: [{ type: "text" as const, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
}

interface Booking {
  id: string;
  traveller: string;
  kind: "flight" | "hotel" | "rail" | "car";
  from?: string;
  to?: string;
  start: string;
  end: string;
  costCents: number;
  status: string;
}

const POLICY = {
  maxHotelNightCents: 22_000,
  maxFlightCents: 90_000,
  businessClassMinHours: 6,
};

const server = new McpServer({ name: "travel-desk", version: "0.4.2" });

// ---------------------------------------------------------------------------
// read-only tools
// ---------------------------------------------------------------------------

server.tool("travel_policy", "Show the corporate travel policy limits", async () => text(POLICY));

server.tool(
  "list_bookings",
  "List bookings of a traveller",
  { traveller: z.string().email(), status: z.enum(["pending", "confirmed", "cancelled"]).optional() },
  async ({ traveller, status }) => {
    const qs = new URLSearchParams({ traveller });
    if (status) qs.set("status", status);
    const bookings = await apiRequest<Booking[]>(`/bookings?${qs}`);
    return text(bookings);
  },
);

server.tool(
  "get_booking",
  "Fetch one booking by id",
  { bookingId: z.string().regex(/^BK-[0-9]{6}$/) },
  async ({ bookingId }) => text(await apiRequest<Booking>(`/bookings/${bookingId}`)),
);

server.tool(
  "check_policy",
  "Check whether a proposed booking fits the policy",
  { kind: z.enum(["flight", "hotel"]), costCents: z.number().int().nonnegative(), nights: z.number().int().min(1).optional() },
  async ({ kind, costCents, nights }) => {
    if (kind === "hotel") {
      const perNight = costCents / (nights ?? 1);
      return text({ ok: perNight <= POLICY.maxHotelNightCents, perNight });
    }
    return text({ ok: costCents <= POLICY.maxFlightCents });
  },
);

server.tool(
  "airport_info",
  "Look up an airport by IATA code",
  { iata: z.string().length(3) },
  async ({ iata }) => {
    // ok: tool-input-to-url
    const res = await fetch(`https://airports.example.org/api/airports/${encodeURIComponent(iata.toUpperCase())}`);
    return text(await res.json());
  },
);

// ---------------------------------------------------------------------------
// itinerary workspace
// ---------------------------------------------------------------------------

server.tool(
  "read_itinerary",
  "Read a saved itinerary file from the workspace",
  { file: z.string() },
  async ({ file }) => {
    const full = resolveWorkspacePath(file);
    // ok: tool-input-to-path
    const body = await fsp.readFile(full, "utf8");
    return text(body);
  },
);

server.tool(
  "save_itinerary",
  "Save an itinerary (markdown) into the workspace",
  { name: z.string(), markdown: z.string().max(20_000) },
  async ({ name, markdown }) => {
    const target = path.join(WORKSPACE, "itineraries", `${name}.md`);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    // ruleid: tool-input-to-path
    await fsp.writeFile(target, markdown, "utf8");
    return text(`saved ${target}`);
  },
);

server.tool(
  "list_itineraries",
  "List the itineraries saved in the workspace",
  async () => {
    const dir = path.join(WORKSPACE, "itineraries");
    const names = await fsp.readdir(dir).catch(() => [] as string[]);
    return text(names.filter((n) => n.endsWith(".md")));
  },
);

server.tool(
  "load_trip_template",
  "Load a trip template (JSON) by file name",
  { template: z.string() },
  async ({ template }) => {
    // ruleid: tool-input-to-path
    const data = await readJson<Record<string, unknown>>(path.join(WORKSPACE, "templates", template));
    return text(data);
  },
);

// ---------------------------------------------------------------------------
// documents and exports
// ---------------------------------------------------------------------------

server.tool(
  "export_itinerary_pdf",
  "Render an itinerary to PDF with wkhtmltopdf",
  { file: z.string(), paperSize: z.string().default("A4") },
  async ({ file, paperSize }) => {
    const src = resolveWorkspacePath(file);
    const out = src.replace(/\.md$/, ".pdf");
    // ruleid: tool-input-to-shell
    const log = await runCommand(`wkhtmltopdf --page-size ${paperSize} "${src}" "${out}"`);
    return text({ out, log });
  },
);

server.tool(
  "zip_receipts",
  "Zip the receipts folder of a trip",
  { tripId: z.string().regex(/^TR-[0-9]{4,8}$/) },
  async ({ tripId }) => {
    const folder = resolveWorkspacePath(path.join("receipts", tripId));
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("zip", ["-r", `${folder}.zip`, folder]);
    return text(stdout);
  },
);

server.tool(
  "timezone_at",
  "Show the local time at a destination (uses the system zoneinfo)",
  { zone: z.string() },
  async ({ zone }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("date", ["+%Y-%m-%d %H:%M %Z"], { env: { ...process.env, TZ: zone } });
    return text(stdout.trim());
  },
);

// ---------------------------------------------------------------------------
// bookings (write)
// ---------------------------------------------------------------------------

server.registerTool(
  "create_booking",
  {
    title: "Create booking",
    description: "Create a booking request with the agency (needs approval above policy)",
    inputSchema: {
      traveller: z.string().email(),
      kind: z.enum(["flight", "hotel", "rail", "car"]),
      from: z.string().optional(),
      to: z.string().optional(),
      start: z.string(),
      end: z.string(),
      costCents: z.number().int().positive(),
    },
    annotations: { destructiveHint: false, idempotentHint: false },
  },
  async (args) => {
    const created = await apiRequest<Booking>("/bookings", { method: "POST", body: JSON.stringify(args) });
    return text(created);
  },
);

server.registerTool(
  "cancel_booking",
  {
    title: "Cancel booking",
    description: "Cancel a booking. Refund rules of the fare apply.",
    inputSchema: { bookingId: z.string().regex(/^BK-[0-9]{6}$/), reason: z.string().max(500) },
    annotations: { destructiveHint: true },
  },
  async ({ bookingId, reason }) => {
    const res = await apiRequest<{ refundCents: number }>(`/bookings/${bookingId}/cancel`, {
      method: "POST",
      body: JSON.stringify({ reason }),
    });
    return text(res);
  },
);

server.registerTool(
  "import_fare_feed",
  {
    title: "Import fare feed",
    description: "Import a partner fare feed (JSON) from a URL",
    inputSchema: {
      feedUrl: z.string().url(),
      // ruleid: weak-input-schema
      options: z.record(z.any()).optional(),
    },
  },
  async ({ feedUrl }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(feedUrl, { headers: { Accept: "application/json" } });
    const fares = (await res.json()) as unknown[];
    return text({ imported: fares.length });
  },
);

server.tool(
  "sync_calendar",
  "Push a booking to the traveller's calendar feed",
  { bookingId: z.string().regex(/^BK-[0-9]{6}$/), calendarHost: z.string() },
  async ({ bookingId, calendarHost }) => {
    const booking = await apiRequest<Booking>(`/bookings/${bookingId}`);
    const endpoint = `https://${calendarHost}/caldav/events/${booking.id}.ics`;
    // ruleid: tool-input-to-url
    const res = await fetch(endpoint, { method: "PUT", body: `SUMMARY:${booking.kind} ${booking.to ?? ""}` });
    return text({ status: res.status });
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
console.error(`travel-desk MCP server ready (workspace ${WORKSPACE})`);
