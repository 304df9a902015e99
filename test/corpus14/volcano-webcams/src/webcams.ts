import { promises as fs } from "node:fs";
import path from "node:path";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";

const FRAMES = process.env.WEBCAM_FRAMES ?? "/srv/volcano/frames";
const ARCHIVE_API = "https://archive.volcano-obs.example.is/api";

const CAMERAS = ["hekla-n", "katla-e", "grimsvotn-w", "askja-s"] as const;

export function createWebcamServer(upstreamAuth: string | undefined): McpServer {
  const server = new McpServer({ name: "volcano-webcams", version: "1.3.0" });

  server.tool("list_cameras", "Webcams operated by the observatory.", async () => ({
    content: [{ type: "text", text: CAMERAS.join("\n") }],
  }));

  server.tool(
    "latest_frame_info",
    "Metadata of the latest frame of a camera (exposure, thermal max).",
    { camera: z.enum(CAMERAS) },
    async ({ camera }) => {
      const file = path.join(FRAMES, camera, "latest.json");
      // ok: tool-input-to-path
      const meta = await fs.readFile(file, "utf8");
      return { content: [{ type: "text", text: meta }] };
    },
  );

  server.tool(
    "frame_info",
    "Metadata of a stored frame.",
    { camera: z.string(), frame: z.string().describe("Frame file name, e.g. 20240312T0400Z.json") },
    async ({ camera, frame }) => {
      const file = path.resolve(FRAMES, camera, frame);
      // ruleid: tool-input-to-path
      const meta = await fs.readFile(file, "utf8");
      return { content: [{ type: "text", text: meta }] };
    },
  );

  server.tool(
    "eruption_archive",
    "Archived eruption notices for a volcano.",
    { volcano: z.string().regex(/^[a-z-]{3,30}$/) },
    async ({ volcano }) => {
      const res = await fetch(`${ARCHIVE_API}/volcanoes/${volcano}/notices`, {
        // ruleid: token-passthrough
        headers: { Authorization: upstreamAuth ?? "" },
      });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  return server;
}
