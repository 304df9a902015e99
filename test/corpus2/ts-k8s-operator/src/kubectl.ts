import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { writeFile } from "node:fs/promises";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export class Kubectl {
  constructor(private readonly kubeconfig?: string) {}

  private base(): string {
    return this.kubeconfig ? `kubectl --kubeconfig ${this.kubeconfig}` : "kubectl";
  }

  /** Free-form kubectl invocation used by describe(). */
  async raw(subcommand: string): Promise<string> {
    const command = `${this.base()} ${subcommand}`;
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(command);
    return stdout;
  }

  async safeGet(kind: string, namespace: string, selector: string): Promise<string> {
    const args = ["get", kind, "-n", namespace, "-o", "wide"];
    if (selector) args.push("-l", selector);
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("kubectl", args);
    return stdout;
  }

  async apply(name: string, manifest: string): Promise<string> {
    const file = `/tmp/k8s-operator-${name}.yaml`;
    // ruleid: tool-input-to-path
    await writeFile(file, manifest, "utf8");
    return this.raw(`apply -f ${file}`);
  }

  async scale(deployment: string, replicas: number, namespace: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(this.base() + " scale deployment/" + deployment + " --replicas=" + replicas + " -n " + namespace);
    return stdout;
  }
}
