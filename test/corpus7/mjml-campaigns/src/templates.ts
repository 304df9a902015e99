import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export const TEMPLATE_DIR = process.env.MJML_TEMPLATES ?? path.join(process.cwd(), "templates");

export async function listTemplates(): Promise<string[]> {
  const entries = await readdir(TEMPLATE_DIR);
  return entries.filter((e) => e.endsWith(".mjml"));
}

export async function loadTemplate(name: string): Promise<string> {
  const file = path.join(TEMPLATE_DIR, name);
  // ruleid: tool-input-to-path
  return readFile(file, "utf8");
}

export async function loadPartial(name: string): Promise<string> {
  const partials = await readdir(path.join(TEMPLATE_DIR, "partials"));
  if (!partials.includes(`${name}.mjml`)) throw new Error(`unknown partial ${name}`);
  // ok: tool-input-to-path
  return readFile(path.join(TEMPLATE_DIR, "partials", `${name}.mjml`), "utf8");
}
