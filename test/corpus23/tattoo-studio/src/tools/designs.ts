import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { renderSchema, stencilSchema, importSchema, type StudioDeps } from "../schemas.js";
import { withErrorHandling } from "../utils/errors.js";
import { downloadTo } from "../utils/http.js";

export function registerDesignTools(server: McpServer, deps: StudioDeps) {
  server.tool(
    "render_mockup",
    "Render a design on a skin-tone background",
    renderSchema,
    withErrorHandling(async ({ designId, size, skinTone }) => deps.render.mockup(designId, size, skinTone)),
  );

  server.tool(
    "make_stencil",
    "Create a thermal-printer stencil from a design",
    stencilSchema,
    withErrorHandling(async (args) => deps.render.stencil(args.designFile, args.outputName, args.options)),
  );

  server.tool(
    "design_notes",
    "Read the artist notes of a design",
    { designFile: stencilSchema.designFile },
    withErrorHandling(async ({ designFile }) => {
      const full = path.resolve(deps.designsRoot, designFile);
      if (!full.startsWith(deps.designsRoot + path.sep)) throw new Error("outside designs");
      // ok: tool-input-to-path
      return fs.readFile(full.replace(/\.svg$/, ".md"), "utf8");
    }),
  );

  server.tool(
    "delete_design",
    "Delete a design file",
    { designFile: stencilSchema.designFile },
    withErrorHandling(async ({ designFile }) => {
      // ruleid: tool-input-to-path
      await fs.rm(path.join(deps.designsRoot, designFile), { force: true });
      deps.log(`deleted ${designFile}`);
      return "deleted";
    }),
  );

  server.tool(
    "import_flash",
    "Import a flash sheet from an artist's portfolio URL",
    importSchema,
    withErrorHandling(async ({ sourceUrl, artist }) => {
      const dest = path.join(deps.designsRoot, "flash", `${artist.replace(/[^a-z0-9]/gi, "_")}-${Date.now()}.png`);
      await downloadTo(sourceUrl, dest);
      return dest;
    }),
  );
}
