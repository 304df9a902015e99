// Helpers around the dedicated game server: RCON via the mcrcon CLI and the stats DB.
import { exec, spawn } from "node:child_process";

const RCON_HOST = process.env.RCON_HOST ?? "127.0.0.1";
const RCON_PORT = process.env.RCON_PORT ?? "25575";
const RCON_PASSWORD = process.env.RCON_PASSWORD ?? "";

export function consoleCommand(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`mcrcon -H ${RCON_HOST} -P ${RCON_PORT} -p "${RCON_PASSWORD}" "${command}"`, { timeout: 10_000 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr || err.message));
      resolve(stdout.trim());
    });
  });
}

export function whitelistAdd(player: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("mcrcon", ["-H", RCON_HOST, "-P", RCON_PORT, "-p", RCON_PASSWORD, `whitelist add ${player}`]);
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`mcrcon exit ${code}`))));
  });
}

export interface PlayerStats {
  kills: number;
  deaths: number;
  playtimeMinutes: number;
  blocksMined: number;
}

export function score(stats: PlayerStats, formula: string): number {
  const { kills, deaths, playtimeMinutes, blocksMined } = stats;
  void kills; void deaths; void playtimeMinutes; void blocksMined;
  // Server admins write formulas like "kills * 3 - deaths + blocksMined / 100".
  // ruleid: tool-input-to-eval
  return Number(eval(formula));
}
