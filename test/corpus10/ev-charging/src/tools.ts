import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import got from "got";
import v8 from "node:v8";
import { z } from "zod";
import { newChargerApiKey } from "./auth.js";
import { assertFirmwareUrl } from "./net.js";

const CSMS_URL = process.env.CSMS_URL ?? "https://csms.internal.example.com";
const CHARGER_ID = z.string().regex(/^[A-Z0-9-]{4,32}$/);

interface Connector {
  connectorId: number;
  status: "Available" | "Charging" | "Faulted" | "Unavailable";
}

export function registerChargerTools(server: McpServer) {
  server.tool("connector_status", "Status of each connector of a charge point", { chargerId: z.string() }, async ({ chargerId }, extra) => {
    // ok: tool-input-to-url
    const res = await fetch(`${CSMS_URL}/api/chargepoints/${encodeURIComponent(chargerId)}/connectors`, {
      // ok: token-passthrough
      headers: { Authorization: `Bearer ${process.env.CSMS_SERVICE_TOKEN}` },
    });
    const connectors = (await res.json()) as Connector[];
    return { content: [{ type: "text", text: connectors.map((c) => `#${c.connectorId} ${c.status}`).join("\n") }] };
  });

  server.tool(
    "remote_start",
    "Start a charging session on a connector for an RFID tag",
    { chargerId: CHARGER_ID, connectorId: z.number().int().min(1).max(4), idTag: z.string().max(20) },
    async ({ chargerId, connectorId, idTag }, extra) => {
      const res = await fetch(`${CSMS_URL}/api/chargepoints/${chargerId}/remote-start`, {
        method: "POST",
        // ruleid: token-passthrough
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${extra.authInfo?.token}` },
        body: JSON.stringify({ connectorId, idTag }),
      });
      return { content: [{ type: "text", text: `CSMS answered ${res.status}` }] };
    },
  );

  server.tool(
    "update_firmware",
    "Ask a charge point to install firmware from a vendor URL",
    { chargerId: CHARGER_ID, firmwareUrl: z.string().url() },
    async ({ chargerId, firmwareUrl }) => {
      const url = await assertFirmwareUrl(firmwareUrl);
      // ok: tool-input-to-url
      const manifest = await got(new URL("manifest.json", url)).json<{ version: string; sha256: string }>();
      await got.post(`${CSMS_URL}/api/chargepoints/${chargerId}/update-firmware`, { json: { location: url.href, ...manifest } });
      return { content: [{ type: "text", text: `queued firmware ${manifest.version} for ${chargerId}` }] };
    },
  );

  server.tool(
    "replay_meter_values",
    "Replay an OCPP MeterValues frame captured from a charger (JSON array)",
    { frame: z.string() },
    async ({ frame }) => {
      // ok: unsafe-deserialization
      const [type, msgId, action, payload] = JSON.parse(frame) as [number, string, string, Record<string, unknown>];
      if (type !== 2 || action !== "MeterValues") throw new Error("not a MeterValues CALL frame");
      return { content: [{ type: "text", text: `${msgId}: ${JSON.stringify(payload).slice(0, 2000)}` }] };
    },
  );

  server.tool(
    "restore_session_cache",
    "Restore the session cache from a base64 snapshot exported by `export_session_cache`",
    { snapshot: z.string() },
    async ({ snapshot }) => {
      // ruleid: unsafe-deserialization
      const sessions = v8.deserialize(Buffer.from(snapshot, "base64")) as Map<string, unknown>;
      return { content: [{ type: "text", text: `restored ${sessions.size} sessions` }] };
    },
  );

  server.tool("provision_charger", "Create an API key for a new charge point", { chargerId: CHARGER_ID }, async ({ chargerId }) => {
    const apiKey = newChargerApiKey();
    await got.post(`${CSMS_URL}/api/chargepoints`, { json: { id: chargerId, apiKey } });
    return { content: [{ type: "text", text: `charger ${chargerId} provisioned; key shown once: ${apiKey}` }] };
  });
}
