import { FastMCP, UserError } from "fastmcp";
import { CurvePresetInput, ExportPatchInput, ImportPatchInput, ModulationInput, TagPatchInput } from "./schemas.js";
import { parsePatch, sampleCurve, samplePreset } from "./patches.js";
import { exportPatch, listBank, savePatch } from "./library.js";
import { z } from "zod";

const server = new FastMCP({ name: "synth-patches", version: "0.9.0" });

server.addTool({
  name: "eval_modulation",
  description: "Sample a modulation curve expression at evenly spaced points",
  parameters: ModulationInput,
  execute: async (args) => JSON.stringify(sampleCurve(args.expression, args.points)),
});

server.addTool({
  name: "curve_preset",
  description: "Sample one of the built-in envelope curves",
  parameters: CurvePresetInput,
  execute: async ({ preset, points }) => JSON.stringify(samplePreset(preset, points)),
});

server.addTool({
  name: "list_bank",
  description: "Patches stored in a bank",
  parameters: z.object({ bank: z.string().regex(/^[a-z0-9-]{1,32}$/) }),
  execute: async ({ bank }) => (await listBank(bank)).join("\n"),
});

server.addTool({
  name: "import_patch",
  description: "Import a patch exported from the editor into a bank",
  parameters: ImportPatchInput,
  execute: async ({ bank, body, format }, { log }) => {
    const patch = parsePatch(body, format);
    const file = await savePatch(bank, patch);
    log.info("patch imported", { bank, name: patch.name });
    return `saved ${file}`;
  },
});

server.addTool({
  name: "tag_patch",
  description: "Attach free-form metadata to a patch",
  parameters: TagPatchInput,
  execute: async ({ bank, patch, meta }) => {
    if (!Object.keys(meta).length) throw new UserError("meta is empty");
    return `tagged ${bank}/${patch} with ${Object.keys(meta).join(", ")}`;
  },
});

server.addTool({
  name: "export_patch",
  description: "Copy a patch to the exports folder for sharing",
  parameters: ExportPatchInput,
  execute: async ({ bank, patch, dest }) => `exported to ${await exportPatch(bank, patch, dest)}`,
});

server.start({ transportType: "stdio" });
