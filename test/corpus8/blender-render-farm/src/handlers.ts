import { exec } from "node:child_process";
import { promisify } from "node:util";
import type { JobStore } from "./jobs.js";

const sh = promisify(exec);

export interface Deps {
  jobs: JobStore;
  blender: string;
  outDir: string;
}

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

export function makeHandlers(deps: Deps) {
  return {
    async submit(spec: { blend: string; frameStart: number; frameEnd: number; engine: string }) {
      const id = await deps.jobs.insert(spec);
      return text(`job ${id} queued`);
    },

    async status(filter: { owner?: string; state?: string }) {
      const rows = await deps.jobs.list(filter);
      return text(JSON.stringify(rows));
    },

    async preview({ blend, frame, scene }: { blend: string; frame: number; scene?: string }) {
      const sceneFlag = scene ? `--scene ${scene}` : "";
      const out = `${deps.outDir}/preview_####`;
      // ruleid: tool-input-to-shell
      const { stdout } = await sh(`${deps.blender} -b ${blend} ${sceneFlag} -o ${out} -F PNG -f ${frame}`, { timeout: 300_000 });
      return text(stdout.split("\n").slice(-5).join("\n"));
    },

    async cancel(jobId: number) {
      await deps.jobs.cancel(jobId);
      return text(`job ${jobId} cancelled`);
    },
  };
}
