import { FastMCP, imageContent } from "fastmcp";
import { z } from "zod";
import { THEMES, renderMermaid, renderPlantUml } from "./render.js";
import { fillPlain, fillTemplate, loadTemplate, restoreSession, restoreSessionJson } from "./templates.js";

const server = new FastMCP({ name: "mermaid-render", version: "0.7.0" });

server.addTool({
  name: "render_mermaid",
  description: "Render a Mermaid diagram to SVG or PNG.",
  parameters: z.object({ source: z.string().max(100_000), theme: z.enum(THEMES).default("default"), format: z.enum(["svg", "png"]).default("svg") }),
  execute: async ({ source, theme, format }) => {
    const bytes = await renderMermaid(source, { theme, format });
    return format === "png" ? imageContent({ buffer: bytes }) : bytes.toString("utf8");
  },
});

server.addTool({
  name: "render_plantuml",
  description: "Render a PlantUML diagram to SVG.",
  parameters: z.object({ source: z.string().max(100_000) }),
  execute: async (args) => renderPlantUml(args.source),
});

server.addTool({
  name: "render_template",
  description: "Render one of the stored diagram templates, replacing {{key}} placeholders with data.",
  parameters: z.object({ template: z.string(), data: z.record(z.string(), z.string()).default({}) }),
  execute: async ({ template, data }) => {
    const body = await loadTemplate(template);
    return fillPlain(body, data);
  },
});

server.addTool({
  name: "render_inline_template",
  description: "Render a template given inline; {{expressions}} are evaluated over data.",
  parameters: z.object({ template: z.string().max(50_000), data: z.record(z.string(), z.string()).default({}) }),
  execute: async ({ template, data }) => fillTemplate(template, data),
});

server.addTool({
  name: "restore_session",
  description: "Restore diagrams saved by export_session.",
  parameters: z.object({ blob: z.string(), legacy: z.boolean().default(false) }),
  execute: async ({ blob, legacy }) => JSON.stringify(legacy ? restoreSession(blob) : restoreSessionJson(blob)),
});

server.start({ transportType: "stdio" });
