import { execFileSync, execSync, spawn } from "node:child_process";

export type Preset = "web-720p" | "web-1080p" | "audio-mp3" | "gif";

const PRESET_ARGS: Record<Preset, string[]> = {
  "web-720p": ["-vf", "scale=-2:720", "-c:v", "libx264", "-crf", "23", "-c:a", "aac"],
  "web-1080p": ["-vf", "scale=-2:1080", "-c:v", "libx264", "-crf", "21", "-c:a", "aac"],
  "audio-mp3": ["-vn", "-c:a", "libmp3lame", "-q:a", "2"],
  gif: ["-vf", "fps=12,scale=480:-1:flags=lanczos", "-loop", "0"],
};

export function probe(file: string): unknown {
  // ok: tool-input-to-shell
  const out = execFileSync("ffprobe", ["-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", file], { encoding: "utf8" });
  return JSON.parse(out);
}

export function transcode(input: string, output: string, preset: Preset, onProgress: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    // ok: tool-input-to-shell
    const child = spawn("ffmpeg", ["-hide_banner", "-y", "-i", input, ...PRESET_ARGS[preset], output]);
    child.stderr.on("data", (chunk: Buffer) => onProgress(chunk.toString()));
    child.on("close", (code) => resolve(code ?? -1));
  });
}

export function trim(input: string, start: string, duration: string, output: string): string {
  // ruleid: tool-input-to-shell
  return execSync(`ffmpeg -y -ss ${start} -t ${duration} -i "${input}" -c copy "${output}"`, { encoding: "utf8" });
}
