import { z } from "zod";
import { defineTool, text } from "../defineTool.js";

export const forecastTool = defineTool({
  name: "wind_forecast",
  description: "Wind forecast (speed, gusts, direction) for a race area",
  inputSchema: {
    area: z.string().regex(/^[a-z0-9-]{2,32}$/).describe("race area slug, e.g. outer-harbour"),
    hours: z.number().int().min(1).max(48).default(12),
    provider_url: z.string().url().optional().describe("base URL of a visiting club's own forecast service"),
  },
  annotations: { readOnlyHint: true, openWorldHint: true },
  handler: async ({ area, hours, provider_url }) => {
    if (provider_url) {
      // ruleid: tool-input-to-url
      const res = await fetch(`${provider_url}/forecast?area=${area}&hours=${hours}`);
      return text(await res.text());
    }
    // ok: tool-input-to-url
    const res = await fetch(`https://wind.regatta.example.org/v1/areas/${encodeURIComponent(area)}/forecast?hours=${hours}`);
    if (!res.ok) return text(`forecast service answered ${res.status}`);
    return text(await res.text());
  },
});
