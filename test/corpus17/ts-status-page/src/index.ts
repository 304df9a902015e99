#!/usr/bin/env node
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { db } from "./db/query.js";
import { registerIncidentTools } from "./tools/incidents.js";
import { registerComponentTools } from "./tools/components.js";

const server = new McpServer({ name: "status-page", version: "2.0.3" });

registerIncidentTools(server);
registerComponentTools(server);

server.resource(
  "incident",
  new ResourceTemplate("status://incidents/{id}", { list: undefined }),
  async (uri, { id }) => {
    // ok: tool-input-to-sql
    const row = db.prepare("SELECT * FROM incidents WHERE id = ?").get(Number(id));
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(row ?? null) }] };
  },
);

server.prompt(
  "draft_incident_summary",
  { incidentId: z.string() },
  ({ incidentId }) => ({
    messages: [
      {
        role: "user",
        content: { type: "text", text: `Read status://incidents/${incidentId} and draft a short customer-facing summary.` },
      },
    ],
  }),
);

await server.connect(new StdioServerTransport());
