// Random edit batches through the real language server (dist/server.js over stdio). After each
// batch the diagnostics published for the final version must equal a fresh analysis of the
// final text (engine.analyzeText): fully when the text parses without errors or the server's
// tree equals a fresh parse; otherwise (tree-sitter's error recovery may differ between an
// incremental and a fresh parse) only "no internal failure" is checked. A batch where the
// server's analysis or the fresh one stopped at the per-file time budget (a loaded machine) and
// nothing else differs in the notes is counted as not comparable instead. Waits poll with a
// deadline, never sleep.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { applyEdit, derive, inverseEdit, lspLineStarts, lspPosition, picker, prng, randomEdit, snapEdit } from './mutate.mjs';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 };
const LANGUAGE_ID = { typescript: 'typescript', tsx: 'typescriptreact', javascript: 'javascript', python: 'python' };

export class LspClient {
  /** `dist`: the folder with server.js. */
  constructor(dist) {
    this.published = new Map(); // uri → publishDiagnostics params, in arrival order
    this.logs = [];
    this.stderr = '';
    this.proc = spawn(process.execPath, [join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.proc.stderr.on('data', (b) => (this.stderr = (this.stderr + b).slice(-20_000)));
    const conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      if (!this.published.has(p.uri)) this.published.set(p.uri, []);
      this.published.get(p.uri).push(p);
    });
    conn.onNotification('window/logMessage', (p) => this.logs.push(p));
    // Per document, the last status: a publication is final once its version has settled (the
    // check rules ran and the fixes are computed; see Memo in server.ts).
    this.status = new Map();
    conn.onNotification('mcpWarden/status', (p) => {
      for (const d of p.documents ?? []) this.status.set(d.uri, d);
    });
    conn.onError(() => {});
    conn.onClose(() => {});
    conn.listen();
    this.conn = conn;
  }

  async initialize(rootDir) {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      workspaceFolders: [{ uri: pathToFileURL(rootDir).href, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true } },
      },
      initializationOptions: { debounceMs: 0, settleMs: 0 },
    });
    await this.conn.sendNotification('initialized', {});
  }

  open(uri, languageId, text, version) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  syntaxTree(uri) {
    return this.conn.sendRequest('mcpWarden/syntaxTree', { uri });
  }

  /** The final diagnostics published for `version` of `uri`, polling until `ms` have passed. */
  async diagnosticsFor(uri, version, ms = 20_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = (this.published.get(uri) ?? []).filter((p) => p.version === version).pop();
      const st = this.status.get(uri);
      const settled = st && (st.version === undefined || (st.version === version && st.settled !== false));
      if (found && settled) return found.diagnostics;
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) throw new Error(`server exited (${this.proc.exitCode ?? this.proc.signalCode}) while waiting for ${uri} v${version}\n${this.stderr.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version} within ${ms} ms\nserver stderr:\n${this.stderr.slice(-2000)}\nserver log:\n${this.logs.map((l) => l.message).join('\n').slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  errorLogs() {
    return this.logs.filter((l) => l.type === 1).map((l) => l.message);
  }

  async shutdown() {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    const timer = setTimeout(() => this.proc.kill(), 10_000);
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
      await this.exited;
    } finally {
      clearTimeout(timer);
      this.conn.dispose();
    }
  }
}

/** A list of differences between published diagnostics and a fresh analysis (empty = equal). */
function compare(diagnostics, analysis) {
  const got = diagnostics.filter((d) => d.data?.ruleId !== undefined).map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message }));
  const want = analysis.findings.map((f) => ({ code: f.ruleId, range: f.range, severity: SEVERITY[f.severity], message: f.message }));
  const problems = [];
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push({ what: 'rule diagnostics differ from a fresh analysis', got, want });
  const notes = diagnostics.filter((d) => d.data?.ruleId === undefined).map((d) => d.message);
  const wantNotes = analysis.incomplete ? 1 : 0;
  if (notes.length !== wantNotes || (analysis.incomplete && !notes[0].includes(analysis.incomplete))) problems.push({ what: 'notes differ', got: notes, want: analysis.incomplete ?? null });
  return problems;
}

/** The engine's `incomplete` when an analysis ran out of time (EngineOptions.budgetMs). */
const TIME_BUDGET = 'analysis stopped at the per-file time budget';

/**
 * True when the server's analysis or the fresh one stopped at the time budget, and that is the
 * only note on either side: the two stopped at different places, so their findings cannot be
 * compared. Any other note (or a budget note next to another one) is compared as usual.
 */
function stoppedAtTimeBudget(diagnostics, analysis) {
  const notes = diagnostics.filter((d) => d.data?.ruleId === undefined).map((d) => d.message);
  const serverStopped = notes.length === 1 && notes[0] === `MCP Warden: ${TIME_BUDGET}`;
  if (notes.length > 0 && !serverStopped) return false;
  if (analysis.incomplete !== undefined && analysis.incomplete !== TIME_BUDGET) return false;
  return serverStopped || analysis.incomplete === TIME_BUDGET;
}

function failureNotes(diagnostics) {
  return diagnostics.filter((d) => d.data?.ruleId === undefined && /analysis failed|internal error|failed to load/.test(d.message)).map((d) => d.message);
}

/**
 * Opens `docs` documents (seed texts) in one server and sends `batches` random edit batches to
 * each. Returns counts and the problems found.
 *
 * @param {object} o
 * @param {string} o.dist        the built bundles (server.js, engine.js)
 * @param {object} o.engine      an Engine for the expected results
 * @param {string} o.dir         a folder for the documents' URIs (nothing is written there)
 * @param {Array} o.seeds        from loadSeeds
 * @param {number} o.runSeed
 * @param {number} o.docs
 * @param {number} o.batches     per document
 * @param {number} [o.maxEdits]  per batch (default 6)
 * @param {(stats) => void} [o.onProgress]
 */
export async function lspFuzz(o) {
  const { langFromLanguageId } = o.engineMod ?? createRequire(import.meta.url)(join(o.dist, 'engine.js'));
  const stats = { docs: 0, batches: 0, edits: 0, notifications: 0, compared: 0, comparedTreeEqual: 0, skippedTreeDiffers: 0, notComparableTimeBudget: 0, problems: [], errorLogs: [], ms: 0 };
  const client = new LspClient(o.dist);
  const t0 = performance.now();
  try {
    await client.initialize(o.dir);
    // Documents whose seeds are at most 20 KB; a few at a time, like an editor with some tabs.
    const seeds = o.seeds.filter((s) => s.text.length <= 20_000);
    for (let d = 0; d < o.docs; d++) {
      const p = picker(prng(derive(o.runSeed ^ 0x5bd1e995, d)));
      const seed = p.one(seeds);
      let text = seed.text;
      if (p.chance(0.15)) text = text.replace(/\r?\n/g, '\r\n');
      if (p.chance(0.1)) text = '\ufeff' + text;
      const ext = seed.file.slice(seed.file.lastIndexOf('.'));
      const uri = pathToFileURL(join(o.dir, `doc${d}${ext}`)).href;
      const languageId = LANGUAGE_ID[seed.lang];
      const lang = langFromLanguageId(languageId, uri);
      let version = 1;
      await client.open(uri, languageId, text, version);
      stats.docs++;
      const initial = text;
      const history = [];
      const check = async (batch) => {
        const diagnostics = await client.diagnosticsFor(uri, version);
        const analysis = o.engine.analyzeText(`/lsp/doc${d}${ext}`, text, { lang });
        const where = { doc: d, seed: seed.name, file: `doc${d}${ext}`, lang, runSeed: o.runSeed, batch, version, initial, history: history.slice(), text };
        const failed = failureNotes(diagnostics);
        if (failed.length) stats.problems.push({ ...where, what: 'internal failure reported', got: failed });
        let full = !analysis.hasSyntaxErrors;
        if (!full) {
          const tree = await client.syntaxTree(uri);
          const fresh = o.engine.parsers.parse(lang, text, null, 5000);
          full = !!tree?.sexp && !!fresh && tree.sexp === fresh.rootNode.toString();
          fresh?.delete();
          if (full) stats.comparedTreeEqual++;
          else stats.skippedTreeDiffers++;
        }
        if (full && stoppedAtTimeBudget(diagnostics, analysis)) stats.notComparableTimeBudget++;
        else if (full) {
          stats.compared++;
          for (const problem of compare(diagnostics, analysis)) stats.problems.push({ ...where, ...problem });
        }
      };
      await check(0);
      for (let b = 1; b <= o.batches; b++) {
        // The batch's edits, each as offsets into the text left by the ones before it.
        const edits = [];
        let cur = text;
        for (let k = p.int(1, o.maxEdits ?? 6); k > 0; k--) {
          const e = snapEdit(cur, randomEdit(cur, p, { allowBreaking: p.chance(0.7) }));
          edits.push({ e, before: cur });
          cur = applyEdit(cur, e);
        }
        // Half the time the batch ends by undoing itself (still as incremental edits), which
        // brings the document back to a state that parses.
        if (p.chance(0.5)) {
          for (let k = edits.length - 1; k >= 0; k--) {
            const inv = inverseEdit(edits[k].before, edits[k].e);
            edits.push({ e: inv, before: cur });
            cur = applyEdit(cur, inv);
          }
        }
        // Send them in one to three notifications.
        const groups = p.int(1, Math.min(3, edits.length));
        const per = Math.ceil(edits.length / groups);
        for (let g = 0; g < edits.length; g += per) {
          const changes = edits.slice(g, g + per).map(({ e, before }) => {
            const starts = lspLineStarts(before);
            return { range: { start: lspPosition(starts, e.start), end: lspPosition(starts, e.end) }, text: e.insert };
          });
          version++;
          await client.change(uri, version, changes);
          stats.notifications++;
          stats.edits += changes.length;
          history.push(...edits.slice(g, g + per).map(({ e }) => ({ version, start: e.start, end: e.end, insert: e.insert, kind: e.kind })));
        }
        text = cur;
        stats.batches++;
        await check(b);
        if (stats.problems.length >= 10) break;
      }
      await client.close(uri);
      o.onProgress?.(stats);
      if (stats.problems.length >= 10) break;
    }
    stats.errorLogs = client.errorLogs().slice(0, 10);
  } finally {
    await client.shutdown();
    stats.ms = performance.now() - t0;
  }
  return stats;
}
