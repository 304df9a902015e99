import { exec } from "node:child_process";

export interface PrunePolicy {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
  prefix: string;
}

const DEFAULT_POLICY: PrunePolicy = { keepDaily: 7, keepWeekly: 4, keepMonthly: 6, prefix: "{hostname}-" };

export function pruneCommand(policy: Partial<PrunePolicy>): string {
  const p = { ...DEFAULT_POLICY, ...policy };
  return `borg prune --list --keep-daily=${p.keepDaily} --keep-weekly=${p.keepWeekly} --keep-monthly=${p.keepMonthly} --glob-archives '${p.prefix}*'`;
}

export function runShell(command: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(command, { env: { ...process.env, ...env } }, (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout)));
  });
}
