import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { solvePlan, type Visit } from "./scheduler.js";

const CRM_API = "https://crm.fieldops.example/api";

export interface RequestContext {
  authorization?: string;
}

export function buildServer(ctx: RequestContext): McpServer {
  const server = new McpServer({ name: "field-service", version: "3.2.0" });
  const visits: Visit[] = [];

  server.tool(
    "schedule_visit",
    "Schedule a technician visit at a customer site",
    {
      technician: z.string(),
      site: z.string(),
      from: z.string().datetime(),
      to: z.string().datetime(),
      skills: z.array(z.string()).default([]),
    },
    async ({ technician, site, from, to, skills }) => {
      const v: Visit = { id: `V${visits.length + 1}`, technician, site, window: { from, to }, skills };
      visits.push(v);
      return { content: [{ type: "text", text: JSON.stringify(v) }] };
    },
  );

  server.tool(
    "plan_week",
    "Run the route planner over the scheduled visits",
    { solver: z.enum(["greedy", "ortools"]).optional(), horizonDays: z.number().int().min(1).max(14).optional() },
    async (opts) => ({ content: [{ type: "text", text: await solvePlan(visits, opts) }] }),
  );

  server.tool(
    "customer_site",
    "Look up a customer site in the CRM",
    { siteId: z.string().regex(/^S[0-9]{6}$/) },
    async ({ siteId }) => {
      const res = await fetch(`${CRM_API}/sites/${siteId}`, {
        // ruleid: token-passthrough
        headers: { Authorization: ctx.authorization ?? "", Accept: "application/json" },
      });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.tool(
    "site_manual",
    "Download the equipment manual linked from a site record",
    { manualUrl: z.string().url() },
    async ({ manualUrl }) => {
      // ruleid: tool-input-to-url
      const res = await fetch(new URL(manualUrl), { redirect: "follow" });
      return { content: [{ type: "text", text: (await res.text()).slice(0, 20_000) }] };
    },
  );

  return server;
}
