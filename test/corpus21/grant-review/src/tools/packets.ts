import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ReviewService } from "../services/ReviewService.js";

const AppId = z.string().regex(/^GA-\d{4}-\d{3,5}$/);

export function registerPacketTools(server: McpServer, service: ReviewService) {
  server.tool("bundle_packet", "Zip an application packet for the committee", { applicationId: AppId, outName: z.string() }, async ({ applicationId, outName }) => {
    const out = await service.bundlePacket(applicationId, outName);
    return { content: [{ type: "text", text: out }] };
  });

  server.tool("packet_checksum", "SHA-256 of the submitted packet PDF", { applicationId: AppId }, async ({ applicationId }) => ({
    content: [{ type: "text", text: await service.checksum(applicationId) }],
  }));

  server.tool("budget_sheet", "Read a budget sheet of an application", { applicationId: AppId, sheet: z.string() }, async ({ applicationId, sheet }) => ({
    content: [{ type: "text", text: await service.readBudget(applicationId, sheet) }],
  }));

  server.tool("funder_page", "Fetch a page of the funder portal", { pagePath: z.string() }, async ({ pagePath }) => ({
    content: [{ type: "text", text: (await service.fetchFunderPage(pagePath)).slice(0, 4000) }],
  }));
}
