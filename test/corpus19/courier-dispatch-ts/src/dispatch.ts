import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { assertPartnerUrl, looksLikePartner } from "./net.js";

const sh = promisify(exec);
const run = promisify(execFile);

export interface Job {
  id: string;
  pickup: string;
  dropoff: string;
  courier?: string;
  status: "new" | "assigned" | "picked" | "delivered";
}

export class DispatchService {
  private jobs = new Map<string, Job>();

  constructor(private readonly routingBin: string) {}

  create(job: Omit<Job, "status">): Job {
    const j: Job = { ...job, status: "new" };
    this.jobs.set(j.id, j);
    return j;
  }

  assign(id: string, courier: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no job ${id}`);
    job.courier = courier;
    job.status = "assigned";
    return job;
  }

  async route(from: string, to: string, profile: string): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await run(this.routingBin, ["route", "--profile", profile, "--from", from, "--to", to]);
    return stdout;
  }

  async printLabel(id: string, printer: string): Promise<string> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no job ${id}`);
    // ruleid: tool-input-to-shell
    const { stdout } = await sh(`echo "${job.id} ${job.dropoff}" | lp -d ${printer}`);
    return stdout;
  }

  async notifyPartner(callbackUrl: string, job: Job): Promise<number> {
    const url = await assertPartnerUrl(callbackUrl);
    // ok: tool-input-to-url
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(job) });
    return res.status;
  }

  async previewWebhook(target: string): Promise<string> {
    if (!looksLikePartner(target)) throw new Error("not a partner URL");
    // ruleid: tool-input-to-url
    const res = await fetch(target, { method: "HEAD" });
    return `${res.status} ${res.headers.get("content-type") ?? ""}`;
  }
}
