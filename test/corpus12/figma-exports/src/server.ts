import { FastMCP } from "fastmcp";
import { z } from "zod";
import { figmaGet, downloadImage } from "./figma.js";
import { writeExport, writeInside } from "./files.js";

const OUT_DIR = process.env.FIGMA_EXPORT_DIR ?? "./figma-exports";

const server = new FastMCP({ name: "figma-exports", version: "0.3.0" });

const FileKey = z.string().regex(/^[A-Za-z0-9]{10,40}$/);

server.addTool({
  name: "list_frames",
  description: "List the top-level frames of a Figma file",
  parameters: z.object({ fileKey: FileKey }),
  execute: async ({ fileKey }) => {
    const file = await figmaGet<{ document: { children: { children: { id: string; name: string }[] }[] } }>(`/files/${fileKey}?depth=2`);
    const frames = file.document.children.flatMap((page) => page.children);
    return frames.map((f) => `${f.id}\t${f.name}`).join("\n");
  },
});

server.addTool({
  name: "export_frame",
  description: "Render frames as PNG/SVG and save them in the export folder",
  parameters: z.object({
    fileKey: FileKey,
    nodeIds: z.array(z.string().regex(/^\d+:\d+$/)).min(1).max(20),
    format: z.enum(["png", "svg", "pdf"]).default("png"),
    fileName: z.string(),
  }),
  execute: async (args) => {
    const ids = args.nodeIds.join(",");
    const rendered = await figmaGet<{ images: Record<string, string> }>(`/images/${args.fileKey}?ids=${encodeURIComponent(ids)}&format=${args.format}`);
    const saved = await Promise.all(
      Object.entries(rendered.images).map(async ([nodeId, url], i) => {
        const buf = await downloadImage(url);
        return writeInside(OUT_DIR, `${args.fileName}-${i}.${args.format}`, buf).then(() => nodeId);
      }),
    );
    return `saved ${saved.length} renders`;
  },
});

server.addTool({
  name: "save_snapshot",
  description: "Save the raw JSON of a file under a name in the export folder",
  parameters: z.object({ fileKey: FileKey, name: z.string() }),
  execute: async ({ fileKey, name }) => {
    const file = await figmaGet<unknown>(`/files/${fileKey}`);
    await writeExport(OUT_DIR, name, Buffer.from(JSON.stringify(file)));
    return `snapshot saved as ${name}`;
  },
});

server.addTool({
  name: "import_reference_image",
  description: "Fetch a reference image from a URL so it can be compared with a frame",
  parameters: z.object({ imageUrl: z.string().url(), saveAs: z.string().regex(/^[a-z0-9-]+\.(png|jpg)$/) }),
  execute: async ({ imageUrl, saveAs }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(imageUrl, { redirect: "follow" });
    const buf = Buffer.from(await res.arrayBuffer());
    await writeInside(OUT_DIR, saveAs, buf);
    return `stored ${buf.length} bytes as ${saveAs}`;
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8080) } });
