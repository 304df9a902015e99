import { promises as fs } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(process.env.FITTING_DATA ?? "./fittings");

export async function savePatientFile(patientId: string, name: string, body: string): Promise<string> {
  const dir = path.join(ROOT, patientId);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  // ok: tool-input-to-path
  await fs.writeFile(file, body, "utf8");
  return file;
}

export async function readPatientFile(patientId: string, name: string): Promise<string> {
  // ok: tool-input-to-path
  return fs.readFile(path.join(ROOT, patientId, name), "utf8");
}
