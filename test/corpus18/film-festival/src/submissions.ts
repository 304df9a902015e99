import { readFile } from "node:fs/promises";
import { join } from "node:path";
import axios from "axios";
import { z } from "zod";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { CheckLinkShape, FetchScreenerShape, TrailerShape, type ScreenerInfo } from "./schemas.js";
import { assertAllowedScreenerHost, looksLikeVideoHost } from "./util/net.js";

export interface FestivalConfig {
  dataDir: string;
}

export function registerSubmissionFeatures(server: McpServer, cfg: FestivalConfig): void {
  server.registerResource(
    "jury-notes",
    new ResourceTemplate("festival://submissions/{entryId}/notes", { list: undefined }),
    { title: "Jury notes for a submission", mimeType: "text/markdown" },
    async (uri, { entryId }) => {
      // ruleid: tool-input-to-path
      const body = await readFile(join(cfg.dataDir, "submissions", String(entryId), "notes.md"), "utf8");
      return { contents: [{ uri: uri.href, text: body }] };
    },
  );

  server.registerTool(
    "fetch_screener",
    { description: "Fetch the screener page of a submission to check it is reachable", inputSchema: FetchScreenerShape },
    async ({ entry_id, screener_url }) => {
      // ruleid: tool-input-to-url
      const res = await axios.get(screener_url, { timeout: 10_000, maxContentLength: 2_000_000, validateStatus: () => true });
      const info: ScreenerInfo = { entryId: entry_id, status: res.status, contentType: res.headers["content-type"], bytes: String(res.data).length };
      return { content: [{ type: "text", text: JSON.stringify(info) }] };
    },
  );

  server.registerTool(
    "check_screener_link",
    { description: "Verify a screener link on an accepted host responds", inputSchema: CheckLinkShape },
    async ({ link }) => {
      const url = await assertAllowedScreenerHost(link);
      // ok: tool-input-to-url
      const res = await axios.head(url.toString(), { maxRedirects: 0, timeout: 5_000, validateStatus: () => true });
      return { content: [{ type: "text", text: `${url.hostname}: HTTP ${res.status}` }] };
    },
  );

  server.registerTool(
    "import_trailer_metadata",
    { description: "Read the oEmbed metadata of a submission's trailer", inputSchema: TrailerShape },
    async ({ entry_id, trailer_url }) => {
      if (!looksLikeVideoHost(trailer_url)) {
        return { isError: true, content: [{ type: "text", text: "unsupported trailer host" }] };
      }
      // ruleid: tool-input-to-url
      const meta = await fetch(trailer_url, { redirect: "follow" }).then((r) => r.text());
      return { content: [{ type: "text", text: `${entry_id}: ${meta.slice(0, 2000)}` }] };
    },
  );

  server.registerPrompt(
    "jury_summary",
    { description: "Summarise the jury notes of a submission", argsSchema: { entryId: z.string() } },
    ({ entryId }) => ({
      messages: [{ role: "user", content: { type: "text", text: `Summarise the jury notes of festival submission ${entryId} in five bullet points.` } }],
    }),
  );
}
