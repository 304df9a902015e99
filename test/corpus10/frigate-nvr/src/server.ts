import { FastMCP } from "fastmcp";
import { z } from "zod";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { CameraName, EventQuery, RetentionArgs, SnapshotArgs } from "./schemas.js";
import { FRIGATE_URL, listEvents } from "./frigate.js";

const execAsync = promisify(exec);

const RETENTION_DEFAULTS = { dryRun: true, keepAlerts: true, camera: "all" };

const server = new FastMCP({ name: "frigate-nvr", version: "0.9.0" });

server.addTool({
  name: "recent_events",
  description: "List recent detection events for a camera",
  parameters: EventQuery,
  execute: async ({ camera, label, limit }) => {
    const events = await listEvents(camera, label, limit);
    return events.map((e) => `${new Date(e.start_time * 1000).toISOString()} ${e.label} (${Math.round(e.top_score * 100)}%)`).join("\n");
  },
});

server.addTool({
  name: "camera_stats",
  description: "Show fps and detection stats of one camera",
  parameters: z.object({ camera: CameraName }),
  execute: async ({ camera }) => {
    // ok: tool-input-to-url
    const res = await fetch(`${FRIGATE_URL}/api/${encodeURIComponent(camera)}/latest.jpg?h=1`, { method: "HEAD" });
    const stats = (await (await fetch(`${FRIGATE_URL}/api/stats`)).json()) as Record<string, any>;
    return JSON.stringify({ reachable: res.ok, ...stats.cameras?.[camera] });
  },
});

server.addTool({
  name: "restart_camera_stream",
  description: "Restart go2rtc's stream for a camera",
  // ok: weak-input-schema
  parameters: z.object({ camera: z.string().regex(/^[a-z0-9_]{1,32}$/) }),
  execute: async ({ camera }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execAsync(`docker exec frigate go2rtc-restart ${camera}`);
    return stdout || "restarted";
  },
});

server.addTool({
  name: "prune_recordings",
  description: "Delete recordings older than N days for one camera",
  parameters: RetentionArgs,
  execute: async (args) => {
    const opts = { ...RETENTION_DEFAULTS, ...args };
    const flags = [`--camera ${opts.camera}`, `--days ${opts.days}`, opts.dryRun ? "--dry-run" : ""].join(" ");
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(`docker exec frigate frigate-prune ${flags}`);
    return stdout;
  },
});

server.addTool({
  name: "fetch_snapshot",
  description: "Download a snapshot image from a URL (e.g. a notification link) and describe it",
  parameters: SnapshotArgs,
  execute: async (args) => {
    // ruleid: tool-input-to-url
    const res = await fetch(args.snapshotUrl);
    const buf = Buffer.from(await res.arrayBuffer());
    return { content: [{ type: "image", data: buf.toString("base64"), mimeType: res.headers.get("content-type") ?? "image/jpeg" }] };
  },
});

// ruleid: http-transport-without-auth
server.start({
  transportType: "httpStream",
  httpStream: { port: Number(process.env.PORT ?? 8085), endpoint: "/mcp" },
});
