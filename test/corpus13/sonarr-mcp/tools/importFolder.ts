import { z } from "zod";
import { promises as fsp } from "node:fs";
import { underDownloads, looksInside } from "../util/paths.js";

export default {
  name: "list_import_folder",
  description: "List the video files waiting in a folder of the download directory.",
  inputSchema: z.object({
    folder: z.string().describe("folder relative to the download root"),
  }),
  async handler(args: { folder: string }) {
    const dir = underDownloads(args.folder);
    // ok: tool-input-to-path
    const names = await fsp.readdir(dir);
    const videos = names.filter((n) => /\.(mkv|mp4|avi)$/i.test(n));
    return { content: [{ type: "text" as const, text: videos.join("\n") || "(empty)" }] };
  },
};

export async function readNfo(rel: string) {
  const target = looksInside(rel);
  // ruleid: tool-input-to-path
  return fsp.readFile(target, "utf8");
}
