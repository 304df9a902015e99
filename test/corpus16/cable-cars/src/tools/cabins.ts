import https from "node:https";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { assertTelemetryUrl } from "../util/net.js";
import type { Ctx } from "../ctx.js";

export function registerCabinTools(server: McpServer, ctx: Ctx) {
  server.tool(
    "cabin_telemetry",
    "Read wind, load and door state from a line's telemetry endpoint.",
    { endpoint: z.string().url() },
    async ({ endpoint }) => {
      const url = await assertTelemetryUrl(endpoint);
      // ok: tool-input-to-url
      const res = await fetch(url, { headers: { authorization: `Bearer ${ctx.telemetryToken}` } });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.tool(
    "haul_rope_report",
    "Latest haul rope magnetic inspection report from the inspection contractor.",
    { line: z.enum(["nord", "sued"]) },
    async ({ line }) => {
      // ruleid: tls-verification-disabled
      const agent = new https.Agent({ rejectUnauthorized: false });
      const body = await new Promise<string>((resolve, reject) => {
        https.get(`https://inspections.ropetest.example/reports/${line}/latest`, { agent }, (res) => {
          let data = "";
          res.on("data", (c) => (data += c));
          res.on("end", () => resolve(data));
        }).on("error", reject);
      });
      return { content: [{ type: "text", text: body }] };
    },
  );
}
