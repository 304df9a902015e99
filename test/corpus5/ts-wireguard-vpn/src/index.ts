// WireGuard VPN administration over MCP (runs on the VPN gateway, stdio only).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import * as wg from "./wg.js";

const server = new McpServer({ name: "wireguard-admin", version: "0.3.0" }, { capabilities: { logging: {} } });

server.tool(
  "show_interface",
  "Show peers, handshakes and transfer counters of an interface.",
  { iface: z.enum(wg.INTERFACES) },
  { readOnlyHint: true },
  async ({ iface }) => ({ content: [{ type: "text", text: await wg.showInterface(iface) }] }),
);

server.tool(
  "add_peer",
  "Add a peer to an interface.",
  { iface: z.string(), publicKey: z.string(), allowedIps: z.string().default("10.8.0.0/32") },
  async ({ iface, publicKey, allowedIps }) => {
    const out = wg.addPeer(iface, publicKey, allowedIps);
    return { content: [{ type: "text", text: out || `peer added to ${iface}` }] };
  },
);

server.tool(
  "get_config",
  "Show an interface configuration file (private keys are redacted).",
  { name: z.string() },
  async ({ name }) => {
    const text = wg.readConfig(name).replace(/^PrivateKey\s*=.*$/gm, "PrivateKey = <redacted>");
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "peer_template",
  "Show a peer configuration template by name.",
  { name: z.string().max(64) },
  async ({ name }) => ({ content: [{ type: "text", text: wg.readPeerTemplate(name) }] }),
);

server.tool(
  "create_invite",
  "Create a one-time enrollment code for a new device.",
  { legacy: z.boolean().default(false) },
  async ({ legacy }) => ({ content: [{ type: "text", text: legacy ? wg.legacyInviteToken() : wg.enrollmentCode() }] }),
);

const transport = new StdioServerTransport();
await server.connect(transport);
