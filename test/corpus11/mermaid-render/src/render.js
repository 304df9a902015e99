import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileP = promisify(execFile);
export const THEMES = ["default", "dark", "forest", "neutral"];

export async function renderMermaid(source, { theme = "default", format = "svg" } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mmdc-"));
  try {
    const input = path.join(dir, "in.mmd");
    const output = path.join(dir, `out.${format === "png" ? "png" : "svg"}`);
    await writeFile(input, source, "utf8");
    // ok: tool-input-to-shell
    await execFileP("mmdc", ["-i", input, "-o", output, "-t", theme, "-b", "transparent"], { timeout: 60_000 });
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderPlantUml(source) {
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("plantuml", ["-tsvg", "-pipe"], { input: source, encoding: "utf8", env: { ...process.env, PLANTUML_LIMIT_SIZE: "8192" } });
  return stdout;
}
