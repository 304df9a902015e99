import { z } from "zod";
import serialize from "node-serialize";
import { defineTool } from "../define.js";

export const importDesign = defineTool({
  name: "import_design",
  description: "Import a design exported from the legacy digitizing station (base64 session blob)",
  inputSchema: { blob: z.string().max(200_000), format: z.enum(["legacy", "json"]) },
  handler: async ({ blob, format }) => {
    const text = Buffer.from(blob, "base64").toString("utf8");
    if (format === "json") {
      // ok: unsafe-deserialization
      const design = JSON.parse(text);
      return `imported ${design.name ?? "design"} (${design.stitches?.length ?? 0} stitches)`;
    }
    // ruleid: unsafe-deserialization
    const design = serialize.unserialize(text);
    return `imported ${design.name} from legacy station`;
  },
});
