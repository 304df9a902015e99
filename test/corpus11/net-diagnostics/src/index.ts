#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { digRecords, iperfClient, mtrReport, whois } from "./lib/run.js";
import { clampCount, isValidTarget, looksLikeHost } from "./lib/validate.js";

type Text = { content: Array<{ type: "text"; text: string }>; isError?: boolean };

function withErrorHandling<A>(fn: (args: A) => Promise<string>): (args: A) => Promise<Text> {
  return async (args) => {
    try {
      return { content: [{ type: "text", text: await fn(args) }] };
    } catch (err) {
      // ruleid: stdout-in-stdio-server
      console.log("tool failed", err);
      // ok: error-detail-leak
      return { content: [{ type: "text", text: "The diagnostic command failed or timed out." }], isError: true };
    }
  };
}

const server = new McpServer({ name: "net-diagnostics", version: "0.9.0" });

server.tool(
  "whois_lookup",
  { domain: z.string().regex(/^[a-z0-9.-]+$/i).max(253) },
  withErrorHandling(async ({ domain }) => whois(domain)),
);

server.tool(
  "mtr_report",
  "Run an mtr report towards a host.",
  { host: z.string(), cycles: z.number().int().optional() },
  withErrorHandling(async ({ host, cycles }) => {
    if (!looksLikeHost(host)) throw new Error("not a host");
    return mtrReport(host, clampCount(cycles));
  }),
);

server.tool(
  "iperf_test",
  "Measure throughput to an iperf3 server.",
  { server: z.string(), seconds: z.number().int().min(1).max(60).default(10) },
  withErrorHandling(async ({ server: target, seconds }) => {
    if (!isValidTarget(target)) throw new Error("invalid iperf server");
    return iperfClient(target, seconds);
  }),
);

server.tool(
  "dns_records",
  "Resolve several record types for a name.",
  { name: z.string(), types: z.array(z.string()).default(["A", "AAAA", "MX"]) },
  { readOnlyHint: true, openWorldHint: true },
  withErrorHandling(async ({ name, types }) => (await digRecords(name, types)).join("\n---\n")),
);

await server.connect(new StdioServerTransport());
