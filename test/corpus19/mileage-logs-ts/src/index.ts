#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { listTrips, openDb, tripsForVehicle, type Db } from "./db.js";

const LogTripArgs = z.object({
  driver: z.string().min(1).max(80),
  vehicle: z.string().regex(/^[A-Z0-9-]{2,12}$/),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startKm: z.number().nonnegative(),
  endKm: z.number().nonnegative(),
  purpose: z.string().max(300).optional(),
});

const isVehicleArgs = (a: any): a is { vehicle: string; since: string } =>
  typeof a === "object" && a !== null && typeof a.vehicle === "string" && typeof a.since === "string";

class MileageServer {
  private server: Server;
  private db: Db;
  private rate = Number(process.env.MILEAGE_RATE ?? "0.30");

  constructor() {
    this.server = new Server({ name: "mileage-logs", version: "0.2.0" }, { capabilities: { tools: {} } });
    this.db = openDb(process.env.MILEAGE_DB ?? "mileage.db");
    this.setupToolHandlers();
    this.server.onerror = (error) => console.error("[MCP Error]", error);
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        {
          name: "log_trip",
          description: "Record a business trip",
          inputSchema: {
            type: "object",
            properties: {
              driver: { type: "string" },
              vehicle: { type: "string", pattern: "^[A-Z0-9-]{2,12}$" },
              day: { type: "string", format: "date" },
              startKm: { type: "number" },
              endKm: { type: "number" },
              purpose: { type: "string" },
            },
            required: ["driver", "vehicle", "day", "startKm", "endKm"],
          },
        },
        {
          name: "list_trips",
          description: "List trips of a driver",
          inputSchema: {
            type: "object",
            properties: { driver: { type: "string" }, sort: { type: "string", enum: ["day", "distance", "driver"] } },
            required: ["driver"],
          },
        },
        {
          name: "vehicle_history",
          description: "Trips of one vehicle since a date",
          inputSchema: {
            type: "object",
            properties: { vehicle: { type: "string" }, since: { type: "string" } },
            required: ["vehicle", "since"],
          },
        },
        {
          name: "reimbursement",
          description: "Compute the mileage reimbursement of a driver for a month",
          // ruleid: weak-input-schema
          inputSchema: { type: "object" },
        },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      switch (request.params.name) {
        case "log_trip": {
          // ok: weak-input-schema
          const args = LogTripArgs.parse(request.params.arguments);
          if (args.endKm < args.startKm) throw new McpError(ErrorCode.InvalidParams, "endKm before startKm");
          const info = this.db
            .prepare("INSERT INTO trips (driver, vehicle, day, start_km, end_km, purpose) VALUES (?, ?, ?, ?, ?, ?)")
            .run(args.driver, args.vehicle, args.day, args.startKm, args.endKm, args.purpose ?? null);
          return { content: [{ type: "text", text: `trip ${info.lastInsertRowid} logged` }] };
        }
        case "list_trips": {
          const { driver, sort } = request.params.arguments as { driver: string; sort?: string };
          const rows = listTrips(this.db, driver, sort ?? "day");
          return { content: [{ type: "text", text: JSON.stringify(rows) }] };
        }
        case "vehicle_history": {
          if (!isVehicleArgs(request.params.arguments)) {
            throw new McpError(ErrorCode.InvalidParams, "vehicle and since are required");
          }
          const { vehicle, since } = request.params.arguments;
          const rows = tripsForVehicle(this.db, vehicle, since);
          return { content: [{ type: "text", text: JSON.stringify(rows) }] };
        }
        case "reimbursement": {
          // ruleid: weak-input-schema
          const args = request.params.arguments as any;
          const month = String(args.month);
          // ruleid: tool-input-to-sql
          const row = this.db.prepare(`SELECT SUM(end_km - start_km) AS km FROM trips WHERE driver = '${args.driver}' AND day LIKE '${month}%'`).get() as { km: number | null };
          const km = row?.km ?? 0;
          return { content: [{ type: "text", text: JSON.stringify({ km, amount: +(km * this.rate).toFixed(2) }) }] };
        }
        default:
          throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${request.params.name}`);
      }
    });
  }

  async run() {
    const transport = new StdioServerTransport();
    await this.server.connect(transport);
    console.error("Mileage MCP server running on stdio");
  }
}

new MileageServer().run().catch(console.error);
