import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import axios from "axios";
import { z } from "zod";
import { downloadTo, fetchStatus } from "./http-helpers.js";

const PARTNER_HOSTS = new Set(["api.stripe.com", "api.github.com", "hooks.slack.com"]);

const CallApiArgs = z.object({ url: z.string().url(), method: z.enum(["GET", "HEAD"]).default("GET") });
const PartnerArgs = z.object({ host: z.string(), path: z.string().startsWith("/") });
const DownloadArgs = z.object({ source: z.string(), saveAs: z.string().regex(/^[\w.-]+$/) });

class GatewayServer {
  private server = new Server({ name: "api-gateway-tools", version: "0.4.0" }, { capabilities: { tools: {} } });

  constructor() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        { name: "call_api", description: "Call an HTTP API.", inputSchema: { type: "object", properties: { url: { type: "string" }, method: { type: "string", enum: ["GET", "HEAD"] } }, required: ["url"] } },
        { name: "call_partner", description: "Call a partner API.", inputSchema: { type: "object", properties: { host: { type: "string" }, path: { type: "string" } }, required: ["host", "path"] } },
        { name: "download", description: "Download a file.", inputSchema: { type: "object", properties: { source: { type: "string" }, saveAs: { type: "string" } }, required: ["source", "saveAs"] } },
        { name: "health", description: "Check a status page.", inputSchema: { type: "object", properties: { url: { type: "string" } }, required: ["url"] } },
        { name: "debug_env", description: "Show runtime info for troubleshooting.", inputSchema: { type: "object", properties: {} } },
      ],
    }));
    this.server.setRequestHandler(CallToolRequestSchema, (req) => this.dispatch(req.params.name, req.params.arguments));
  }

  private async dispatch(name: string, rawArgs: unknown): Promise<CallToolResult> {
    switch (name) {
      case "call_api": {
        const { url, method } = CallApiArgs.parse(rawArgs);
        // ruleid: tool-input-to-url
        const res = await axios.request({ url, method, timeout: 10_000 });
        return this.text(JSON.stringify({ status: res.status, data: res.data }));
      }
      case "call_partner": {
        const { host, path } = PartnerArgs.parse(rawArgs);
        if (!PARTNER_HOSTS.has(host)) return this.text("unknown partner", true);
        // ok: tool-input-to-url
        const res = await axios.get(`https://${host}${path}`, { timeout: 10_000, maxRedirects: 0 });
        return this.text(JSON.stringify(res.data));
      }
      case "download": {
        const { source, saveAs } = DownloadArgs.parse(rawArgs);
        const bytes = await downloadTo(source, saveAs);
        return this.text(`wrote ${bytes} bytes`);
      }
      case "health": {
        const { url } = z.object({ url: z.string() }).parse(rawArgs);
        return this.text(await fetchStatus(url));
      }
      case "debug_env": {
        // ruleid: error-detail-leak
        return this.text(JSON.stringify({ node: process.version, cwd: process.cwd(), env: process.env }, null, 2));
      }
      default:
        return this.text(`unknown tool ${name}`, true);
    }
  }

  private text(text: string, isError = false): CallToolResult {
    return { content: [{ type: "text", text }], isError };
  }

  async run() {
    await this.server.connect(new StdioServerTransport());
  }
}

void new GatewayServer().run();
