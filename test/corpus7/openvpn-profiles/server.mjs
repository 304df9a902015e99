import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { connectProfile, listProfiles, readProfile, readProfileChecked, redact } from "./profiles.mjs";

const server = new Server({ name: "openvpn-profiles", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "list_profiles", description: "List the OpenVPN client profiles", inputSchema: { type: "object", properties: {} } },
    { name: "show_profile", description: "Show a profile with its keys redacted", inputSchema: { type: "object", properties: { profile: { type: "string" } }, required: ["profile"] } },
    { name: "diff_profile", description: "Show a profile's remote and cipher lines", inputSchema: { type: "object", properties: { profile: { type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,47}$" } } } },
    // ruleid: weak-input-schema
    { name: "connect", description: "Bring a VPN profile up", inputSchema: { type: "object" } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  // ruleid: stdout-in-stdio-server
  console.log("call", name, JSON.stringify(args));

  if (name === "list_profiles") {
    return { content: [{ type: "text", text: listProfiles().join("\n") }] };
  }
  if (name === "show_profile") {
    return { content: [{ type: "text", text: redact(readProfile(args.profile)) }] };
  }
  if (name === "diff_profile") {
    const lines = readProfileChecked(String(args.profile)).split("\n").filter((l) => /^(remote|cipher|data-ciphers|proto)\b/.test(l));
    return { content: [{ type: "text", text: lines.join("\n") }] };
  }
  if (name === "connect") {
    const pid = connectProfile(args.profile, args.extraArgs);
    return { content: [{ type: "text", text: `openvpn started (pid ${pid})` }] };
  }
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
