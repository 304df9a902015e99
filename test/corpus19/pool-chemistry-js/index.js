#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { readProbe, fetchLabReport, labSample, controllerStatus } = require("./controllers");

const server = new McpServer({ name: "pool-chemistry", version: "0.2.0" });

const TARGETS = { ph: [7.2, 7.6], chlorine: [1.0, 3.0], alkalinity: [80, 120] };

server.tool(
  "probe_reading",
  "Current reading of a dosing-controller probe (ph, orp, chlorine, temp)",
  { pool: z.enum(["main-pool", "kids-pool", "spa"]), probe: z.string().max(20) },
  async ({ pool, probe }) => ({ content: [{ type: "text", text: JSON.stringify(await readProbe(pool, probe)) }] }),
);

server.tool("targets", "Target ranges for pool chemistry", async () => ({ content: [{ type: "text", text: JSON.stringify(TARGETS) }] }));

server.tool(
  "lab_report",
  "Fetch a water-lab report by its URL",
  { url: z.string().url() },
  async ({ url }) => ({ content: [{ type: "text", text: await fetchLabReport(url) }] }),
);

server.tool(
  "lab_sample",
  "Fetch a lab sample result by id",
  { sampleId: z.string() },
  async ({ sampleId }) => ({ content: [{ type: "text", text: JSON.stringify(await labSample(sampleId)) }] }),
);

server.tool(
  "controller_status",
  "Raw status page of a dosing controller by host name",
  { host: z.string() },
  async ({ host }) => ({ content: [{ type: "text", text: await controllerStatus(host) }] }),
);

server.tool(
  "dose_advice",
  "Suggest a dose correction from a reading",
  { parameter: z.enum(["ph", "chlorine", "alkalinity"]), value: z.number(), volumeM3: z.number().positive() },
  async ({ parameter, value, volumeM3 }) => {
    const [lo, hi] = TARGETS[parameter];
    const mid = (lo + hi) / 2;
    const delta = +(mid - value).toFixed(2);
    // ok: stdout-in-stdio-server
    console.error(`dose advice ${parameter}=${value} volume=${volumeM3}`);
    return { content: [{ type: "text", text: JSON.stringify({ parameter, delta, volumeM3 }) }] };
  },
);

async function main() {
  await server.connect(new StdioServerTransport());
}

main();
