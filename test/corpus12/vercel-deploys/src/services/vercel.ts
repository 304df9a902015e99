import { exec, execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export class VercelService {
  constructor(private readonly token: string, private readonly projectsRoot: string) {}

  private env() {
    return { ...process.env, VERCEL_TOKEN: this.token, VERCEL_TELEMETRY_DISABLED: "1" };
  }

  async deploy(project: string, prod: boolean) {
    const cwd = path.join(this.projectsRoot, project);
    const args = ["deploy", "--yes", "--cwd", cwd];
    if (prod) args.push("--prod");
    // ok: tool-input-to-shell
    return execFileAsync("vercel", args, { env: this.env(), maxBuffer: 8 * 1024 * 1024 });
  }

  async logs(deployment: string) {
    // ruleid: tool-input-to-shell
    return execAsync(`vercel logs ${deployment} --token ${this.token}`, { maxBuffer: 8 * 1024 * 1024 });
  }

  async inspect(deploymentId: string) {
    // ok: tool-input-to-shell
    return execFileAsync("sh", ["-c", 'vercel inspect "$DEPLOYMENT_ID" --timeout 30s'], { env: { ...this.env(), DEPLOYMENT_ID: deploymentId } });
  }

  async alias(deployment: string, domain: string) {
    // ok: tool-input-to-shell
    return execAsync(`vercel alias set ${deployment} ${domain}`, { env: this.env() });
  }

  async remove(deploymentId: string) {
    return execFileAsync("vercel", ["remove", deploymentId, "--yes"], { env: this.env() });
  }
}
