// TypeScript incremental analysis (the language server's per-registration cache) must give what
// a full analysis gives after every edit. One test per root cause the fuzz runs found
// (test/robustness/fuzz.mjs, replayed with test/robustness/replay-incremental.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, makeEdit } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));

const VAULT = `import path from "node:path";
export class Vault {
  constructor(readonly root: string) {}
  note(rel: string): string {
    const full = path.resolve(this.root, rel);
    const r = path.relative(this.root, full);
    if (r === "" || r.startsWith("..") || path.isAbsolute(r)) throw new Error("outside");
    return full;
  }
}
`;

test('a registration that uses an instance made in its enclosing function is redone when that statement changes', () => {
  // Fuzz run 1, sequence 1868: \`const vault = n/ew Vault(root)\` no longer made a Vault, but the
  // registration's cached result (the guard of Vault.note applied) was reused.
  const file = '/w/ts-outer/server.ts';
  const host = { readFile: (p) => (p === '/w/ts-outer/vault.ts' ? VAULT : undefined) };
  let text = `import { readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { Vault } from "./vault.js";

export function buildServer(root: string) {
  const vault = new Vault(root);
  const server = new McpServer({ name: "notes", version: "1.0.0" });
  server.tool("open_note", { note: z.string() }, async ({ note }) => {
    const text = await readFile(vault.note(note), "utf8");
    return { content: [{ type: "text", text }] };
  });
  return server;
}
`;
  let tree = engine.parsers.parse('typescript', text);
  const first = engine.analyzeTree(file, 'typescript', text, tree, { host, incremental: true });
  assert.equal(first.findings.filter((f) => f.ruleId === 'tool-input-to-path').length, 0, 'the Vault guard holds at first');
  try {
    for (const [find, replacement] of [['new Vault(root)', 'n/ew Vault(root)'], ['"1.0.0"', '"1.0.1"']]) {
      const at = text.indexOf(find);
      const next = text.slice(0, at) + replacement + text.slice(at + find.length);
      tree.edit(makeEdit(text, at, at + find.length, replacement));
      const t2 = engine.parsers.parse('typescript', next, tree);
      tree.delete();
      tree = t2;
      text = next;
      const inc = engine.analyzeTree(file, 'typescript', text, tree, { host, incremental: true });
      const full = engine.analyzeTree(file, 'typescript', text, tree, { host });
      assert.deepEqual(inc.findings, full.findings, `after ${JSON.stringify(replacement)}`);
      assert.ok(full.findings.some((f) => f.ruleId === 'tool-input-to-path'), 'without the instance the read is unguarded');
    }
  } finally {
    tree.delete();
    engine.forget(file);
  }
});
