// LaTeX build helpers.
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import fs from "node:fs/promises";

const execP = promisify(exec);
const execFileP = promisify(execFile);

export const PROJECTS = path.resolve(process.env.LATEX_PROJECTS ?? "/srv/latex");

export function projectDir(project: string): string {
  const dir = path.resolve(PROJECTS, project);
  if (!dir.startsWith(PROJECTS + path.sep)) throw new Error("unknown project");
  return dir;
}

/** Quick one-shot compile, used for snippets pasted in chat. */
export async function quickCompile(texFile: string, engine: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(`${engine} -interaction=nonstopmode -halt-on-error ${texFile}`, { cwd: PROJECTS, timeout: 60_000 });
  return stdout.slice(-4000);
}

/** Full build of a project with latexmk; arguments never go through a shell. */
export async function buildProject(project: string, main: string): Promise<string> {
  const cwd = projectDir(project);
  const rel = path.normalize(main);
  if (rel.startsWith("..") || path.isAbsolute(rel) || !rel.endsWith(".tex")) throw new Error("main must be a .tex file inside the project");
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("latexmk", ["-pdf", "-interaction=nonstopmode", "-outdir=build", rel], { cwd, timeout: 180_000 });
  return stdout.slice(-4000);
}

export async function readLog(project: string, file: string): Promise<string> {
  // ruleid: tool-input-to-path
  return fs.readFile(path.join(PROJECTS, project, "build", file), "utf8");
}

export async function readPdf(project: string, name: string): Promise<Buffer> {
  const dir = projectDir(project);
  const file = path.resolve(dir, "build", name);
  if (!file.startsWith(path.join(dir, "build") + path.sep)) throw new Error("outside build folder");
  // ok: tool-input-to-path
  return fs.readFile(file);
}
