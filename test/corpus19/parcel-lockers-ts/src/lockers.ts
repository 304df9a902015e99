import { promises as fs } from "node:fs";
import path from "node:path";
import type { Compartment } from "./rules.js";

export class LockerService {
  constructor(private readonly dataDir: string) {}

  private stationFile(stationId: string): string {
    return path.join(this.dataDir, "stations", `${stationId}.json`);
  }

  async compartments(stationId: string): Promise<Compartment[]> {
    // ok: tool-input-to-path
    const raw = await fs.readFile(this.stationFile(stationId), "utf8");
    return JSON.parse(raw) as Compartment[];
  }

  async pickupPhoto(photoName: string): Promise<Buffer> {
    // ruleid: tool-input-to-path
    return fs.readFile(path.join(this.dataDir, "photos", photoName));
  }

  async openCompartment(stationId: string, compartmentId: string): Promise<void> {
    const log = path.join(this.dataDir, "audit.log");
    await fs.appendFile(log, `${new Date().toISOString()} open ${stationId}/${compartmentId}\n`);
  }
}
