#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const visitors = require("./visitors.cjs");
const { renderBadge, renderCustomBadge, badgeCode, guestWifiPassword, TEMPLATES } = require("./badges.cjs");

const server = new McpServer({ name: "visitor-badges", version: "1.0.4" });
const SITES = ["hq", "lab", "warehouse"];

server.tool("todays_visitors", "Visitors checked in today at a site", { site: z.enum(SITES) }, async ({ site }) => {
  const rows = await visitors.todaysVisitors(site);
  return { content: [{ type: "text", text: rows.map((r) => `${r.checked_in} ${r.name} (${r.company}) → ${r.host_email}`).join("\n") || "nobody yet" }] };
});

server.tool("search_visitors", "Search the visitor log", { term: z.string() }, async ({ term }) => {
  const rows = await visitors.searchVisitors(term);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool(
  "check_in",
  "Check a visitor in and print a badge",
  { name: z.string().max(80), company: z.string().max(80).optional(), hostEmail: z.string().email(), site: z.enum(SITES), kind: z.enum(Object.keys(TEMPLATES)) },
  async (args) => {
    const id = await visitors.checkIn(args);
    const badge = renderBadge(args.kind, { name: args.name, company: args.company, host: args.hostEmail });
    const code = badgeCode();
    const wifiPassword = guestWifiPassword();
    // ruleid: sensitive-data-logged
    console.error(`check-in ${id}: ${args.name} badge=${code} wifiPassword=${wifiPassword}`);
    return { content: [{ type: "text", text: `${badge}\n\nBadge code ${code}\nGuest Wi-Fi password: ${wifiPassword}` }] };
  },
);

server.tool(
  "custom_badge",
  "Render a badge from a custom template (use ${v.name}, ${v.company})",
  { template: z.string(), name: z.string(), company: z.string().optional() },
  async ({ template, name, company }) => ({ content: [{ type: "text", text: renderCustomBadge(template, { name, company }) }] }),
);

server.tool("check_out", "Check a visitor out", { visitId: z.number().int(), note: z.string().default("") }, async ({ visitId, note }) => {
  visitors.checkOut(visitId, note);
  return { content: [{ type: "text", text: `visit ${visitId} closed` }] };
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
