// Shared helpers for the end-to-end suite: where the workspace files are, what MCP Warden must
// report in them, and waits that poll for a state with a deadline (never fixed sleeps).
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'mcp-warden.mcp-warden';
const SOURCE = 'mcp-warden';

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'the end-to-end workspace (test/e2e/workspace copy) is not open');
  return folders[0].uri;
}

/** A file of the test workspace, by its path relative to the workspace root. */
function fileUri(rel) {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** MCP Warden's diagnostics for a document (other extensions' are ignored). */
function warden(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function ruleId(d) {
  return d.code !== null && typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function rangeText(r) {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function show(diagnostics) {
  return diagnostics.length ? diagnostics.map((d) => `${ruleId(d)}@${rangeText(d.range)}`).join(', ') : '(none)';
}

/**
 * Resolves with check()'s first truthy result. check() runs now, on every diagnostics change
 * and every 100 ms; after timeoutMs the promise rejects with `what` and describe()'s snapshot.
 * @template T
 * @param {() => T} check
 * @param {{ what: string, describe?: () => string, timeoutMs?: number }} options
 * @returns {Promise<T>}
 */
function waitFor(check, { what, describe, timeoutMs = 20_000 }) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      sub.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const probe = () => {
      try {
        const v = check();
        if (v) finish(undefined, v);
      } catch (e) {
        finish(e);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(probe);
    const poll = setInterval(probe, 100);
    const deadline = setTimeout(() => {
      const state = describe ? `; last seen: ${describe()}` : '';
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`));
    }, timeoutMs);
    probe();
  });
}

/** Waits until MCP Warden's diagnostics for uri satisfy predicate; resolves with them. */
function waitForDiagnostics(uri, predicate, what, timeoutMs) {
  const name = vscode.workspace.asRelativePath(uri);
  return waitFor(() => {
    const list = warden(uri);
    return predicate(list) ? list : undefined;
  }, { what: `${what} in ${name}`, describe: () => show(warden(uri)), timeoutMs });
}

/** The range of `target` inside the only line of the document that contains `context`. */
function rangeOf(doc, context, target = context) {
  const lines = doc.getText().split(/\r?\n/);
  const hits = lines.map((l, i) => [l, i]).filter(([l]) => l.includes(context));
  assert.strictEqual(hits.length, 1, `expected exactly one line containing ${JSON.stringify(context)} in ${doc.uri.path}`);
  const [line, i] = hits[0];
  const start = line.indexOf(context) + context.indexOf(target);
  assert.ok(context.includes(target), `${JSON.stringify(target)} is not part of ${JSON.stringify(context)}`);
  return new vscode.Range(i, start, i, start + target.length);
}

/**
 * What the workspace must produce: for each vulnerable file, every finding as rule id plus the
 * text its range must cover (`context` locates the line, `target` the exact span).
 */
const EXPECTED = {
  'src/vulnerable.ts': [
    { rule: 'tool-input-to-shell', context: 'execSync(`ls -la ${dir}`)', target: '`ls -la ${dir}`' },
    { rule: 'tool-input-to-path', context: 'readFileSync(file, "utf8")', target: 'file' },
  ],
  'py/server.py': [
    { rule: 'tool-input-to-shell', context: 'subprocess.run(f"du -sh {path}"', target: 'f"du -sh {path}"' },
  ],
};
const SAFE_FILES = ['src/safe.ts'];

/** True when `list` holds exactly the expected findings (rule and range) for doc. */
function matchesExpected(doc, list, expected) {
  if (list.length !== expected.length) return false;
  return expected.every((e) => {
    const r = rangeOf(doc, e.context, e.target);
    return list.some((d) => ruleId(d) === e.rule && d.range.isEqual(r));
  });
}

/** "rule@line:col-line:col, …" for the expected findings, for failure messages. */
function expectedText(doc, expected) {
  return expected.map((e) => `${e.rule}@${rangeText(rangeOf(doc, e.context, e.target))}`).join(', ');
}

/** Opens a workspace file in its own (non-preview) tab; pull diagnostics only cover files in tabs. */
async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  return { doc, editor };
}

/** Discards unsaved edits to a document (the workspace copy stays as checked in). */
async function revert(doc) {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

module.exports = {
  EXTENSION_ID, SOURCE, EXPECTED, SAFE_FILES,
  workspaceRoot, fileUri, warden, ruleId, rangeText, show, waitFor, waitForDiagnostics, rangeOf, matchesExpected, expectedText, open, revert,
};
