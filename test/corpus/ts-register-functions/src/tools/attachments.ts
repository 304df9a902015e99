import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";

const ATTACH_DIR = path.resolve(process.env.ATTACH_DIR ?? "./attachments");

export const registerAttachmentTools = (server: McpServer) => {
  server.tool("get_attachment", "Read an attachment", { issueId: z.number().int(), filename: z.string() }, async ({ issueId, filename }) => {
    const file = path.join(ATTACH_DIR, String(issueId), filename);
    const buf = await fsp.readFile(file); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: buf.toString("base64") }] };
  });

  server.tool("get_attachment_checked", "Read an attachment (checked)", { issueId: z.number().int(), filename: z.string() }, async ({ issueId, filename }) => {
    const base = path.join(ATTACH_DIR, String(issueId));
    const file = path.resolve(base, filename);
    const rel = path.relative(base, file);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
      return { isError: true, content: [{ type: "text", text: "invalid filename" }] };
    }
    const buf = await fsp.readFile(file); // SAFE tool-input-to-path
    return { content: [{ type: "text", text: buf.toString("base64") }] };
  });

  server.tool("attach", "Attach a file from disk to an issue", { issueId: z.number().int(), source: z.string() }, async ({ issueId, source }) => {
    const dest = path.join(ATTACH_DIR, String(issueId), path.basename(source));
    await fsp.copyFile(source, dest); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: `attached ${path.basename(dest)}` }] };
  });
};
