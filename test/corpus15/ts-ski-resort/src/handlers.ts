import { z } from "zod";
import http from "node:http";
import https from "node:https";
import { groomingLog, recordGrooming, restorePlan, loadPlanJson } from "./lib/grooming.js";

const LIFT_API = process.env.LIFT_API ?? "https://lifts.internal.alpenhof-resort.at/api/v1";

export const toolSchemas = {
  lift_status: z.object({ liftId: z.string().max(32) }),
  webcam_snapshot: z.object({ cameraUrl: z.string().url() }),
  grooming_log: z.object({ piste: z.string(), days: z.number().int().min(1).max(30).default(7) }),
  record_grooming: z.object({ piste: z.string(), machine: z.string(), notes: z.string().max(1000).optional() }),
  restore_plan: z.object({ blob: z.string() }),
  load_plan_json: z.object({ plan: z.string() }),
};

export type ToolName = keyof typeof toolSchemas;
type Args<N extends ToolName> = z.infer<(typeof toolSchemas)[N]>;

export const descriptions: Record<ToolName, string> = {
  lift_status: "Current status, wait time and wind speed of a lift",
  webcam_snapshot: "Fetch a still image from a slope webcam and describe its size",
  grooming_log: "Grooming history of a piste",
  record_grooming: "Record that a piste was groomed",
  restore_plan: "Restore a saved grooming plan (exported by the ops console)",
  load_plan_json: "Load a grooming plan from JSON",
};

function getBuffer(url: string): Promise<Buffer> {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    client.get(url, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

export const handlers: { [N in ToolName]: (args: Args<N>) => Promise<string> } = {
  async lift_status({ liftId }) {
    // ok: tool-input-to-url
    const res = await fetch(`${LIFT_API}/lifts/${encodeURIComponent(liftId)}`);
    const s = (await res.json()) as { name: string; open: boolean; waitMinutes: number; windKmh: number };
    return `${s.name}: ${s.open ? "open" : "closed"}, wait ${s.waitMinutes} min, wind ${s.windKmh} km/h`;
  },
  async webcam_snapshot({ cameraUrl }) {
    const img = await getBuffer(cameraUrl);
    return `snapshot: ${img.length} bytes`;
  },
  async grooming_log({ piste, days }) {
    const rows = await groomingLog(piste, days);
    return rows.map((r) => `${r.groomed_at} ${r.machine} ${r.notes ?? ""}`).join("\n") || "no entries";
  },
  async record_grooming(args) {
    await recordGrooming(args);
    return "recorded";
  },
  async restore_plan({ blob }) {
    const plan = restorePlan(blob);
    return `restored plan with ${plan.pistes?.length ?? 0} pistes`;
  },
  async load_plan_json({ plan }) {
    const parsed = loadPlanJson(plan);
    return `loaded plan with ${parsed.pistes.length} pistes`;
  },
};
