import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import puppeteer, { type Browser } from "puppeteer";
import { registerCaptureTools } from "./tools/capture.js";

let browserPromise: Promise<Browser> | undefined;
const deps = {
  browser: () => (browserPromise ??= puppeteer.launch({ headless: true, args: ["--no-sandbox"] })),
};

const server = new McpServer({ name: "shotdiff", version: "0.9.0" });
registerCaptureTools(server, deps);

process.on("SIGTERM", async () => {
  if (browserPromise) await (await browserPromise).close();
  process.exit(0);
});

await server.connect(new StdioServerTransport());
