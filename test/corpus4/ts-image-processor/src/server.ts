// Image processing MCP server: resize, convert, thumbnails, EXIF. stdio transport.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import sharp from "sharp";
import * as cp from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { z } from "zod";

const exec = promisify(cp.exec);
const LIBRARY = path.resolve(process.env.IMAGE_LIBRARY ?? "/data/images");
const IMAGE_HOSTS = new Set(["images.unsplash.com", "upload.wikimedia.org", "cdn.example-media.com"]);

const server = new McpServer({ name: "image-processor", version: "0.5.0" });

function inLibrary(rel: string): string {
  const abs = path.resolve(LIBRARY, rel);
  if (!abs.startsWith(LIBRARY + path.sep)) throw new Error("path outside the image library");
  return abs;
}

server.tool(
  "image_info",
  "Return dimensions, format and EXIF orientation of an image in the library.",
  { file: z.string() },
  { readOnlyHint: true },
  async ({ file }) => {
    // ok: tool-input-to-path
    const meta = await sharp(inLibrary(file)).metadata();
    return { content: [{ type: "text", text: JSON.stringify({ width: meta.width, height: meta.height, format: meta.format, orientation: meta.orientation }) }] };
  },
);

server.tool(
  "resize",
  "Resize an image in place to the given width (keeps aspect ratio).",
  { file: z.string(), width: z.number().int().min(16).max(8000) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true, idempotentHint: false },
  async ({ file, width }) => {
    const abs = inLibrary(file);
    const buf = await sharp(abs).resize({ width }).toBuffer();
    await sharp(buf).toFile(abs);
    return { content: [{ type: "text", text: `resized ${file} to ${width}px wide` }] };
  },
);

server.tool(
  "thumbnail",
  "Write a 256px thumbnail next to an arbitrary image path.",
  { source: z.string(), dest: z.string() },
  async ({ source, dest }) => {
    // ruleid: tool-input-to-path
    await sharp(source).resize(256, 256, { fit: "inside" }).toFile(dest);
    return { content: [{ type: "text", text: `thumbnail written to ${dest}` }] };
  },
);

server.tool(
  "convert_format",
  "Convert an image with ImageMagick, e.g. to webp or avif, with optional extra options.",
  { file: z.string(), format: z.enum(["png", "jpg", "webp", "avif", "tiff"]), options: z.string().default("") },
  async ({ file, format, options }) => {
    const src = inLibrary(file);
    const dst = src.replace(/\.[^.]+$/, `.${format}`);
    // ruleid: tool-input-to-shell
    const { stderr } = await exec(`magick "${src}" ${options} "${dst}"`);
    return { content: [{ type: "text", text: stderr || `wrote ${dst}` }] };
  },
);

server.tool(
  "strip_metadata",
  "Remove EXIF/GPS metadata from an image in the library.",
  { file: z.string() },
  { destructiveHint: true },
  async ({ file }) => {
    const src = inLibrary(file);
    await new Promise<void>((resolve, reject) => {
      // ok: tool-input-to-shell
      const child = cp.spawn("exiftool", ["-all=", "-overwrite_original", src], { stdio: "ignore" });
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exiftool ${code}`))));
    });
    return { content: [{ type: "text", text: "metadata removed" }] };
  },
);

server.tool(
  "import_from_url",
  "Download an image from an approved image host into the library.",
  { url: z.string().url(), name: z.string().regex(/^[\w-]{1,64}\.(jpg|png|webp)$/) },
  async ({ url, name }) => {
    const u = new URL(url);
    if (u.protocol !== "https:" || !IMAGE_HOSTS.has(u.hostname)) {
      return { isError: true, content: [{ type: "text", text: `host ${u.hostname} is not an approved image host` }] };
    }
    // ok: tool-input-to-url
    const res = await fetch(u, { redirect: "error" });
    const buf = Buffer.from(await res.arrayBuffer());
    // ok: tool-input-to-path
    await sharp(buf).toFile(path.join(LIBRARY, "imported", name));
    return { content: [{ type: "text", text: `imported ${name}` }] };
  },
);

await server.connect(new StdioServerTransport());
