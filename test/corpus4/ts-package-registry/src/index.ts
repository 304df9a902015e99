#!/usr/bin/env node
// npm package registry MCP server (stdio): metadata, versions, tarball cache, audit.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec as execCb, execFile as execFileCb } from "node:child_process";
import { promisify } from "node:util";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const exec = promisify(execCb);
const execFile = promisify(execFileCb);

const REGISTRY = process.env.NPM_REGISTRY ?? "https://registry.npmjs.org";
const PRIVATE_REGISTRY = "https://npm.pkg.example.com";
// ruleid: hardcoded-secret
const NPM_TOKEN = "npm_Zx8Kq2Lm7Vt4Rb9Wc1Yd6Nf3Hg5Js0PaE2uT";
const CACHE = path.resolve(process.env.PKG_CACHE ?? `${process.env.HOME}/.cache/mcp-registry`);

const USAGE = "mcp-package-registry [--help]\n  stdio MCP server for npm metadata and tarballs";
if (process.argv.includes("--help")) {
  // ok: stdout-in-stdio-server
  console.log(USAGE);
  process.exit(0);
}

const server = new McpServer({ name: "package-registry", version: "0.3.0" });
const pkgName = z.string().regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/);

server.tool(
  "package_info",
  "Latest version, description, license and maintainers of an npm package.",
  { name: z.string().max(214) },
  { readOnlyHint: true, openWorldHint: true },
  async ({ name }) => {
    const scopedPrivate = name.startsWith("@example/");
    const base = scopedPrivate ? PRIVATE_REGISTRY : REGISTRY;
    const headers: Record<string, string> = scopedPrivate ? { Authorization: `Bearer ${NPM_TOKEN}` } : {};
    // ok: tool-input-to-url
    const res = await fetch(`${base}/${encodeURIComponent(name)}`, { headers });
    if (!res.ok) return { isError: true, content: [{ type: "text", text: `registry returned ${res.status}` }] };
    const doc = (await res.json()) as { "dist-tags": { latest: string }; description?: string; license?: string };
    return { content: [{ type: "text", text: JSON.stringify({ latest: doc["dist-tags"].latest, description: doc.description, license: doc.license }) }] };
  },
);

server.tool(
  "versions",
  { spec: pkgName },
  async ({ spec }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFile("npm", ["view", spec, "versions", "--json"]);
    return { content: [{ type: "text", text: stdout }] };
  },
);

server.tool(
  "cache_tarball",
  "Download a package tarball (dist.tarball URL) into the local cache.",
  { name: z.string(), tarball: z.string().url() },
  async ({ name, tarball }) => {
    // ruleid: tool-input-to-url
    const res = await fetch(tarball);
    const chunks: Buffer[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(Buffer.from(chunk));
      // ruleid: stdout-in-stdio-server
      process.stdout.write(".");
    }
    const dir = path.join(CACHE, name);
    await mkdir(dir, { recursive: true });
    // ruleid: tool-input-to-path
    await writeFile(path.join(dir, path.basename(new URL(tarball).pathname)), Buffer.concat(chunks));
    return { content: [{ type: "text", text: `cached ${name}` }] };
  },
);

server.tool(
  "cached_manifest",
  "Read package.json of an unpacked package in the cache.",
  { name: pkgName },
  async ({ name }) => {
    const file = path.resolve(CACHE, name, "package", "package.json");
    if (!file.startsWith(CACHE + path.sep)) throw new Error("outside cache");
    // ok: tool-input-to-path
    const text = await readFile(file, "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.tool(
  "audit_project",
  "Run npm audit for a project folder and summarise vulnerabilities.",
  { projectDir: z.string() },
  async ({ projectDir }) => {
    // ruleid: tool-input-to-shell
    const { stdout } = await exec("npm audit --json --prefix " + projectDir).catch((e) => ({ stdout: e.stdout as string }));
    const report = JSON.parse(stdout) as { metadata: { vulnerabilities: Record<string, number> } };
    return { content: [{ type: "text", text: JSON.stringify(report.metadata.vulnerabilities) }] };
  },
);

await server.connect(new StdioServerTransport());
