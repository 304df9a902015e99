import { spawn, execSync } from "node:child_process";

const BIN = process.env.STOCKFISH_BIN ?? "/usr/games/stockfish";

function talk(script: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn(BIN, [], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out));
    child.stdin.end(script.join("\n") + "\nquit\n");
  });
}

export async function analyse(fen: string, depth: number): Promise<string> {
  const out = await talk([`position fen ${fen}`, `go depth ${depth}`]);
  const best = out.split("\n").filter((l) => l.startsWith("bestmove")).pop();
  return best ?? "no result";
}

export async function quickEval(position: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const out = execSync(`printf 'position fen ${position}\\neval\\nquit\\n' | ${BIN}`, { encoding: "utf8" });
  return out.split("\n").find((l) => l.startsWith("Final evaluation")) ?? out;
}

export async function perft(variant: string, depth: number): Promise<string> {
  return talk([`setoption name UCI_Variant value ${variant}`, "position startpos", `go perft ${depth}`]);
}
