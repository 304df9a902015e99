#!/usr/bin/env node
// MCP server for a single libvirt/QEMU host: list, inspect, start and stop guests, snapshots,
// memory and migration. Talks to virsh on the local machine.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile, spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { promisify } from "node:util";
import { z } from "zod";
import { parseDominfo, parseTable } from "./parse.js";

const execFileP = promisify(execFile);
const execP = promisify(exec);

const CONNECT_URI = process.env.LIBVIRT_URI ?? "qemu:///system";
const LOG_DIR = "/var/log/libvirt/qemu";
const DOMAIN_NAME = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/);
const MIGRATION_TARGETS = ["kvm-02.lab", "kvm-03.lab", "kvm-04.lab"];

type Text = { content: { type: "text"; text: string }[]; isError?: boolean };
const text = (t: string): Text => ({ content: [{ type: "text", text: t }] });
const fail = (t: string): Text => ({ content: [{ type: "text", text: t }], isError: true });

async function virsh(...args: string[]): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("virsh", ["-c", CONNECT_URI, ...args], { timeout: 30_000 });
  return stdout.trim();
}

const server = new McpServer({ name: "libvirt-vms", version: "1.1.0" });

server.tool("list_vms", "List all guests with their state", async () => {
  const out = await virsh("list", "--all");
  const rows = parseTable(out);
  return text(rows.map((r) => `${r["Name"]}\t${r["State"]}`).join("\n"));
});

server.tool("vm_info", "Show CPU, memory and state of a guest", { name: DOMAIN_NAME }, async ({ name }) => {
  const info = parseDominfo(await virsh("dominfo", name));
  return text(JSON.stringify(info, null, 2));
});

server.tool("start_vm", "Boot a stopped guest", { name: z.string() }, async ({ name }) => {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execP(`virsh -c ${CONNECT_URI} start ${name}`);
  return stderr ? fail(stderr) : text(stdout);
});

server.tool(
  "shutdown_vm",
  "Gracefully shut a guest down (ACPI), or force it off",
  { name: DOMAIN_NAME, force: z.boolean().default(false) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true },
  async ({ name, force }) => {
    const out = await virsh(force ? "destroy" : "shutdown", name);
    return text(out);
  },
);

server.tool("guest_log", "Show the tail of a guest's QEMU log", { name: z.string(), lines: z.number().int().max(2000).default(200) }, async ({ name, lines }) => {
  const file = `${LOG_DIR}/${name}.log`;
  if (!existsSync(file)) return fail(`no log for ${name}`);
  // ruleid: tool-input-to-path
  const content = readFileSync(file, "utf8");
  return text(content.split("\n").slice(-lines).join("\n"));
});

server.tool("list_snapshots", "List snapshots of a guest", { name: DOMAIN_NAME }, async ({ name }) => {
  const out = await virsh("snapshot-list", name, "--name");
  return text(out || "no snapshots");
});

server.tool(
  "create_snapshot",
  "Take a snapshot of a guest",
  { name: DOMAIN_NAME, snapshot: z.string().regex(/^[\w.-]{1,40}$/), description: z.string().max(200).optional() },
  async ({ name, snapshot, description }) => {
    const args = ["snapshot-create-as", name, snapshot];
    if (description) args.push("--description", description);
    // ok: tool-input-to-shell
    const out = await virsh(...args);
    return text(out);
  },
);

server.tool(
  "set_memory",
  "Change a guest's current memory; accepts expressions like '4*1024' (MiB)",
  { name: DOMAIN_NAME, size: z.string() },
  async ({ name, size }) => {
    // ruleid: tool-input-to-eval
    const mib = Number(eval(size));
    if (!Number.isFinite(mib) || mib < 256) return fail("memory must be at least 256 MiB");
    const out = await virsh("setmem", name, `${Math.round(mib)}M`, "--live");
    return text(out || `memory set to ${mib} MiB`);
  },
);

server.tool(
  "set_vcpus",
  "Change the number of vCPUs of a running guest",
  { name: DOMAIN_NAME, count: z.string().regex(/^\d{1,2}$/) },
  async ({ name, count }) => {
    // ok: tool-input-to-eval
    const n = JSON.parse(count) as number;
    const out = await virsh("setvcpus", name, String(n), "--live");
    return text(out || `vcpus set to ${n}`);
  },
);

server.tool(
  "migrate_vm",
  "Live-migrate a guest to another host of the cluster",
  { name: DOMAIN_NAME, target: z.string() },
  async ({ name, target }) => {
    if (!MIGRATION_TARGETS.includes(target)) return fail(`target must be one of ${MIGRATION_TARGETS.join(", ")}`);
    // ok: tool-input-to-shell
    const child = spawn("virsh", ["-c", CONNECT_URI, "migrate", "--live", "--persistent", name, `qemu+ssh://${target}/system`]);
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const code: number = await new Promise((r) => child.on("close", r));
    return code === 0 ? text(`migrated ${name} to ${target}`) : fail(err);
  },
);

server.tool(
  "attach_iso",
  "Attach an ISO image from the host's ISO pool as a CD-ROM",
  { name: DOMAIN_NAME, iso: z.string() },
  async ({ name, iso }) => {
    const cmd = ["virsh", "-c", CONNECT_URI, "change-media", name, "sda", `/var/lib/libvirt/images/iso/${iso}`, "--insert"].join(" ");
    // ruleid: tool-input-to-shell
    const { stdout } = await execP(cmd);
    return text(stdout);
  },
);

server.tool("host_capacity", "Show free memory and CPU count of the host", async () => {
  const [node, free] = await Promise.all([virsh("nodeinfo"), virsh("freecell", "--all")]);
  return text(`${node}\n\n${free}`);
});

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log(`libvirt-vms ready (${CONNECT_URI})`);
}

main();
