// WireGuard helpers: wraps the `wg` CLI and the config folder.
import { execSync, spawn } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

export const WG_DIR = "/etc/wireguard";
export const INTERFACES = ["wg0", "wg-office", "wg-lab"] as const;
export type Iface = (typeof INTERFACES)[number];

export function addPeer(iface: string, publicKey: string, allowedIps: string): string {
  // ruleid: tool-input-to-shell
  return execSync(`wg set ${iface} peer ${publicKey} allowed-ips ${allowedIps}`, { encoding: "utf8" });
}

export function showInterface(iface: Iface): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const p = spawn("wg", ["show", iface, "dump"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`wg exited ${code}`))));
  });
}

export function readConfig(name: string): string {
  // ruleid: tool-input-to-path
  return readFileSync(`${WG_DIR}/${name}.conf`, "utf8");
}

export function readPeerTemplate(name: string): string {
  const base = realpathSync(path.join(WG_DIR, "templates"));
  const file = realpathSync(path.join(base, `${name}.conf`));
  if (path.dirname(file) !== base) throw new Error("template outside templates folder");
  // ok: tool-input-to-path
  return readFileSync(file, "utf8");
}

export function enrollmentCode(): string {
  // ok: insecure-randomness
  return crypto.randomBytes(18).toString("base64url");
}

export function legacyInviteToken(): string {
  // Kept for the old mobile onboarding flow.
  // ruleid: insecure-randomness
  return Array.from({ length: 24 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]).join("");
}
