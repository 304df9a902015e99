import { execa, execaCommand } from "execa";
import path from "node:path";

export interface RepoConfig {
  repository: string;
  passcommand: string;
  restoreRoot: string;
}

export function borgEnv(cfg: RepoConfig): Record<string, string> {
  return { BORG_REPO: cfg.repository, BORG_PASSCOMMAND: cfg.passcommand, BORG_RELOCATED_REPO_ACCESS_IS_OK: "no" };
}

export class BorgClient {
  constructor(private readonly cfg: RepoConfig) {}

  async list(glob?: string): Promise<string> {
    const argv = ["list", "--json"];
    if (glob) argv.push("--glob-archives", glob);
    // ok: tool-input-to-shell
    const { stdout } = await execa("borg", argv, { env: borgEnv(this.cfg) });
    return stdout;
  }

  async info(archive: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await execaCommand(`borg info --json ::${archive}`, { env: borgEnv(this.cfg), shell: true });
    return stdout;
  }

  async diff(archiveA: string, archiveB: string): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execa("borg", ["diff", `::${archiveA}`, archiveB], { env: borgEnv(this.cfg) });
    return stdout;
  }

  async extract(archive: string, member: string, into: string): Promise<string> {
    const dest = path.resolve(this.cfg.restoreRoot, into);
    const rel = path.relative(this.cfg.restoreRoot, dest);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("restore target outside restore root");
    // ok: tool-input-to-shell
    await execa("borg", ["extract", `::${archive}`, member], { cwd: dest, env: borgEnv(this.cfg) });
    return dest;
  }
}
