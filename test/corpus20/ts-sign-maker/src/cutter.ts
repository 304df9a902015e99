import { z } from "zod";
import * as cp from "node:child_process";
import path from "node:path";

const JOBS = path.resolve(process.env.SIGN_JOBS ?? "/srv/signs/jobs");
const MATERIALS = { oracal651: 90, oracal751: 85, reflective: 140, sandblast: 120 } as const;

export function cutterTools(device: string) {
  return [
    {
      name: "plot_job",
      description: "Send an HPGL job to the vinyl cutter",
      parameters: z.object({ job: z.string(), copies: z.number().int().min(1).max(20) }),
      execute: async ({ job, copies }: { job: string; copies: number }) => {
        const file = `${JOBS}/${job}.plt`;
        // ruleid: tool-input-to-shell
        cp.execSync(`for i in $(seq ${copies}); do cat ${file} > ${device}; done`);
        return `sent ${job} x${copies}`;
      },
    },
    {
      name: "set_blade_force",
      description: "Set the blade force for a material",
      parameters: z.object({ material: z.enum(["oracal651", "oracal751", "reflective", "sandblast"]) }),
      execute: async ({ material }: { material: keyof typeof MATERIALS }) => {
        const force = MATERIALS[material];
        // ok: tool-input-to-shell
        cp.execSync(`echo 'FS${force};' > ${device}`);
        return `force ${force}g for ${material}`;
      },
    },
    {
      name: "weed_preview",
      description: "Render a weeding preview PNG with inkscape",
      parameters: z.object({ job: z.string().regex(/^[a-z0-9-]+$/) }),
      execute: async ({ job }: { job: string }) => {
        // ok: tool-input-to-shell
        cp.execFileSync("inkscape", [`${JOBS}/${job}.svg`, "--export-type=png", `--export-filename=${JOBS}/${job}.png`]);
        return `${job}.png`;
      },
    },
  ];
}
