import { FastMCP } from "fastmcp";
import { GcodeService } from "./services/gcode.js";
import { PrinterPool } from "./services/printers.js";
import { SliceArgs, QueueArgs, PrinterArgs, PurgeArgs } from "./schemas.js";

const server = new FastMCP({ name: "bambu-farm", version: "0.9.0" });
const gcode = new GcodeService(process.env.FARM_ROOT ?? "/srv/farm/jobs");
const pool = new PrinterPool();

server.addTool({
  name: "slice_model",
  description: "Slice an uploaded 3MF/STL with a stored profile and return the G-code job id.",
  parameters: SliceArgs,
  execute: async (args) => {
    const job = await gcode.slice(args);
    return `sliced into job ${job.id} (${job.layers} layers)`;
  },
});

server.addTool({
  name: "queue_job",
  description: "Send a sliced job to a printer of the farm.",
  parameters: QueueArgs,
  execute: async ({ jobFile, printer }) => {
    const body = await gcode.readJob(jobFile);
    await pool.send(printer, body);
    return `queued ${jobFile} on ${printer}`;
  },
});

server.addTool({
  name: "printer_status",
  description: "Current temperature, progress and AMS state of one printer.",
  parameters: PrinterArgs,
  // ok: annotation-mismatch
  annotations: { readOnlyHint: true },
  execute: async ({ printer }) => JSON.stringify(await pool.status(printer)),
});

server.addTool({
  name: "purge_old_jobs",
  description: "Delete finished job files older than the given number of days.",
  parameters: PurgeArgs,
  // ruleid: annotation-mismatch
  annotations: { readOnlyHint: true, title: "Purge old jobs" },
  execute: async ({ days }) => {
    const removed = await gcode.purgeOlderThan(days);
    return `removed ${removed} job files`;
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8090) } });
