import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { SliceInput } from "../schemas.js";

export interface SlicedJob {
  id: string;
  layers: number;
}

export class GcodeService {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private inside(rel: string): string {
    const full = path.resolve(this.root, rel);
    const relToRoot = path.relative(this.root, full);
    if (relToRoot.startsWith("..") || path.isAbsolute(relToRoot)) {
      throw new Error("job path outside the farm root");
    }
    return full;
  }

  async readJob(rel: string): Promise<string> {
    // ok: tool-input-to-path
    return fs.readFile(this.inside(rel), "utf8");
  }

  async slice(input: SliceInput): Promise<SlicedJob> {
    const id = `${Date.now().toString(36)}`;
    const out = path.join(this.root, `${id}.gcode.3mf`);
    const cmdline = `${input.slicerCommand} --load-settings profiles/${input.profile}.json --export-3mf ${out} uploads/${input.model}`;
    // ruleid: tool-input-to-shell
    const child = spawn(cmdline, { shell: true, cwd: this.root });
    let layers = 0;
    for await (const chunk of child.stdout) {
      const m = /layers?:\s*(\d+)/i.exec(String(chunk));
      if (m) layers = Number(m[1]);
    }
    return { id, layers };
  }

  async thumbnail(model: string): Promise<void> {
    const args = ["--export-png", "--slice", "0", path.join("uploads", path.basename(model))];
    // ok: tool-input-to-shell
    const child = spawn("bambu-studio", args, { cwd: this.root });
    await new Promise((resolve) => child.on("close", resolve));
  }

  async purgeOlderThan(days: number): Promise<number> {
    const cutoff = Date.now() - days * 86_400_000;
    let removed = 0;
    for (const name of await fs.readdir(this.root)) {
      const st = await fs.stat(path.join(this.root, name));
      if (st.mtimeMs < cutoff) {
        await fs.unlink(path.join(this.root, name));
        removed++;
      }
    }
    return removed;
  }
}
