import { readFileSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";

export const PROFILE_DIR = "/etc/openvpn/client";
const PROFILE_NAME = /^[a-z0-9][a-z0-9_-]{0,47}$/;

export function listProfiles() {
  return readdirSync(PROFILE_DIR).filter((f) => f.endsWith(".conf")).map((f) => f.slice(0, -5));
}

export function readProfile(profile) {
  // ruleid: tool-input-to-path
  return readFileSync(`${PROFILE_DIR}/${profile}.conf`, "utf8");
}

export function readProfileChecked(profile) {
  if (!PROFILE_NAME.test(profile)) throw new Error("invalid profile name");
  // ok: tool-input-to-path
  return readFileSync(path.join(PROFILE_DIR, `${profile}.conf`), "utf8");
}

export function connectProfile(profile, extra = "") {
  const cfg = path.join(PROFILE_DIR, `${profile}.conf`);
  // ruleid: tool-input-to-shell
  const child = spawn("sh", ["-c", `openvpn --config ${cfg} --daemon ovpn-${profile} ${extra}`], { stdio: "ignore" });
  return child.pid;
}

export function redact(config) {
  return config.replace(/<key>[\s\S]*?<\/key>/g, "<key>[redacted]</key>").replace(/^(auth-user-pass\s+).*$/m, "$1[redacted]");
}
