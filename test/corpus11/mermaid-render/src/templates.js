import { readFile } from "node:fs/promises";
import path from "node:path";
import serialize from "node-serialize";

const TEMPLATE_DIR = process.env.MERMAID_TEMPLATES ?? path.join(process.cwd(), "templates");

export async function loadTemplate(name) {
  // ruleid: tool-input-to-path
  return readFile(path.join(TEMPLATE_DIR, `${name}.mmd`), "utf8");
}

/** Fills `{{placeholders}}` using JS expressions over the supplied data. */
export function fillTemplate(template, data) {
  return template.replace(/\{\{(.+?)\}\}/g, (_, expr) => {
    // ruleid: tool-input-to-eval
    const fn = new Function("data", `with (data) { return (${expr}); }`);
    return String(fn(data));
  });
}

export function fillPlain(template, data) {
  return template.replace(/\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g, (_, key) => (key in data ? String(data[key]) : ""));
}

export function restoreSession(blob) {
  // ruleid: unsafe-deserialization
  return serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
}

export function restoreSessionJson(blob) {
  // ok: unsafe-deserialization
  const parsed = JSON.parse(Buffer.from(blob, "base64").toString("utf8"));
  return { diagrams: Array.isArray(parsed.diagrams) ? parsed.diagrams.map(String) : [] };
}
