// Vault KV browser for developers: list paths, show metadata, read masked values.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFileSync, existsSync } from "node:fs";
import { z } from "zod";
import { options, makeClient, makeVerifiedClient, maskValue } from "./vault.js";

const opts = options();
const caPath = process.env.VAULT_CACERT ?? "";
const vault = existsSync(caPath) ? makeVerifiedClient(opts, readFileSync(caPath, "utf8")) : makeClient(opts);
const kvPath = z.string().regex(/^[a-zA-Z0-9_\-/]{1,200}$/);

const server = new McpServer({ name: "vault-secrets", version: "0.2.1" });

server.tool("list_secrets", "List keys under a KV path.", { path: kvPath }, { readOnlyHint: true }, async ({ path }) => {
  const res = await vault.list(`${opts.mount}/metadata/${path}`);
  return { content: [{ type: "text", text: (res.data.keys as string[]).join("\n") }] };
});

server.tool("read_secret_masked", "Read a secret; values are masked.", { path: kvPath }, { readOnlyHint: true }, async ({ path }) => {
  const res = await vault.read(`${opts.mount}/data/${path}`);
  const data = res.data.data as Record<string, string>;
  // ok: sensitive-data-logged
  console.error(`read ${path}: ${Object.keys(data).length} keys`);
  const masked = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maskValue(String(v))]));
  return { content: [{ type: "text", text: JSON.stringify(masked, null, 2) }] };
});

server.tool("rotate_secret", "Write a new value for one key of a secret.", { path: kvPath, key: z.string().max(128), value: z.string().max(4096) }, { destructiveHint: true }, async ({ path, key, value }) => {
  const current = await vault.read(`${opts.mount}/data/${path}`).catch(() => ({ data: { data: {} } }));
  // ruleid: sensitive-data-logged
  console.error(`rotating ${path}#${key} to ${value}`);
  await vault.write(`${opts.mount}/data/${path}`, { data: { ...current.data.data, [key]: value } });
  return { content: [{ type: "text", text: `rotated ${path}#${key}` }] };
});

server.tool("diagnose", "Show how the server is configured, for troubleshooting connection problems.", {}, async () => {
  const health = await vault.health().catch((e: Error) => ({ error: e.message }));
  // ruleid: error-detail-leak
  return { content: [{ type: "text", text: JSON.stringify({ health, env: process.env }, null, 2) }] };
});

await server.connect(new StdioServerTransport());
