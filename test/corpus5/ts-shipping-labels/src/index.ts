// Shipping label and tracking tools for the warehouse team (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { readLabel, deleteLabel, purgeOlderThan, downloadToken } from "./labels.js";

type Carrier = "ups" | "dhl" | "postnl";

const server = new McpServer({ name: "shipping-labels", version: "2.0.0" });

server.registerTool(
  "track_shipment",
  {
    title: "Track a shipment",
    description: "Fetch tracking events from the carrier's tracking page URL printed on the label.",
    inputSchema: { trackingUrl: z.string().url() },
    outputSchema: { status: z.string(), events: z.array(z.object({ at: z.string(), text: z.string() })) },
    annotations: { readOnlyHint: true, openWorldHint: true },
  },
  async ({ trackingUrl }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(trackingUrl, { headers: { Accept: "application/json" } });
    const body = (await res.json()) as { status: string; events: { at: string; text: string }[] };
    return { content: [{ type: "text", text: `${body.status}: ${body.events.length} events` }], structuredContent: body };
  },
);

server.registerTool(
  "get_label",
  {
    title: "Get label",
    description: "Return a stored shipping label as base64 PDF.",
    inputSchema: { name: z.string().max(128) },
    annotations: { readOnlyHint: true },
  },
  async ({ name }) => {
    const pdf = await readLabel(name);
    return { content: [{ type: "resource", resource: { uri: `label://${name}`, mimeType: "application/pdf", blob: pdf.toString("base64") } }] };
  },
);

server.registerTool(
  "void_label",
  {
    title: "Void label",
    description: "Delete a label that was printed by mistake.",
    inputSchema: { name: z.string().max(128) },
    // ok: annotation-mismatch
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  },
  async ({ name }) => {
    await deleteLabel(name);
    return { content: [{ type: "text", text: `voided ${name}` }] };
  },
);

server.registerTool(
  "purge_old_labels",
  {
    title: "Purge old labels",
    description: "Remove labels older than the given number of days.",
    inputSchema: { days: z.number().int().min(7).max(365) },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  async ({ days }) => {
    const n = await purgeOlderThan(days);
    return { content: [{ type: "text", text: `removed ${n} labels` }] };
  },
);

server.registerTool(
  "label_pickup_code",
  {
    title: "Pickup code",
    description: "Generate the code the warehouse tablet uses to download a label.",
    inputSchema: { carrier: z.enum(["ups", "dhl", "postnl"]) },
  },
  async ({ carrier }: { carrier: Carrier }) => {
    const code = downloadToken();
    return { content: [{ type: "text", text: `${carrier.toUpperCase()}-${code}` }] };
  },
);

await server.connect(new StdioServerTransport());
