import { z } from "zod";
import { execSync, execFileSync } from "node:child_process";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { deviceFile } from "./paths.js";

interface BuildConfig {
  device: string;
  target: string;
  uploadPort: string;
  verbose: boolean;
}

const DEFAULTS: Omit<BuildConfig, "device"> = { target: "compile", uploadPort: "OTA", verbose: false };

function buildArgs(cfg: BuildConfig): string[] {
  const args = [cfg.target, deviceFile(cfg.device)];
  if (cfg.target === "upload") args.push("--device", cfg.uploadPort);
  if (cfg.verbose) args.unshift("--verbose");
  return args;
}

export function registerBuildTools(server: McpServer) {
  server.tool(
    "build_firmware",
    "Compile (or compile and upload) firmware for a device",
    {
      device: z.string().regex(/^[a-z0-9_-]+$/),
      target: z.enum(["compile", "upload"]).optional(),
      uploadPort: z.string().max(64).optional(),
      verbose: z.boolean().optional(),
    },
    async (args) => {
      const cfg: BuildConfig = { ...DEFAULTS, ...args } as BuildConfig;
      // ok: tool-input-to-shell
      const out = execFileSync("esphome", buildArgs(cfg), { encoding: "utf8", timeout: 600_000 });
      return { content: [{ type: "text", text: out.slice(-4000) }] };
    },
  );

  server.tool(
    "device_logs",
    "Tail the logs of a device",
    { device: z.string(), seconds: z.number().int().max(60).default(10) },
    async ({ device, seconds }) => {
      const opts = { ...DEFAULTS, device };
      // ruleid: tool-input-to-shell
      const out = execSync(`timeout ${seconds} esphome logs /config/esphome/${opts.device}.yaml --device ${opts.uploadPort}`, { encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    },
  );
}
