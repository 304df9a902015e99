import { exec, spawn } from "node:child_process";

const ARCHIVE = process.env.PGN_ARCHIVE ?? "/srv/chessclub/archive.pgn";

export function exportGames(player: string, event?: string): Promise<string> {
  const tags = [`-Tp"${player}"`];
  if (event) tags.push(`-Te"${event}"`);
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`pgn-extract ${tags.join(" ")} --quiet ${ARCHIVE}`, { maxBuffer: 8 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

export function annotateGame(pgnFile: string, depth: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("pgn-extract", ["--fencomments", "--plycount", `--depth=${depth}`, pgnFile], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`pgn-extract exited ${code}`))));
  });
}
