import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import util from "node:util";
import { z } from "zod";
import { bumpSerial, formatRecord } from "./zonefile.js";

const sh = util.promisify(exec);
const run = util.promisify(execFile);
const ZONES_DIR = path.resolve(process.env.ZONES_DIR ?? "/var/named/zones");

function zonePath(zone: string): string {
  const candidate = path.resolve(ZONES_DIR, `db.${zone}`);
  const rel = path.relative(ZONES_DIR, candidate);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("zone outside the zones directory");
  return candidate;
}

const server = new McpServer({ name: "dns-zone-editor", version: "0.6.0" });

server.tool(
  "read_zone",
  "Returns the text of a zone file.",
  { zone: z.string().min(3).max(253) },
  { readOnlyHint: true },
  async ({ zone }) => {
    // ok: tool-input-to-path
    const body = await fs.readFile(zonePath(zone), "utf8");
    return { content: [{ type: "text", text: body }] };
  },
);

server.tool(
  "add_record",
  "Appends a resource record to a zone and bumps the SOA serial.",
  {
    zone: z.string(),
    name: z.string(),
    type: z.enum(["A", "AAAA", "CNAME", "TXT", "MX"]),
    value: z.string().max(1024),
    ttl: z.number().int().min(60).max(86400).default(3600),
  },
  async (record) => {
    const file = path.join(ZONES_DIR, `db.${record.zone}`);
    // ruleid: tool-input-to-path
    const current = await fs.readFile(file, "utf8");
    const updated = bumpSerial(current) + formatRecord(record) + "\n";
    // ruleid: tool-input-to-path
    await fs.writeFile(file, updated);
    return { content: [{ type: "text", text: `added ${record.type} ${record.name}` }] };
  },
);

server.tool(
  "check_zone",
  "Validates a zone with named-checkzone.",
  { zone: z.string() },
  { readOnlyHint: true },
  async ({ zone }) => {
    const file = zonePath(zone);
    // ruleid: tool-input-to-shell
    const { stdout } = await sh(`named-checkzone ${zone} ${file}`);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "reload_zone",
  "Asks the name server to reload one zone.",
  { zone: z.string() },
  async ({ zone }) => {
    // ok: tool-input-to-shell
    const { stdout } = await run("rndc", ["reload", zone]);
    return { content: [{ type: "text", text: stdout.trim() }] };
  },
);

server.tool(
  "delete_zone",
  "Deletes a zone file permanently.",
  { zone: z.string() },
  // ok: annotation-mismatch
  { destructiveHint: true, idempotentHint: true },
  async ({ zone }) => {
    await fs.rm(zonePath(zone), { force: true });
    return { content: [{ type: "text", text: `deleted ${zone}` }] };
  },
);

await server.connect(new StdioServerTransport());
