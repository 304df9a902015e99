import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { assertPublicUrl } from "./net.js";

const SCREENSHOT_DIR = path.resolve("./screenshots");
let browser: Browser | undefined;
let page: Page | undefined;

async function getPage(): Promise<Page> {
  browser ??= await puppeteer.launch({ headless: true });
  page ??= await browser.newPage();
  return page;
}

const server = new McpServer({ name: "browser", version: "0.2.0" });

server.tool("navigate", "Open a URL in the browser", { url: z.string().url() }, async ({ url }) => {
  const p = await getPage();
  await p.goto(url, { waitUntil: "networkidle2" }); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: `Navigated to ${url}: ${await p.title()}` }] };
});

server.tool("navigate_public", "Open a public URL in the browser", { url: z.string().url() }, async ({ url }) => {
  const checked = await assertPublicUrl(url);
  const p = await getPage();
  await p.goto(checked.href); // SAFE tool-input-to-url
  return { content: [{ type: "text", text: await p.title() }] };
});

server.tool("screenshot", "Save a screenshot", { name: z.string(), fullPage: z.boolean().default(false) }, async ({ name, fullPage }) => {
  const p = await getPage();
  const png = await p.screenshot({ fullPage, encoding: "binary" });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await writeFile(file, png); // FLAW tool-input-to-path
  return { content: [{ type: "text", text: `saved ${file}` }] };
});

server.tool("screenshot_to", "Save a screenshot at a path", { filePath: z.string() }, async ({ filePath }) => {
  const p = await getPage();
  await p.screenshot({ path: filePath }); // FLAW tool-input-to-path
  return { content: [{ type: "text", text: `saved ${filePath}` }] };
});

server.tool("fetch_text", "Fetch a public page as text (no browser)", { url: z.string() }, async ({ url }) => {
  let target: URL;
  try {
    target = await assertPublicUrl(url);
  } catch (e) {
    return { isError: true, content: [{ type: "text", text: String(e) }] };
  }
  const res = await fetch(target, { redirect: "error" }); // SAFE tool-input-to-url
  return { content: [{ type: "text", text: (await res.text()).slice(0, 20000) }] };
});

server.tool("open_preview", "Open a local preview server page", { port: z.number().int().min(1024).max(65535), route: z.string().default("/") }, async ({ port, route }) => {
  const p = await getPage();
  await p.goto(`http://localhost:${port}${route}`); // FLAW tool-input-to-url
  return { content: [{ type: "text", text: await p.title() }] };
});

await server.connect(new StdioServerTransport());
