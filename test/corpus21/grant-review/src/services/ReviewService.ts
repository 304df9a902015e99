import { execa } from "execa";
import http from "node:http";
import path from "node:path";
import { promises as fs } from "node:fs";

export interface ReviewConfig {
  packetDir: string;
  funderPortal: string;
}

const FORMULAS: Record<string, string> = {
  weighted: "return impact * 0.5 + feasibility * 0.3 + budget * 0.2;",
  equal: "return (impact + feasibility + budget) / 3;",
  impactFirst: "return impact * 0.7 + Math.min(feasibility, budget) * 0.3;",
};

export class ReviewService {
  constructor(private readonly cfg: ReviewConfig) {}

  score(formulaName: string, s: { impact: number; feasibility: number; budget: number }): number {
    const body = FORMULAS[formulaName];
    if (!body) throw new Error(`unknown formula ${formulaName}`);
    // ok: tool-input-to-eval
    const fn = new Function("impact", "feasibility", "budget", body) as (a: number, b: number, c: number) => number;
    return fn(s.impact, s.feasibility, s.budget);
  }

  scoreCustom(expression: string, s: Record<string, number>): number {
    const names = Object.keys(s);
    // ruleid: tool-input-to-eval
    const fn = new Function(...names, `return ${expression};`);
    return fn(...names.map((n) => s[n]));
  }

  async bundlePacket(applicationId: string, outName: string) {
    const src = path.join(this.cfg.packetDir, applicationId);
    // ruleid: tool-input-to-shell
    const { stdout } = await execa(`zip -r ${outName}.zip ${src}`, { shell: true });
    return stdout;
  }

  async checksum(applicationId: string) {
    // ok: tool-input-to-shell
    const { stdout } = await execa("sha256sum", ["--", path.join(this.cfg.packetDir, applicationId, "packet.pdf")]);
    return stdout.split(" ")[0];
  }

  async readBudget(applicationId: string, sheet: string) {
    const base = path.resolve(this.cfg.packetDir);
    const file = path.resolve(base, applicationId, `${sheet}.csv`);
    if (!file.startsWith(base + path.sep)) throw new Error("outside packet dir");
    // ok: tool-input-to-path
    return fs.readFile(file, "utf8");
  }

  fetchFunderPage(pagePath: string): Promise<string> {
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-url
      http.get(`http://${pagePath}`, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(body));
      }).on("error", reject);
    });
  }
}
