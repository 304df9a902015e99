import { readFile, writeFile, readdir, mkdir } from "node:fs/promises";
import path from "node:path";

const TEMPLATE_DIR = path.resolve(process.env.TEMPLATE_DIR ?? "./templates");
const REPORT_DIR = path.resolve(process.env.REPORT_DIR ?? "./reports");

function templatePath(name) {
  return path.join(TEMPLATE_DIR, name + ".tpl");
}

export async function loadTemplate(name) {
  const file = templatePath(name);
  // ruleid: tool-input-to-path
  return readFile(file, "utf8");
}

function checkedReportPath(name) {
  const p = path.resolve(REPORT_DIR, name);
  if (path.dirname(p) !== REPORT_DIR) throw new Error("report name must be a plain file name");
  return p;
}

export async function writeReport(name, body) {
  await mkdir(REPORT_DIR, { recursive: true });
  const p = checkedReportPath(name);
  // ok: tool-input-to-path
  await writeFile(p, body, "utf8");
  return path.basename(p);
}

export async function templateNames() {
  const entries = await readdir(TEMPLATE_DIR);
  return entries.filter((e) => e.endsWith(".tpl")).map((e) => e.slice(0, -4));
}
