import { execa } from "execa";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { inVault } from "../util/paths.js";

async function probe(file: string) {
  // ok: tool-input-to-shell
  const { stdout } = await execa("mediainfo", ["--Output=JSON", file], { timeout: 30_000 });
  return JSON.parse(stdout);
}

function proxyCommand(src: string, preset: string, out: string): string {
  return `make-proxy --preset ${preset} --in "${src}" --out "${out}"`;
}

export function registerMediaTools(server: McpServer) {
  server.registerTool(
    "probe_reel",
    {
      description: "Technical metadata (codec, frame rate, duration) of a scanned reel in the vault.",
      inputSchema: { file: z.string().describe("vault-relative path, e.g. 'scans/1954/R-0113.mkv'") },
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      const info = await probe(inVault(file));
      return { content: [{ type: "text", text: JSON.stringify(info.media?.track?.[0] ?? {}) }] };
    },
  );

  server.registerTool(
    "make_viewing_proxy",
    {
      description: "Create a low-resolution viewing proxy of a reel scan.",
      inputSchema: {
        file: z.string(),
        preset: z.string().default("h264-720"),
      },
    },
    async ({ file, preset }) => {
      const src = inVault(file);
      const out = src.replace(/\.\w+$/, ".proxy.mp4");
      // ruleid: tool-input-to-shell
      await execa(proxyCommand(src, preset, out), { shell: true });
      return { content: [{ type: "text", text: `proxy written: ${out}` }] };
    },
  );
}
