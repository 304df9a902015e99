import { z } from "zod";
import { spawn } from "node:child_process";
import { ControllerOverrides, ScheduleSchema, type KilnConfig } from "./schemas.js";

const CONES = ["022", "06", "04", "5", "6", "10"] as const;

function text(t: string) {
  return { content: [{ type: "text" as const, text: t }] };
}

export function makeKilnTools(defaults: KilnConfig) {
  return [
    {
      name: "kiln_status",
      description: "Read current temperature and segment from the kiln controller",
      shape: { overrides: ControllerOverrides.optional() },
      run: async ({ overrides }: { overrides?: z.infer<typeof ControllerOverrides> }) => {
        const cfg = { ...defaults, ...overrides };
        // ruleid: tool-input-to-url
        const res = await fetch(`${cfg.controllerBase}/api/status`, { signal: AbortSignal.timeout(cfg.timeoutMs ?? 3000) });
        return text(await res.text());
      },
    },
    {
      name: "start_firing",
      description: "Upload a schedule and start firing to a cone",
      shape: { cone: z.enum(CONES), schedule: ScheduleSchema },
      run: async ({ cone, schedule }: { cone: (typeof CONES)[number]; schedule: z.infer<typeof ScheduleSchema> }) => {
        // ok: tool-input-to-url
        const res = await fetch(`${defaults.controllerBase}/api/fire?cone=${encodeURIComponent(cone)}`, { method: "POST", body: JSON.stringify(schedule) });
        return text(`controller answered ${res.status}`);
      },
    },
    {
      name: "export_log_chart",
      description: "Render a firing log as a PNG chart with gnuplot",
      shape: { firingId: z.string(), title: z.string() },
      run: async ({ firingId, title }: { firingId: string; title: string }) => {
        const script = `set terminal png; set title "${title}"; plot "${defaults.logDir}/${firingId}.csv" using 1:2 with lines`;
        // ruleid: tool-input-to-shell
        const child = spawn("sh", ["-c", `gnuplot -e '${script}' > /tmp/${firingId}.png`]);
        await new Promise((resolve) => child.on("close", resolve));
        return text(`/tmp/${firingId}.png`);
      },
    },
  ];
}
