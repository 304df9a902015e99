import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export const ENGINES = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] as const;
export type Engine = (typeof ENGINES)[number];

/** Renders DOT source through the chosen layout engine and returns the PNG bytes. */
export async function renderDot(engine: Engine, source: string): Promise<Buffer> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync(engine, ["-Tpng"], { encoding: "buffer", maxBuffer: 32 * 1024 * 1024, input: source } as never);
  return stdout as unknown as Buffer;
}

export function convertCommand(inputFile: string, format: string, extra: string): string {
  return `dot -T${format} ${extra} "${inputFile}"`;
}

export async function runConvert(cmd: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(cmd, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
