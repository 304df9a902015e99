import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import shell from "shelljs";
import { boardPath } from "./paths.js";

export interface RenderOptions {
  panels: number[];
  width?: number;
  format?: "png" | "jpg" | "gif";
}

export function renderPanels(board: string, opts: RenderOptions): string {
  const panelList = opts.panels.join(",");
  const size = opts.width ? `--width ${opts.width}` : "";
  // ruleid: tool-input-to-shell
  const result = shell.exec(`storyboarder-cli export "${board}" --panels ${panelList} ${size} --format ${opts.format ?? "png"}`, { silent: true });
  if (result.code !== 0) throw new Error(`export failed (${result.code})`);
  return result.stdout;
}

export function renderAnimatic(board: string): Promise<number> {
  const file = boardPath(board);
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("storyboarder-cli", ["animatic", file, "--out", `${file}.mp4`], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? -1));
  });
}

export async function readBoardNotes(board: string): Promise<string> {
  const file = boardPath(`${board}/notes.txt`);
  // ok: tool-input-to-path
  return fs.readFile(file, "utf8");
}
