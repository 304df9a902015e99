import { exec as execCb, execFile as execFileCb } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execCb);
const execFile = promisify(execFileCb);

export interface ConvertOptions {
  outputFormat: string;
  extraArgs?: string;
  profile?: string;
}

const defaults: ConvertOptions = { outputFormat: "epub", profile: "tablet" };

export function buildConvertCommand(input: string, out: string, opts: ConvertOptions): string {
  const merged = { ...defaults, ...opts };
  return `ebook-convert "${input}" "${out}" --output-profile ${merged.profile} ${merged.extraArgs ?? ""}`;
}

export async function convertBook(input: string, out: string, opts: ConvertOptions) {
  const cmd = buildConvertCommand(input, out, opts);
  // ruleid: tool-input-to-shell
  return exec(cmd, { timeout: 120_000 });
}

export async function bookMeta(file: string) {
  // ok: tool-input-to-shell
  const { stdout } = await execFile("ebook-meta", [file], { timeout: 20_000 });
  return stdout;
}
