import * as cp from "node:child_process";
import { promisify } from "node:util";
import { execFileAsync, run } from "./exec.js";

const execAsync = promisify(cp.exec);

export interface Vulnerability {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Severity: string;
}

export interface TrivyReport {
  Results?: { Target: string; Vulnerabilities?: Vulnerability[] }[];
}

const IMAGE_REF = /[a-z0-9]+([._\/-][a-z0-9]+)*(:[\w.-]+)?/;

export class TrivyService {
  constructor(private readonly cacheDir: string) {}

  image(ref: string, severities: string[]): TrivyReport {
    const sev = severities.join(",");
    const out = run(`trivy image --cache-dir ${this.cacheDir} --quiet --format json --severity ${sev} ${ref}`);
    return JSON.parse(out) as TrivyReport;
  }

  async filesystem(dir: string): Promise<TrivyReport> {
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("trivy", ["fs", "--cache-dir", this.cacheDir, "--quiet", "--format", "json", dir], { maxBuffer: 64 << 20 });
    return JSON.parse(stdout) as TrivyReport;
  }

  async sbom(ref: string, format: "cyclonedx" | "spdx-json"): Promise<string> {
    if (!IMAGE_REF.test(ref)) throw new Error(`not an image reference: ${ref}`);
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(`trivy image --format ${format} --quiet ${ref}`);
    return stdout;
  }

  version(): string {
    return run("trivy --version").split("\n")[0];
  }
}
