#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import got from "got";
import { findSites, filterSites, reserveSite, sitesByRule } from "./lib/reservations.mjs";
import { importPermitState, parsePermitJson } from "./lib/permits.mjs";

const RIDB = "https://ridb.recreation.gov/api/v1";
const server = new McpServer({ name: "campground-desk", version: "0.8.0" });

server.tool("facility", "Look up a federal campground on Recreation.gov", { facilityId: z.string().max(12) }, async ({ facilityId }) => {
  // ok: tool-input-to-url
  const data = await got(`${RIDB}/facilities/${encodeURIComponent(facilityId)}`, { headers: { apikey: process.env.RIDB_API_KEY } }).json();
  return { content: [{ type: "text", text: `${data.FacilityName}: ${data.FacilityDescription?.slice(0, 400) ?? ""}` }] };
});

server.tool(
  "available_sites",
  "Sites free for the given nights; `where` is a JS filter expression over a site (e.g. `site.hookups && site.length >= 30`)",
  { arrive: z.string().date(), nights: z.number().int().min(1).max(14), where: z.string().optional() },
  async ({ arrive, nights, where }) => {
    let sites = await findSites(arrive, nights);
    if (where) sites = filterSites(sites, where);
    return { content: [{ type: "text", text: sites.map((s) => `${s.loop}-${s.number} (${s.length} ft${s.hookups ? ", hookups" : ""})`).join("\n") }] };
  },
);

server.tool(
  "sites_matching",
  "Sites matching a simple rule like `length >= 30`",
  { field: z.enum(["length", "maxPeople", "number"]), op: z.enum([">=", "<=", "=="]), value: z.number() },
  async (rule) => ({ content: [{ type: "text", text: (await sitesByRule(rule)).map((s) => `${s.loop}-${s.number}`).join(", ") }] }),
);

server.tool(
  "reserve",
  "Reserve a site and notify the ranger station",
  { siteId: z.number().int(), guest: z.string().max(80), arrive: z.string().date(), nights: z.number().int().min(1).max(14), notifyUrl: z.string().url().optional() },
  async ({ notifyUrl, ...booking }) => {
    const id = await reserveSite(booking);
    if (notifyUrl) {
      // ruleid: tool-input-to-url
      await got.post(notifyUrl, { json: { reservation: id, ...booking }, timeout: { request: 5000 } });
    }
    return { content: [{ type: "text", text: `reservation ${id}` }] };
  },
);

server.tool("import_permit_state", "Restore backcountry permit state exported by the old desk app", { state: z.string() }, async ({ state }) => {
  const permits = importPermitState(state);
  return { content: [{ type: "text", text: `restored ${permits.length} permits` }] };
});

server.tool("import_permit_json", "Import backcountry permits from JSON", { json: z.string() }, async ({ json }) => {
  const permits = parsePermitJson(json);
  return { content: [{ type: "text", text: `imported ${permits.length} permits` }] };
});

await server.connect(new StdioServerTransport());
