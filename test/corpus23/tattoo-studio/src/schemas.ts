import { z } from "zod";

export const designIdSchema = z.string().regex(/^[a-z0-9-]{3,40}$/);

export const renderSchema = {
  designId: designIdSchema,
  size: z.enum(["small", "medium", "large"]),
  skinTone: z.string().regex(/^#[0-9a-f]{6}$/i).optional(),
};

export const stencilSchema = {
  designFile: z.string(),
  outputName: z.string(),
  options: z.record(z.string(), z.string()).default({}),
};

export const importSchema = {
  sourceUrl: z.string().url(),
  artist: z.string(),
};

export interface StudioDeps {
  designsRoot: string;
  stencilsRoot: string;
  render: import("./services/renderService.js").RenderService;
  log: (msg: string) => void;
}
