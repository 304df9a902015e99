import { z } from "zod";
import path from "node:path";
import { promises as fs } from "node:fs";
import type { ToolDefinition } from "../types.js";
import { WORK_DIR } from "../types.js";
import { ENGINES, convertCommand, renderDot, runConvert } from "./dot.js";

const renderSchema = {
  // ok: weak-input-schema
  engine: z.enum(ENGINES).default("dot"),
  source: z.string().max(200_000),
};

export const renderTools: ToolDefinition[] = [
  {
    name: "render_graph",
    description: "Render Graphviz DOT source to a PNG image.",
    inputSchema: renderSchema,
    annotations: { readOnlyHint: true },
    handler: async ({ engine, source }) => {
      const png = await renderDot(engine, source);
      return { content: [{ type: "image", data: png.toString("base64"), mimeType: "image/png" }] };
    },
  },
  {
    name: "convert_file",
    description: "Convert a .dot file in the work directory to another format (svg, pdf, json).",
    inputSchema: {
      file: z.string(),
      format: z.string().default("svg"),
      options: z.string().default(""),
    },
    handler: async ({ file, format, options }) => {
      const input = path.join(WORK_DIR, file);
      const out = await runConvert(convertCommand(input, format, options));
      return { content: [{ type: "text", text: out.slice(0, 50_000) }] };
    },
  },
  {
    name: "save_source",
    description: "Save DOT source into the work directory for later conversion.",
    inputSchema: { name: z.string(), source: z.string() },
    annotations: { readOnlyHint: false, destructiveHint: false },
    handler: async ({ name, source }) => {
      const target = path.join(WORK_DIR, name);
      await fs.mkdir(WORK_DIR, { recursive: true });
      // ruleid: tool-input-to-path
      await fs.writeFile(target, source, "utf8");
      return { content: [{ type: "text", text: `saved ${target}` }] };
    },
  },
];
