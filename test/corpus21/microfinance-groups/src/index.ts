#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import * as fs from "node:fs/promises";
import path from "node:path";
import { GroupLedger } from "./ledger.js";

const run = promisify(exec);
const runFile = promisify(execFile);

const REPORT_DIR = process.env.MFI_REPORT_DIR ?? "/var/mfi/reports";

interface RepaymentArgs {
  groupId: string;
  week: number;
}

function isRepaymentArgs(a: unknown): a is RepaymentArgs {
  return typeof a === "object" && a !== null && typeof (a as any).groupId === "string" && typeof (a as any).week === "number";
}

class MicrofinanceServer {
  private server: Server;
  private ledger = new GroupLedger(process.env.MFI_DB ?? "mfi.sqlite");

  constructor() {
    this.server = new Server({ name: "microfinance-groups", version: "1.2.0" }, { capabilities: { tools: {} } });
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[MCP Error]", error);
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        {
          name: "repayment_schedule",
          description: "Weekly repayment schedule of a solidarity group",
          inputSchema: {
            type: "object",
            properties: { groupId: { type: "string" }, week: { type: "number" } },
            required: ["groupId", "week"],
          },
        },
        {
          name: "field_officer_report",
          description: "Render the field officer's visit report to PDF",
          inputSchema: {
            type: "object",
            properties: { officer: { type: "string" }, template: { type: "string" } },
            required: ["officer"],
          },
        },
        {
          name: "attach_photo",
          description: "Copy a group meeting photo into the report folder",
          inputSchema: {
            type: "object",
            properties: { groupId: { type: "string" }, photoPath: { type: "string" } },
            required: ["groupId", "photoPath"],
          },
        },
        {
          name: "village_summary",
          description: "Summarise all groups in a village",
          // ruleid: weak-input-schema
          inputSchema: { type: "object" },
        },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      // ruleid: weak-input-schema
      const args = request.params.arguments as any;
      switch (request.params.name) {
        case "repayment_schedule": {
          if (!isRepaymentArgs(args)) throw new McpError(ErrorCode.InvalidParams, "groupId and week required");
          const rows = this.ledger.schedule(args.groupId, args.week);
          return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
        }
        case "field_officer_report": {
          const template = args.template ?? "visit";
          const out = path.join(REPORT_DIR, `${args.officer}.pdf`);
          // ruleid: tool-input-to-shell
          const { stdout } = await run(`wkhtmltopdf templates/${template}.html ${out}`);
          return { content: [{ type: "text", text: stdout || out }] };
        }
        case "attach_photo": {
          const dest = path.join(REPORT_DIR, args.groupId, path.basename(args.photoPath));
          // ruleid: tool-input-to-path
          await fs.copyFile(args.photoPath, dest);
          return { content: [{ type: "text", text: `copied to ${dest}` }] };
        }
        case "village_summary": {
          const village = String(args.village ?? "");
          // ok: tool-input-to-shell
          const { stdout } = await runFile("mfi-summary", ["--village", village], { env: { ...process.env } });
          return { content: [{ type: "text", text: stdout }] };
        }
        default:
          throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${request.params.name}`);
      }
    });
  }

  async run() {
    const transport = new StdioServerTransport();
    await this.server.connect(transport);
    console.error("Microfinance MCP server running on stdio");
  }
}

new MicrofinanceServer().run().catch(console.error);
