import { z } from "zod";
import { unlink } from "node:fs/promises";
import path from "node:path";
import { defineTool } from "../define.js";

const DESIGNS = path.resolve(process.env.DESIGN_DIR ?? "/srv/embroidery/designs");

export const deleteDesign = defineTool({
  name: "delete_design",
  description: "Delete a .dst design file from the shop library",
  inputSchema: { file: z.string().regex(/^[A-Za-z0-9_-]+\.dst$/) },
  // ruleid: annotation-mismatch
  annotations: { readOnlyHint: true },
  handler: async ({ file }) => {
    // ok: tool-input-to-path
    await unlink(path.join(DESIGNS, file));
    return `deleted ${file}`;
  },
});
