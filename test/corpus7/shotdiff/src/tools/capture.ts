import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Browser } from "puppeteer";
import { z } from "zod";
import { assertCapturable } from "../util/net.js";
import { saveBaseline, saveCapture } from "../util/storage.js";

export interface CaptureDeps {
  browser: () => Promise<Browser>;
}

async function screenshot(deps: CaptureDeps, url: string, width: number): Promise<Buffer> {
  const browser = await deps.browser();
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: "networkidle2", timeout: 30_000 });
    return Buffer.from(await page.screenshot({ fullPage: true }));
  } finally {
    await page.close();
  }
}

export function registerCaptureTools(server: McpServer, deps: CaptureDeps) {
  server.registerTool(
    "capture",
    {
      description: "Capture a full-page screenshot of an allowed site",
      inputSchema: {
        url: z.string().url(),
        slug: z.string().regex(/^[a-z0-9-]{1,64}$/),
        width: z.number().int().min(320).max(2560).default(1280),
      },
    },
    async ({ url, slug, width }) => {
      const target = await assertCapturable(url);
      // ok: tool-input-to-url
      const head = await fetch(target.href, { method: "HEAD", redirect: "manual" });
      if (head.status >= 400) throw new Error(`page answered ${head.status}`);
      const file = await saveCapture(slug, await screenshot(deps, target.href, width));
      return { content: [{ type: "text", text: `saved ${file}` }] };
    },
  );

  server.registerTool(
    "set_baseline",
    {
      description: "Store a screenshot as the new visual baseline",
      inputSchema: { url: z.string(), name: z.string().describe("baseline file name, e.g. home.png") },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ url, name }) => {
      const target = await assertCapturable(url);
      const file = await saveBaseline(name, await screenshot(deps, target.href, 1280));
      return { content: [{ type: "text", text: `baseline written to ${file}` }] };
    },
  );

  server.registerTool(
    "check_status",
    {
      description: "Check that a page answers before capturing it",
      inputSchema: { url: z.string() },
    },
    async ({ url }) => {
      // ruleid: tool-input-to-url
      const res = await fetch(url, { method: "HEAD" });
      return { content: [{ type: "text", text: `${res.status} ${res.statusText}` }] };
    },
  );
}
