import { exec } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);
export const FRIGATE_URL = process.env.FRIGATE_URL ?? "http://frigate.lan:5000";

export interface FrigateEvent {
  id: string;
  camera: string;
  label: string;
  start_time: number;
  end_time: number | null;
  top_score: number;
}

export async function listEvents(camera: string, label: string | undefined, limit: number): Promise<FrigateEvent[]> {
  const qs = new URLSearchParams({ cameras: camera, limit: String(limit) });
  if (label) qs.set("labels", label);
  const res = await fetch(`${FRIGATE_URL}/api/events?${qs}`);
  return (await res.json()) as FrigateEvent[];
}

export async function frigateCli(args: string): Promise<string> {
  const { stdout } = await sh(`docker exec frigate python3 -m frigate.cli ${args}`, { timeout: 60_000 });
  return stdout;
}
