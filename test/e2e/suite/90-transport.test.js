// Transport and auth rules in real VS Code: an HTTP MCP server without authentication, DNS-rebinding
// protection or a loopback bind gets the three findings at the transport and at listen(); the
// same server set up safely gets none; fixing the code live removes the findings it should.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const TS = 'transport/http-server.ts';
const PY = 'transport/sse_server.py';
const SAFE = 'transport/secure-server.ts';
const TRANSPORT = 'new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })';
const EXPECTED = {
  [TS]: [
    { rule: 'http-transport-without-auth', context: TRANSPORT, target: 'StreamableHTTPServerTransport' },
    { rule: 'dns-rebinding-unprotected', context: TRANSPORT, target: 'StreamableHTTPServerTransport' },
    { rule: 'bind-all-interfaces', context: 'app.listen(3000);', target: 'app.listen' },
  ],
  [PY]: [
    { rule: 'bind-all-interfaces', context: 'host="0.0.0.0"' },
    { rule: 'dns-rebinding-unprotected', context: 'host="0.0.0.0"' },
    { rule: 'http-transport-without-auth', context: 'mcp.run(transport="sse")', target: '"sse"' },
  ],
};
const TRANSPORT_RULES = new Set(['http-transport-without-auth', 'dns-rebinding-unprotected', 'bind-all-interfaces']);

describe('transport and auth rules', () => {
  const docs = {};
  before(async () => {
    for (const rel of [SAFE, TS, PY]) docs[rel] = (await h.open(rel)).doc;
  });
  after(async () => {
    for (const doc of Object.values(docs)) await h.revert(doc);
  });

  for (const rel of [TS, PY]) {
    it(`reports ${EXPECTED[rel].map((e) => e.rule).join(', ')} with exact ranges in ${rel}`, async () => {
      const doc = docs[rel];
      const expected = EXPECTED[rel];
      const list = await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected), h.expectedText(doc, expected), 45_000);
      for (const d of list) {
        const id = h.ruleId(d);
        assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning, `${id} should be a warning by default`);
        assert.ok(d.message.length > 60, `${id} has no real message`);
        const target = typeof d.code === 'object' ? d.code.target : undefined;
        assert.ok(target && target.toString().endsWith(`docs/rules/${id}.md`), `${id} links to ${target}`);
      }
    });
  }

  it(`reports no transport finding in ${SAFE} (bearer auth, DNS-rebinding protection, loopback)`, async () => {
    // The vulnerable files' findings arrived after this file was opened (see before()).
    for (const rel of [TS, PY]) await h.waitForDiagnostics(docs[rel].uri, (l) => l.length > 0, 'findings', 45_000);
    assert.deepStrictEqual(h.warden(docs[SAFE].uri).filter((d) => TRANSPORT_RULES.has(h.ruleId(d))).map((d) => `${h.ruleId(d)}@${h.rangeText(d.range)}`), []);
  });

  it('follows edits: protection and a loopback host remove their findings, authentication is still missing', async () => {
    const doc = docs[TS];
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, h.rangeOf(doc, TRANSPORT, 'sessionIdGenerator: undefined').end, ", enableDnsRebindingProtection: true, allowedHosts: ['127.0.0.1:3000']");
    edit.insert(doc.uri, h.rangeOf(doc, 'app.listen(3000);', '3000').end, ", '127.0.0.1'");
    assert.ok(await vscode.workspace.applyEdit(edit));
    const rest = [{ rule: 'http-transport-without-auth', context: 'new StreamableHTTPServerTransport({', target: 'StreamableHTTPServerTransport' }];
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, rest), h.expectedText(doc, rest), 20_000);

    // Binding every interface again brings bind-all-interfaces back, at the new text.
    const again = new vscode.WorkspaceEdit();
    again.replace(doc.uri, h.rangeOf(doc, "'127.0.0.1');", '127.0.0.1'), '0.0.0.0');
    assert.ok(await vscode.workspace.applyEdit(again));
    const back = [...rest, { rule: 'bind-all-interfaces', context: "app.listen(3000, '0.0.0.0');", target: "'0.0.0.0'" }];
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, back), h.expectedText(doc, back), 20_000);
  });
});
