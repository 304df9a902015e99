#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from "@modelcontextprotocol/sdk/types.js";
import { CupsClient } from "./cups.js";
import { isConfigArgs, isQueueArgs, isValidJobArgs, LOOSE_PRINTER_RE } from "./validators.js";

class PrinterFleetServer {
  private server: Server;
  private cups = new CupsClient();

  constructor() {
    this.server = new Server(
      { name: "printer-fleet", version: "1.2.0" },
      { capabilities: { tools: {} } },
    );
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[MCP Error]", error);
    process.on("SIGINT", async () => {
      await this.server.close();
      process.exit(0);
    });
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        {
          name: "list_printers",
          description: "List the CUPS printers of this print server",
          inputSchema: { type: "object", properties: {} },
        },
        {
          name: "show_queue",
          description: "Show the pending jobs of a printer",
          inputSchema: {
            type: "object",
            properties: { printer: { type: "string" }, limit: { type: "number" } },
            required: ["printer"],
          },
        },
        {
          name: "cancel_job",
          description: "Cancel one print job",
          inputSchema: {
            type: "object",
            properties: { printer: { type: "string", pattern: "^[A-Za-z0-9_-]{1,64}$" }, jobId: { type: "integer", minimum: 1 } },
            required: ["printer", "jobId"],
          },
        },
        {
          name: "set_option",
          description: "Set a default option (e.g. sides, media) on a printer",
          inputSchema: {
            type: "object",
            properties: { printer: { type: "string" }, option: { type: "string" }, value: { type: "string" } },
            required: ["printer", "option", "value"],
          },
        },
        {
          name: "job_details",
          description: "Read the control file of a job from the spool",
          // ruleid: weak-input-schema
          inputSchema: { type: "object" },
        },
        {
          name: "toner_report",
          description: "Toner levels over SNMP for one printer",
          inputSchema: {
            type: "object",
            properties: { printer: { type: "string" } },
            required: ["printer"],
          },
        },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      // ruleid: weak-input-schema
      const args = request.params.arguments as any;
      switch (request.params.name) {
        case "list_printers": {
          const printers = await this.cups.printers();
          return { content: [{ type: "text", text: printers.join("\n") }] };
        }
        case "show_queue": {
          if (!isQueueArgs(args)) throw new McpError(ErrorCode.InvalidParams, "printer is required");
          const out = await this.cups.queue(args.printer, args.limit ?? 20);
          return { content: [{ type: "text", text: out || "queue empty" }] };
        }
        case "cancel_job": {
          if (!isValidJobArgs(args)) throw new McpError(ErrorCode.InvalidParams, "bad job reference");
          return { content: [{ type: "text", text: await this.cups.cancel(args.printer, args.jobId) }] };
        }
        case "set_option": {
          if (!isConfigArgs(args)) throw new McpError(ErrorCode.InvalidParams, "printer, option and value are required");
          if (!LOOSE_PRINTER_RE.test(args.printer)) throw new McpError(ErrorCode.InvalidParams, "bad printer name");
          return { content: [{ type: "text", text: await this.cups.setOption(args.printer, args.option, args.value) }] };
        }
        case "job_details": {
          const body = await this.cups.controlFile(String(args.jobId));
          return { content: [{ type: "text", text: body }] };
        }
        case "toner_report": {
          return { content: [{ type: "text", text: `toner for ${args.printer}: SNMP polling is not configured` }] };
        }
        default:
          throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${request.params.name}`);
      }
    });
  }

  async run() {
    const transport = new StdioServerTransport();
    await this.server.connect(transport);
    console.error("printer-fleet MCP server running on stdio");
  }
}

new PrinterFleetServer().run().catch(console.error);
