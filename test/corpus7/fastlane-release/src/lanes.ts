import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execP = promisify(exec);
const execFileP = promisify(execFile);

export const ALLOWED_LANES = ["beta", "release", "screenshots", "metadata"] as const;
export const FASTLANE_DIR = process.env.FASTLANE_DIR ?? "/srv/mobile-app";

const LANE_DEFAULTS = { skip_waiting_for_build_processing: "true", changelog_from_git: "true" };

export function laneOptions(options: Record<string, string>): string[] {
  return Object.entries({ ...LANE_DEFAULTS, ...options }).map(([k, v]) => `${k}:${v}`);
}

export async function runLane(platform: "ios" | "android", lane: string, options: Record<string, string>): Promise<string> {
  if (!(ALLOWED_LANES as readonly string[]).includes(lane)) {
    throw new Error(`lane must be one of ${ALLOWED_LANES.join(", ")}`);
  }
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("bundle", ["exec", "fastlane", platform, lane, ...laneOptions(options)], { cwd: FASTLANE_DIR, maxBuffer: 32 << 20 });
  return stdout;
}

export async function runAction(action: string, params: Record<string, string>): Promise<string> {
  const flat = laneOptions(params).join(" ");
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(`bundle exec fastlane run ${action} ${flat}`, { cwd: FASTLANE_DIR, maxBuffer: 32 << 20 });
  return stdout;
}
