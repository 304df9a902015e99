import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { handlers } from "./handlers.js";
import { FetchConfigContextArgs, GetDeviceArgs, ListPrefixesArgs, LookupAddressArgs, RawQueryArgs } from "./schemas.js";

const server = new Server({ name: "netbox-ipam", version: "0.3.0" }, { capabilities: { tools: {} } });

const TOOLS = [
  { name: "list_prefixes", description: "List IP prefixes, optionally by site or VRF slug.", schema: ListPrefixesArgs },
  { name: "get_device", description: "Fetch one device by numeric id.", schema: GetDeviceArgs },
  { name: "lookup_address", description: "Search IP addresses.", schema: LookupAddressArgs },
  { name: "fetch_config_context", description: "Fetch a rendered config context by its API URL.", schema: FetchConfigContextArgs },
  { name: "raw_query", description: "Query any NetBox API endpoint.", schema: RawQueryArgs },
];

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: TOOLS.map((t) => ({ name: t.name, description: t.description, inputSchema: zodToJsonSchema(t.schema) })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) {
    return { content: [{ type: "text", text: `unknown tool ${request.params.name}` }], isError: true };
  }
  try {
    const text = await handler(request.params.arguments ?? {});
    return { content: [{ type: "text", text }] };
  } catch (err) {
    const message = err instanceof Error ? err.message : "request failed";
    return { content: [{ type: "text", text: message }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
