import { execa } from "execa";
import shell from "shelljs";

export async function analyzeBpm(file: string): Promise<number> {
  // ok: tool-input-to-shell
  const { stdout } = await execa("aubio", ["tempo", "-i", file]);
  return Number.parseFloat(stdout.split("\n").pop() ?? "0");
}

export async function detectKey(file: string): Promise<string> {
  const { stdout } = await execa("keyfinder-cli", ["-n", "camelot", file]);
  return stdout.trim();
}

export async function normalizeTrack(input: string, output: string, targetLufs: number): Promise<void> {
  // ruleid: tool-input-to-shell
  await execa(`ffmpeg -y -i "${input}" -af loudnorm=I=${targetLufs} "${output}"`, { shell: true });
}

export function replayGain(files: string[]): string {
  const list = files.map((f) => `"${f}"`).join(" ");
  // ruleid: tool-input-to-shell
  const res = shell.exec(`mp3gain -r -k ${list}`, { silent: true });
  return res.stdout;
}
