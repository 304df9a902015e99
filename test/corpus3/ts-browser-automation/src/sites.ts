// Which sites the "docs" tools may open.
const DOC_SITES = new Set([
  "developer.mozilla.org",
  "nodejs.org",
  "docs.python.org",
  "playwright.dev",
  "modelcontextprotocol.io",
]);

export function docsUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error("only https documentation links are allowed");
  if (!DOC_SITES.has(url.hostname)) throw new Error(`${url.hostname} is not an allowed documentation site`);
  url.username = "";
  url.password = "";
  return url.toString();
}

export function screenshotName(label: string): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, 60) || "page";
  return `${slug}-${Date.now()}.png`;
}
