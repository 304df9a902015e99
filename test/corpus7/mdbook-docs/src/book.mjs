import { execSync, execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";

export const BOOKS_ROOT = path.resolve(process.env.BOOKS_ROOT ?? "/srv/handbooks");

export function bookDir(book) {
  const dir = path.resolve(BOOKS_ROOT, book);
  if (!dir.startsWith(BOOKS_ROOT + path.sep)) throw new Error("book must be inside the handbooks folder");
  return dir;
}

export function build(book, destName) {
  const src = path.join(BOOKS_ROOT, book);
  // ruleid: tool-input-to-shell
  return execSync(`mdbook build ${src} --dest-dir ${path.join("/var/www/handbooks", destName)}`, { encoding: "utf8" });
}

export function lintLinks(book) {
  // ok: tool-input-to-shell
  return execFileSync("mdbook-linkcheck", ["--standalone", bookDir(book)], { encoding: "utf8" });
}

export async function readChapter(book, chapter) {
  const file = path.join(BOOKS_ROOT, book, "src", chapter);
  // ruleid: tool-input-to-path
  return fs.readFile(file, "utf8");
}

export async function writeChapter(book, chapter, markdown) {
  const srcDir = path.join(bookDir(book), "src");
  const file = path.resolve(srcDir, chapter);
  if (!file.startsWith(srcDir + path.sep) || !file.endsWith(".md")) throw new Error("chapter must be a .md file inside src/");
  // ok: tool-input-to-path
  await fs.writeFile(file, markdown, "utf8");
  return file;
}
