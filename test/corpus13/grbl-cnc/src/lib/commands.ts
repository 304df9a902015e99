import path from "node:path";

export interface StreamOptions {
  file: string;
  port: string;
  baud?: number;
  checkMode?: boolean;
}

const DEFAULTS = { baud: 115200, checkMode: false };

/** argv for the gcode sender (cncjs-style CLI); no shell involved. */
export function buildStreamArgv(opts: StreamOptions): string[] {
  const o = { ...DEFAULTS, ...opts };
  const argv = ["--port", o.port, "--baud", String(o.baud), o.file];
  if (o.checkMode) argv.unshift("--check");
  return argv;
}

/** Command line for the legacy stream.py script. */
export function buildLegacyCommand(opts: StreamOptions): string {
  const o = { ...DEFAULTS, ...opts };
  return ["python3", "/opt/grbl/stream.py", o.checkMode ? "-c" : "", o.file, o.port].filter(Boolean).join(" ");
}

export function safePath(root: string, rel: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  if (!full.startsWith(base + path.sep)) throw new Error(`${rel} is outside ${base}`);
  return full;
}
