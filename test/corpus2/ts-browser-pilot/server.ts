import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { chromium, type Browser, type Page } from "playwright-core";
import path from "node:path";
import { writeFile } from "node:fs/promises";
import { z } from "zod";

const SHOTS_DIR = path.resolve(process.env.SCREENSHOT_DIR ?? "./screenshots");
const ALLOWED_SITES = ["example.com", "playwright.dev", "github.com"];

let browser: Browser | undefined;
let page: Page | undefined;

async function getPage(): Promise<Page> {
  if (!browser) browser = await chromium.launch({ headless: true });
  if (!page) page = await browser.newPage();
  return page;
}

function isAllowedSite(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  return u.protocol === "https:" && ALLOWED_SITES.some((h) => u.hostname === h || u.hostname.endsWith("." + h));
}

const server = new McpServer({ name: "browser-pilot", version: "0.1.9" });

server.tool(
  "navigate",
  "Open a URL in the shared browser tab.",
  { url: z.string() },
  async ({ url }) => {
    const p = await getPage();
    // ruleid: tool-input-to-url
    await p.goto(url, { waitUntil: "domcontentloaded" });
    return { content: [{ type: "text", text: `now at ${p.url()} — ${await p.title()}` }] };
  },
);

server.tool(
  "open_docs",
  "Open a documentation page on an allowed site.",
  { url: z.string() },
  async ({ url }) => {
    if (!isAllowedSite(url)) {
      return { content: [{ type: "text", text: "site not allowed" }], isError: true };
    }
    const p = await getPage();
    // ok: tool-input-to-url
    await p.goto(url);
    return { content: [{ type: "text", text: await p.title() }] };
  },
);

server.tool(
  "screenshot",
  "Save a screenshot of the current page.",
  { filename: z.string().default("page.png"), fullPage: z.boolean().default(false) },
  async ({ filename, fullPage }) => {
    const p = await getPage();
    const out = path.join(SHOTS_DIR, filename);
    // ruleid: tool-input-to-path
    await p.screenshot({ path: out, fullPage });
    return { content: [{ type: "text", text: `saved ${out}` }] };
  },
);

server.tool(
  "click",
  "Click an element matching a CSS selector.",
  { selector: z.string().max(300) },
  async ({ selector }) => {
    const p = await getPage();
    await p.click(selector, { timeout: 5000 });
    return { content: [{ type: "text", text: `clicked ${selector}` }] };
  },
);

server.tool(
  "page_text",
  "Return the visible text of the page.",
  {},
  { readOnlyHint: true },
  async () => {
    const p = await getPage();
    const text = await p.innerText("body");
    return { content: [{ type: "text", text: text.slice(0, 40_000) }] };
  },
);

server.tool(
  "download_asset",
  "Download an asset referenced by the current page.",
  { assetUrl: z.string(), saveAs: z.string() },
  async ({ assetUrl, saveAs }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(assetUrl);
    const bytes = Buffer.from(await res.arrayBuffer());
    // ruleid: tool-input-to-path
    await writeFile(path.join(SHOTS_DIR, "..", "downloads", saveAs), bytes);
    return { content: [{ type: "text", text: `downloaded ${bytes.length} bytes` }] };
  },
);

process.on("SIGINT", async () => {
  await browser?.close();
  process.exit(0);
});

await server.connect(new StdioServerTransport());
// ok: stdout-in-stdio-server
process.stderr.write("browser-pilot ready\n");
