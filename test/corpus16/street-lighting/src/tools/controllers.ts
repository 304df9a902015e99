import { z } from "zod";
import { BaseTool, type ToolResult } from "./base.js";

export class ControllerFirmwareTool extends BaseTool {
  readonly name = "controller_firmware";
  readonly description = "Ask a segment controller which firmware it runs.";
  readonly schema = z.object({ controllerUrl: z.string().url() });

  protected async execute({ controllerUrl }: z.infer<typeof this.schema>): Promise<ToolResult> {
    const endpoint = new URL("/api/v1/firmware", controllerUrl);
    // ruleid: tool-input-to-url
    const res = await fetch(endpoint, { signal: AbortSignal.timeout(5000) });
    return this.text(await res.text());
  }
}

export class CmsSearchTool extends BaseTool {
  readonly name = "cms_search";
  readonly description = "Search the central management system for assets.";
  readonly schema = z.object({
    // ruleid: weak-input-schema
    filter: z.record(z.any()),
    page: z.number().int().min(1).default(1),
  });

  protected async execute({ filter, page }: z.infer<typeof this.schema>): Promise<ToolResult> {
    const qs = new URLSearchParams({ page: String(page), q: JSON.stringify(filter) });
    // ok: tool-input-to-url
    const res = await fetch(`${this.ctx.cmsBaseUrl}/assets/search?${qs}`);
    return this.text(await res.text());
  }
}
