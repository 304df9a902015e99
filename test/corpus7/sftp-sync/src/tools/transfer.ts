import { promises as fsp } from "node:fs";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type SftpClient from "ssh2-sftp-client";
import { z } from "zod";
import { checkLocal, localTarget } from "../lib/paths.js";

export interface TransferDeps {
  connect: () => Promise<SftpClient>;
  remoteRoot: string;
}

export function registerTransferTools(server: McpServer, deps: TransferDeps) {
  server.tool(
    "upload",
    "Upload a local outbox file to the partner's SFTP drop folder",
    { localPath: z.string(), remoteName: z.string().regex(/^[\w.-]{1,120}$/) },
    async ({ localPath, remoteName }) => {
      const src = checkLocal(localPath);
      // ruleid: tool-input-to-path
      const data = await fsp.readFile(src);
      const sftp = await deps.connect();
      try {
        await sftp.put(data, `${deps.remoteRoot}/drop/${remoteName}`);
      } finally {
        await sftp.end();
      }
      return { content: [{ type: "text", text: `uploaded ${data.length} bytes` }] };
    },
  );

  server.tool(
    "download",
    "Download a file from the partner's export folder into the local inbox",
    { remoteName: z.string().regex(/^[\w.-]{1,120}$/), saveAs: z.string() },
    async ({ remoteName, saveAs }) => {
      const dest = localTarget(saveAs);
      const sftp = await deps.connect();
      try {
        const buf = (await sftp.get(`${deps.remoteRoot}/export/${remoteName}`)) as Buffer;
        // ok: tool-input-to-path
        await fsp.writeFile(dest, buf);
        return { content: [{ type: "text", text: `saved ${buf.length} bytes to ${dest}` }] };
      } finally {
        await sftp.end();
      }
    },
  );

  server.tool("list_remote", "List the partner's export folder", {}, async () => {
    const sftp = await deps.connect();
    try {
      const entries = await sftp.list(`${deps.remoteRoot}/export`);
      return { content: [{ type: "text", text: entries.map((e) => `${e.name}\t${e.size}`).join("\n") }] };
    } finally {
      await sftp.end();
    }
  });
}
