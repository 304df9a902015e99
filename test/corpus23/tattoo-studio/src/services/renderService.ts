import * as cp from "node:child_process";
import { promisify } from "node:util";
import * as path from "node:path";

const execAsync = promisify(cp.exec);
const execFileAsync = promisify(cp.execFile);

const SIZES = { small: "600x600", medium: "1200x1200", large: "2400x2400" } as const;

export interface StencilOptions { threshold?: string; invert?: string; [k: string]: string | undefined }

export class RenderService {
  constructor(private readonly designsRoot: string, private readonly stencilsRoot: string) {}

  async mockup(designId: string, size: keyof typeof SIZES, skinTone = "#c68642"): Promise<string> {
    const src = path.join(this.designsRoot, `${designId}.svg`);
    const out = path.join(this.stencilsRoot, `${designId}-${size}-mockup.png`);
    // ok: tool-input-to-shell
    await execFileAsync("rsvg-convert", ["-b", skinTone, "-s", SIZES[size], "-o", out, src]);
    return out;
  }

  async stencil(designFile: string, outputName: string, options: StencilOptions): Promise<string> {
    const opts = { threshold: "60%", invert: "no", ...options };
    const flags = Object.entries(opts).map(([k, v]) => `--${k}=${v}`).join(" ");
    const out = path.join(this.stencilsRoot, outputName);
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(`stencilgen ${flags} ${designFile} ${out}`);
    return stdout.trim() || out;
  }
}
