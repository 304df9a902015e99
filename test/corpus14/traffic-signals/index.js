"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const ctl = require("./lib/controller");

const server = new McpServer({ name: "traffic-signals", version: "0.3.1" });
const out = (v) => ({ content: [{ type: "text", text: typeof v === "string" ? v : JSON.stringify(v) }] });

server.tool("signal_status", "Status of a signal controller by intersection id.", { intersection: z.string() }, async ({ intersection }) =>
  out(await ctl.statusById(intersection)),
);

server.tool(
  "signal_status_by_ip",
  "Status of a field controller by address (for cabinets not yet in the asset register).",
  { address: z.string() },
  async ({ address }) => out(await ctl.statusByAddress(address)),
);

server.tool(
  "phase_status",
  "NTCIP phase status via SNMP.",
  { host: z.string(), community: z.string().default("public") },
  async ({ host, community }) => out(ctl.phaseStatus(host, community)),
);

server.tool(
  "set_timing_plan",
  "Switch an intersection to another coordination timing plan.",
  { intersection: z.string(), plan: z.number().int().min(1).max(32) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true },
  async ({ intersection, plan }) => {
    const { ip } = ctl.controllerFor(intersection);
    const res = await fetch(`http://${ip}/api/v1/plan`, { method: "PUT", body: JSON.stringify({ plan }) });
    return out(`controller answered ${res.status}`);
  },
);

server.connect(new StdioServerTransport());
