import { z } from "zod";
import { fidsBoard, flightStatus, gateAssignments } from "./upstream.js";

const out = (v) => ({ content: [{ type: "text", text: JSON.stringify(v) }] });

export function registerGateTools(server) {
  server.registerTool(
    "gate_assignments",
    { description: "Current gate assignments for a terminal.", inputSchema: { terminal: z.enum(["T1", "T2", "T3", "INTL"]) } },
    async ({ terminal }, extra) => out(await gateAssignments(terminal, extra.requestInfo?.headers?.authorization)),
  );

  server.registerTool(
    "fids_board",
    { description: "Departures/arrivals board of a partner airport.", inputSchema: { airport: z.string(), board: z.enum(["departures", "arrivals"]) } },
    async ({ airport, board }) => out(await fidsBoard(airport.toLowerCase(), board)),
  );

  server.registerTool(
    "flight_status",
    { description: "Status of a flight by ident (e.g. DLH401).", inputSchema: { flight: z.string().max(8) } },
    async ({ flight }) => out(await flightStatus(flight)),
  );

  server.registerTool(
    "reassign_gate",
    {
      description: "Move a flight to another gate.",
      inputSchema: { flight: z.string().max(8), gate: z.string().regex(/^[A-Z]\d{1,2}$/) },
      annotations: { destructiveHint: false, idempotentHint: true },
    },
    async ({ flight, gate }) => out({ flight, gate, queued: true }),
  );
}
