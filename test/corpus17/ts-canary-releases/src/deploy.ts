import { execa, execaCommand } from "execa";

export interface RolloutConfig {
  service: string;
  image: string;
  weight: number;
  namespace: string;
  analysisTemplate?: string;
}

export const DEFAULT_ROLLOUT: RolloutConfig = {
  service: "web",
  image: "registry.example.com/web:latest",
  weight: 10,
  namespace: "production",
};

export function buildPromoteCommand(cfg: RolloutConfig): string {
  return `kubectl argo rollouts set image ${cfg.service} ${cfg.service}=${cfg.image} -n ${cfg.namespace}`;
}

export async function promote(cfg: RolloutConfig): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execaCommand(buildPromoteCommand(cfg), { shell: true });
  return stdout;
}

export async function setWeight(service: string, weight: number, namespace: string): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("kubectl", ["argo", "rollouts", "set", "weight", service, String(weight), "-n", namespace]);
  return stdout;
}

export async function abort(service: string, namespace: string): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("kubectl", ["argo", "rollouts", "abort", service, "-n", namespace]);
  return stdout;
}
