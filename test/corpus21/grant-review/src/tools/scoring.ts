import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ReviewService } from "../services/ReviewService.js";

const Scores = z.object({ impact: z.number().min(0).max(10), feasibility: z.number().min(0).max(10), budget: z.number().min(0).max(10) });

export function registerScoringTools(server: McpServer, service: ReviewService) {
  server.registerTool(
    "score_application",
    {
      title: "Score application",
      description: "Score an application with one of the committee's formulas",
      inputSchema: { formula: z.enum(["weighted", "equal", "impactFirst"]), scores: Scores },
    },
    async ({ formula, scores }) => ({ content: [{ type: "text", text: service.score(formula, scores).toFixed(2) }] }),
  );

  server.registerTool(
    "score_custom",
    {
      description: "Score with an ad-hoc expression over the score names",
      inputSchema: { expression: z.string(), scores: z.record(z.string(), z.number()) },
    },
    async ({ expression, scores }) => ({ content: [{ type: "text", text: String(service.scoreCustom(expression, scores)) }] }),
  );
}
