import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toolHandlers } from "./handlers.js";

const server = new Server({ name: "warranty-claims", version: "0.5.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "file_claim",
      description: "File a warranty claim for an appliance",
      inputSchema: {
        type: "object",
        properties: { serial: { type: "string" }, purchaseDate: { type: "string" }, fault: { type: "string" } },
        required: ["serial", "purchaseDate", "fault"],
      },
    },
    {
      name: "import_dealer_batch",
      description: "Import a batch of dealer claims exported by the legacy dealer portal",
      inputSchema: { type: "object", properties: { payload: { type: "string" } }, required: ["payload"] },
    },
    {
      name: "import_dealer_json",
      description: "Import a batch of dealer claims as JSON",
      inputSchema: { type: "object", properties: { payload: { type: "string" } }, required: ["payload"] },
    },
    {
      name: "load_coverage_table",
      description: "Load a YAML coverage table (months per product line)",
      inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] },
    },
    {
      name: "supplier_status",
      description: "Status of a supplier's warranty portal",
      inputSchema: { type: "object", properties: { supplier: { type: "string", enum: ["bosch", "miele", "siemens"] } }, required: ["supplier"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = toolHandlers[request.params.name];
  if (!handler) {
    return { content: [{ type: "text", text: `unknown tool ${request.params.name}` }], isError: true };
  }
  return handler(request.params.arguments);
});

await server.connect(new StdioServerTransport());
