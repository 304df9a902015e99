// Hugo site helpers: content files and builds.
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { writeFile, readFile, mkdir } from "node:fs/promises";
import path from "node:path";

const pexec = promisify(exec);
const pexecFile = promisify(execFile);

export const SITE = path.resolve(process.env.HUGO_SITE ?? "./site");
export const CONTENT = path.join(SITE, "content");

export async function newPage(section, slug) {
  // ruleid: tool-input-to-shell
  const { stdout } = await pexec(`hugo new content ${section}/${slug}.md`, { cwd: SITE });
  return stdout.trim();
}

export async function build(drafts) {
  const args = ["--minify", "--destination", "public"];
  if (drafts) args.push("--buildDrafts");
  // ok: tool-input-to-shell
  const { stdout } = await pexecFile("hugo", args, { cwd: SITE, timeout: 120_000 });
  return stdout;
}

export async function savePage(relPath, markdown) {
  const file = path.join(CONTENT, relPath);
  await mkdir(path.dirname(file), { recursive: true });
  // ruleid: tool-input-to-path
  await writeFile(file, markdown, "utf8");
  return path.relative(SITE, file);
}

export async function loadPage(relPath) {
  const file = path.resolve(CONTENT, relPath);
  if (file !== CONTENT && !file.startsWith(CONTENT + path.sep)) throw new Error("path outside content/");
  // ok: tool-input-to-path
  return readFile(file, "utf8");
}

/** Render a "shortcode" template such as "Hello {{ name }}" with the given params. */
export function renderShortcode(template, params) {
  const body = "return `" + template.replace(/\{\{\s*(\w+)\s*\}\}/g, "${p.$1}") + "`;";
  // ruleid: tool-input-to-eval
  const fn = new Function("p", body);
  return fn(params);
}
