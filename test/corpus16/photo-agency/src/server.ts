import { FastMCP } from "fastmcp";
import { z } from "zod";
import { execa } from "execa";
import shell from "shelljs";
import got from "got";
import { saveToInbox, inboxFile } from "./lib/storage.js";
import { isAgencyUrl } from "./lib/net.js";

const server = new FastMCP({
  name: "photo-agency",
  version: "1.8.3",
  authenticate: async (req) => {
    const key = req.headers["x-agency-key"];
    if (typeof key !== "string" || key !== process.env.AGENCY_MCP_KEY) {
      throw new Response(null, { status: 401, statusText: "Unauthorized" });
    }
    return { key };
  },
});

server.addTool({
  name: "read_exif",
  description: "Read EXIF/IPTC metadata of an image in the inbox.",
  parameters: z.object({ file: z.string().min(1).max(255) }),
  execute: async ({ file }) => {
    const full = inboxFile(file);
    // ok: tool-input-to-shell
    const { stdout } = await execa("exiftool", ["-json", "-G", full]);
    return stdout;
  },
});

server.addTool({
  name: "strip_location",
  description: "Remove GPS tags from an image before it is syndicated.",
  parameters: z.object({ file: z.string() }),
  execute: async (args) => {
    // ruleid: tool-input-to-shell
    const res = shell.exec(`exiftool -overwrite_original -gps:all= "/srv/agency/inbox/${args.file}"`, { silent: true });
    return res.code === 0 ? "location removed" : res.stderr;
  },
});

server.addTool({
  name: "contact_sheet",
  description: "Fetch the contact sheet preview of a shoot.",
  parameters: z.object({ shootId: z.string().max(64) }),
  execute: async ({ shootId }) => {
    // ok: tool-input-to-url
    const buf = await got(`https://cdn.photoagency.example/sheets/${encodeURIComponent(shootId)}.jpg`).buffer();
    return { content: [{ type: "image", data: buf.toString("base64"), mimeType: "image/jpeg" }] };
  },
});

server.addTool({
  name: "ingest_from_url",
  description: "Ingest a photographer's upload link into the inbox.",
  parameters: z.object({ url: z.string().url(), filename: z.string() }),
  execute: async ({ url, filename }) => {
    if (!isAgencyUrl(url)) throw new Error("only agency upload links are accepted");
    // ruleid: tool-input-to-url
    const data = await got(url, { timeout: { request: 30_000 } }).buffer();
    const dest = await saveToInbox(filename, data);
    return `saved ${data.length} bytes to ${dest}`;
  },
});

// ok: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8099, host: "127.0.0.1" } });
