#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema, McpError, ErrorCode } from "@modelcontextprotocol/sdk/types.js";
import Database from "better-sqlite3";
import { exec } from "child_process";
import { isStemArgs, isOrderArgs } from "./guards.js";

const db = new Database(process.env.FLORIST_DB ?? "florist.db");

const BUCKETS = ["roses", "tulips", "peonies", "greens", "fillers"] as const;

class FloristServer {
  private server: Server;

  constructor() {
    this.server = new Server({ name: "florist-inventory", version: "1.2.0" }, { capabilities: { tools: {} } });
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[MCP Error]", error);
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        {
          name: "stem_count",
          description: "How many stems of a variety are in the cooler",
          inputSchema: { type: "object", properties: { variety: { type: "string" } }, required: ["variety"] },
        },
        {
          name: "bucket_report",
          description: "Stems per cooler bucket",
          inputSchema: { type: "object", properties: { bucket: { type: "string", enum: [...BUCKETS] } }, required: ["bucket"] },
        },
        {
          name: "record_order",
          description: "Record a bouquet order",
          inputSchema: { type: "object", properties: { customer: { type: "string" }, stems: { type: "array", items: { type: "string" } } } },
        },
        {
          name: "print_label",
          description: "Print a card label on the shop printer",
          // ruleid: weak-input-schema
          inputSchema: { type: "object" },
        },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      switch (request.params.name) {
        case "stem_count": {
          if (!isStemArgs(request.params.arguments)) {
            throw new McpError(ErrorCode.InvalidParams, "variety is required");
          }
          const { variety } = request.params.arguments;
          // ok: tool-input-to-sql
          const row = db.prepare("SELECT SUM(qty) AS n FROM stems WHERE variety = ?").get(variety) as { n: number };
          return { content: [{ type: "text", text: `${variety}: ${row?.n ?? 0}` }] };
        }
        case "bucket_report": {
          const bucket = String(request.params.arguments?.bucket);
          if (!(BUCKETS as readonly string[]).includes(bucket)) {
            throw new McpError(ErrorCode.InvalidParams, "unknown bucket");
          }
          // ok: tool-input-to-sql
          const rows = db.prepare(`SELECT variety, qty FROM stems_${bucket} ORDER BY qty DESC`).all();
          return { content: [{ type: "text", text: JSON.stringify(rows) }] };
        }
        case "record_order": {
          if (!isOrderArgs(request.params.arguments)) {
            throw new McpError(ErrorCode.InvalidParams, "bad order");
          }
          const { customer, stems } = request.params.arguments;
          const values = stems.map((s) => `('${customer}', '${s}')`).join(", ");
          // ruleid: tool-input-to-sql
          db.exec(`INSERT INTO order_lines (customer, variety) VALUES ${values}`);
          return { content: [{ type: "text", text: `recorded ${stems.length} stems for ${customer}` }] };
        }
        case "print_label": {
          // ruleid: weak-input-schema
          const args = request.params.arguments as any;
          const message = args.message ?? "With love";
          // ruleid: tool-input-to-shell
          exec(`echo "${message}" | lp -d card-printer`, (err) => err && console.error(err));
          return { content: [{ type: "text", text: "sent to printer" }] };
        }
        default:
          throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${request.params.name}`);
      }
    });
  }

  async run() {
    const transport = new StdioServerTransport();
    await this.server.connect(transport);
    console.error("Florist inventory MCP server running on stdio");
  }
}

new FloristServer().run().catch(console.error);
