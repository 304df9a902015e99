import { FastMCP } from "fastmcp";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BorgClient, borgEnv, type RepoConfig } from "./borg.js";
import { pruneCommand, runShell } from "./prune.js";

const cfg: RepoConfig = {
  repository: process.env.BORG_REPO ?? "ssh://backup@vault.lan/./borg",
  passcommand: process.env.BORG_PASSCOMMAND ?? "pass show backups/borg",
  restoreRoot: process.env.BORG_RESTORE_ROOT ?? "/srv/restore",
};
const borg = new BorgClient(cfg);

const server = new FastMCP({ name: "borg-backups", version: "1.0.3" });

server.addTool({
  name: "list_archives",
  description: "List archives in the Borg repository, optionally filtered by a glob.",
  parameters: z.object({ glob: z.string().max(100).optional() }),
  annotations: { readOnlyHint: true },
  execute: async ({ glob }) => borg.list(glob),
});

server.addTool({
  name: "archive_info",
  description: "Show size and stats for one archive.",
  parameters: z.object({ archive: z.string() }),
  execute: async (args) => borg.info(args.archive),
});

server.addTool({
  name: "diff_archives",
  description: "Show what changed between two archives.",
  parameters: z.object({ a: z.string(), b: z.string() }),
  execute: async ({ a, b }) => borg.diff(a, b),
});

server.addTool({
  name: "restore_file",
  description: "Extract one path from an archive into a folder under the restore root.",
  parameters: z.object({ archive: z.string(), member: z.string(), into: z.string().default(".") }),
  annotations: { destructiveHint: true },
  execute: async ({ archive, member, into }) => `restored into ${await borg.extract(archive, member, into)}`,
});

server.addTool({
  name: "prune",
  description: "Prune old archives according to a retention policy.",
  parameters: z.object({
    keepDaily: z.number().int().min(1).max(365).optional(),
    keepWeekly: z.number().int().min(0).max(104).optional(),
    keepMonthly: z.number().int().min(0).max(120).optional(),
    prefix: z.string().optional(),
  }),
  annotations: { destructiveHint: true },
  execute: async (args) => runShell(pruneCommand(args), borgEnv(cfg)),
});

server.addTool({
  name: "read_restored",
  description: "Read a file that was restored into the restore root.",
  parameters: z.object({ file: z.string() }),
  annotations: { readOnlyHint: true },
  execute: async ({ file }) => {
    const full = path.resolve(cfg.restoreRoot, file);
    if (!full.startsWith(path.resolve(cfg.restoreRoot) + path.sep)) throw new Error("outside restore root");
    // ok: tool-input-to-path
    return fs.readFile(full, "utf8");
  },
});

server.start({ transportType: "stdio" });
