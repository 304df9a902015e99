import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { all, run } from "./store.js";

const server = new McpServer({ name: "ledger", version: "2.2.0" });

class LedgerTools {
  constructor(private readonly currency: string) {}

  async balance(account: string, asOf?: string) {
    // ok: tool-input-to-sql
    const rows = await all("SELECT sum(debit) - sum(credit) AS balance FROM entries WHERE account = ? AND posted_on <= coalesce(?, date('now'))", [account, asOf ?? null]);
    return `${account}: ${rows[0]?.balance ?? 0} ${this.currency}`;
  }

  async journal(memoContains: string) {
    // ruleid: tool-input-to-sql
    const rows = await all(`SELECT id, posted_on, account, debit, credit, memo FROM entries WHERE memo LIKE '%${memoContains}%' ORDER BY posted_on DESC LIMIT 100`);
    return JSON.stringify(rows, null, 2);
  }

  projected(formula: string, vars: Record<string, number>) {
    const names = Object.keys(vars);
    const body = names.map((n) => `const ${n} = ${Number(vars[n])};`).join(" ") + ` return (${formula});`;
    // ruleid: tool-input-to-eval
    return eval(`(() => { ${body} })()`);
  }
}

const tools = new LedgerTools(process.env.LEDGER_CURRENCY ?? "EUR");

server.tool("balance", { account: z.string().regex(/^\d{4}(-\d{2})?$/), asOf: z.string().date().optional() }, async ({ account, asOf }) => ({
  content: [{ type: "text", text: await tools.balance(account, asOf) }],
}));

server.tool("search_journal", { memo: z.string().min(2) }, async ({ memo }) => ({
  content: [{ type: "text", text: await tools.journal(memo) }],
}));

server.tool(
  "projection",
  "Evaluates a projection formula (e.g. `revenue * 1.05 - costs`) over named figures.",
  { formula: z.string().max(300), figures: z.record(z.number()) },
  async ({ formula, figures }) => ({ content: [{ type: "text", text: String(tools.projected(formula, figures)) }] }),
);

server.tool(
  "import_entries",
  "Imports journal entries given as a JSON array.",
  { json: z.string().max(200_000) },
  async ({ json }) => {
    // ok: tool-input-to-eval
    const entries = JSON.parse(json) as Array<{ account: string; debit?: number; credit?: number; memo?: string; date: string }>;
    for (const e of entries) {
      await run("INSERT INTO entries (id, account, debit, credit, memo, posted_on) VALUES (?, ?, ?, ?, ?, ?)", [randomUUID(), e.account, e.debit ?? 0, e.credit ?? 0, e.memo ?? "", e.date]);
    }
    return { content: [{ type: "text", text: `imported ${entries.length} entries` }] };
  },
);

server.tool("share_statement", { account: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/) }, async ({ account, month }) => {
  // ruleid: insecure-randomness
  const shareToken = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  await run("INSERT INTO shared_statements (token, account, month) VALUES (?, ?, ?)", [shareToken, account, month]);
  return { content: [{ type: "text", text: `https://ledger.example/s/${shareToken}` }] };
});

server.tool("api_key_for_accountant", { accountant: z.string().email() }, async ({ accountant }) => {
  // ok: insecure-randomness
  const key = randomBytes(32).toString("base64url");
  await run("INSERT INTO accountant_keys (email, key_hash) VALUES (?, sha256(?))", [accountant, key]);
  return { content: [{ type: "text", text: `key for ${accountant}: ${key} (shown once)` }] };
});

await server.connect(new StdioServerTransport());
