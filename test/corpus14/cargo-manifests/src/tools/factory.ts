import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { ManifestStore } from "../services/store.js";
import { consigneeShape, containerShape, exportShape, safeExportShape, shareShape } from "../schemas.js";

export interface FactoryOptions {
  exportDir: string;
  portalBase: string;
}

const toCsv = (rows: Record<string, unknown>[]) =>
  rows.length === 0 ? "" : [Object.keys(rows[0]).join(","), ...rows.map((r) => Object.values(r).join(","))].join("\n");

const out = (text: string) => ({ content: [{ type: "text" as const, text }] });

export function makeManifestTools(store: ManifestStore, opts: FactoryOptions) {
  return [
    {
      name: "manifest_by_container",
      config: { description: "Manifest lines declared for a container.", inputSchema: containerShape },
      handler: async ({ containerNo }: { containerNo: string }) => out(JSON.stringify(await store.byContainer(containerNo))),
    },
    {
      name: "manifest_by_consignee",
      config: { description: "Manifest lines by consignee name (substring).", inputSchema: consigneeShape },
      handler: async (args: { consignee: string }) => out(JSON.stringify(await store.byConsignee(args.consignee))),
    },
    {
      name: "export_voyage_csv",
      config: { description: "Export a voyage manifest to CSV for customs.", inputSchema: exportShape },
      handler: async ({ voyage, fileName }: { voyage: string; fileName: string }) => {
        const rows = await store.byVoyage(voyage);
        const target = path.join(opts.exportDir, `${fileName}.csv`);
        // ruleid: tool-input-to-path
        await fs.writeFile(target, toCsv(rows as any), "utf8");
        return out(`wrote ${rows.length} lines to ${target}`);
      },
    },
    {
      name: "export_voyage_csv_v2",
      config: { description: "Export a voyage manifest to CSV (validated file name).", inputSchema: safeExportShape },
      handler: async ({ voyage, fileName }: { voyage: string; fileName: string }) => {
        const rows = await store.byVoyage(voyage);
        const target = path.join(opts.exportDir, `${voyage}-${fileName}.csv`);
        // ok: tool-input-to-path
        await fs.writeFile(target, toCsv(rows as any), "utf8");
        return out(`wrote ${rows.length} lines`);
      },
    },
    {
      name: "share_voyage",
      config: { description: "Create a time-limited link for the agent portal.", inputSchema: shareShape },
      handler: async ({ voyage, hours }: { voyage: string; hours: number }) => {
        // ruleid: insecure-randomness
        const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
        await store.saveShareLink(voyage, token, new Date(Date.now() + hours * 3600_000));
        return out(`${opts.portalBase}/s/${token}`);
      },
    },
    {
      name: "share_voyage_secure",
      config: { description: "Create a time-limited link (v2 tokens).", inputSchema: shareShape },
      handler: async ({ voyage, hours }: { voyage: string; hours: number }) => {
        // ok: insecure-randomness
        const token = randomBytes(24).toString("base64url");
        await store.saveShareLink(voyage, token, new Date(Date.now() + hours * 3600_000));
        return out(`${opts.portalBase}/s/${token}`);
      },
    },
  ];
}
