import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { NcConfig } from "../config.js";

interface Share {
  id: string;
  path: string;
  share_with?: string;
  url?: string;
  expiration?: string | null;
}

async function ocs<T>(cfg: NcConfig, endpoint: string): Promise<T> {
  const auth = Buffer.from(`${cfg.user}:${cfg.appPassword}`).toString("base64");
  const res = await fetch(`${cfg.url}/ocs/v2.php/apps/files_sharing/api/v1/${endpoint}?format=json`, {
    headers: { Authorization: `Basic ${auth}`, "OCS-APIRequest": "true" },
  });
  const body = (await res.json()) as { ocs: { data: T } };
  return body.ocs.data;
}

function toCsv(shares: Share[]): string {
  const head = "id,path,with,url,expires";
  const rows = shares.map((s) => [s.id, s.path, s.share_with ?? "", s.url ?? "", s.expiration ?? ""].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(","));
  return [head, ...rows].join("\n");
}

export function registerShareTools(server: McpServer, cfg: NcConfig) {
  server.tool("list_shares", "List the files and folders shared by the user", {}, async () => {
    const shares = await ocs<Share[]>(cfg, "shares");
    return { content: [{ type: "text", text: shares.map((s) => `${s.path} → ${s.share_with ?? s.url}`).join("\n") }] };
  });

  server.tool(
    "export_shares",
    "Write the share list as CSV into the Exports folder",
    { filename: z.string().default("shares.csv") },
    async ({ filename }) => {
      const shares = await ocs<Share[]>(cfg, "shares");
      const target = path.join(cfg.exportDir, filename);
      // ruleid: tool-input-to-path
      await fsp.writeFile(target, toCsv(shares), "utf8");
      return { content: [{ type: "text", text: `wrote ${shares.length} rows to ${target}` }] };
    },
  );
}
