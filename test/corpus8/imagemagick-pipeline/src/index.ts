import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import { ConvertSpec, buildConvertArgs, buildMontageCommand } from "./commands.js";
import { runArgv, runShell } from "./exec.js";
import { resolveAsset } from "./assets.js";

const server = new FastMCP({ name: "imagemagick-pipeline", version: "0.8.0" });

const Geometry = z.string().regex(/^[0-9]{1,4}x[0-9]{1,4}[!^>]?$/);

server.addTool({
  name: "resize",
  description: "Resize an asset and write a derivative",
  parameters: z.object({
    asset: z.string(),
    geometry: Geometry,
    format: z.enum(["webp", "png", "jpg", "avif"]),
    quality: z.number().int().min(1).max(100).default(82),
  }),
  execute: async (args) => {
    const spec: ConvertSpec = { ...args, input: resolveAsset(args.asset) };
    const argv = buildConvertArgs(spec);
    await runArgv("magick", argv);
    return `written ${argv[argv.length - 1]}`;
  },
});

server.addTool({
  name: "contact_sheet",
  description: "Build a contact sheet from several assets with a label",
  parameters: z.object({
    assets: z.array(z.string()).min(2).max(36),
    label: z.string().max(80),
    tile: z.string().default("6x"),
  }),
  execute: async ({ assets, label, tile }) => {
    const inputs = assets.map(resolveAsset);
    const cmd = buildMontageCommand(inputs, label, tile);
    await runShell(cmd);
    return "contact sheet written";
  },
});

server.addTool({
  name: "identify",
  description: "Report the format and size of an asset",
  parameters: z.object({ asset: z.string() }),
  execute: async ({ asset }) => {
    try {
      return await runArgv("magick", ["identify", "-format", "%m %wx%h", resolveAsset(asset)]);
    } catch (err) {
      throw new UserError("identify failed");
    }
  },
});

server.start({ transportType: "stdio" });
