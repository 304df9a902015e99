import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";

const EXPORT_ROOT = path.resolve(process.env.FISHFARM_EXPORTS ?? "/srv/fishfarm/exports");
const SENSOR_HUB = "https://sensorhub.fishfarm.example/api";

export async function oxygen(pen: string): Promise<unknown> {
  // ok: tool-input-to-url
  const res = await fetch(`${SENSOR_HUB}/pens/${encodeURIComponent(pen)}/oxygen?window=6h`);
  return res.json();
}

export async function writeExport(file: string, csv: string): Promise<string> {
  const target = path.resolve(EXPORT_ROOT, file);
  const rel = path.relative(EXPORT_ROOT, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("export must stay inside the exports folder");
  // ok: tool-input-to-path
  await fs.writeFile(target, csv, "utf8");
  return target;
}

export function feedCamera(pen: string, seconds: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    const child = spawn(`camctl record --pen ${pen} --seconds ${seconds} --out /tmp/${pen}.mp4`, { shell: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`camctl exited ${code}`))));
  });
}

export async function labSample(labUrl: string, pen: string): Promise<unknown> {
  const url = new URL(labUrl);
  url.searchParams.set("pen", pen);
  // ruleid: tool-input-to-url
  const res = await fetch(url.toString());
  return res.json();
}
