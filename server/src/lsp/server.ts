// MCP Warden language server: keeps one tree-sitter tree per open document (re-parsed
// incrementally on every change), runs the engine on it and reports findings as diagnostics —
// pushed (publishDiagnostics, debounced) or pulled (textDocument/diagnostic), whichever the
// client supports, never both.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import {
  CodeLensRefreshRequest,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Tree } from 'web-tree-sitter';
import { commonEnds, Engine, RULES, langFromLanguageId, makeEditAt, skipReason, type EngineOptions, type FileAnalysis, type FileHost, type Finding, type Lang, type McpDefinition, type Position, type Range, type TreeLang } from '../engine';
import { docsRoot, findingToDiagnostic, noteDiagnostic, uriToFile } from './diagnostics';
import { CODE_ACTION_KINDS, codeActions, ReportedDiagnostics } from './codeActions';
import {
  DEFAULT_DEBOUNCE_MS,
  StatusNotification,
  SyntaxTreeRequest,
  type DocumentStatus,
  type InitializationOptions,
  type Notification,
  type Request,
  type ServerState,
} from './protocol';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_SECTION, type Settings, type SettingsProblem } from './settings';
import { buildCodeLenses, lensSignature } from './codeLens';
import { phaseSummary, phasesEnabled, record, time } from './phases';

/** Time budget for one (re-)parse, in ms. A parse that runs past it is retried on the next analysis. */
const PARSE_BUDGET_MS = 1000;
/** Time budget for analysing one document, in ms. */
const ANALYZE_BUDGET_MS = 1500;
/** Helper files read from disk larger than this are not read at all. */
const MAX_HELPER_BYTES = 2_000_000;

// Over stdio every message is two writes (header, body) and stdout pipes are synchronous on
// Linux: one system call each. Writes made in the same turn of the event loop go out together.
if (process.argv.includes('--stdio')) {
  const out = process.stdout;
  const write = out.write.bind(out);
  let corked = false;
  out.write = ((...args: Parameters<typeof out.write>) => {
    if (!corked) {
      corked = true;
      out.cork();
      process.nextTick(() => {
        corked = false;
        out.uncork();
      });
    }
    return write(...args);
  }) as typeof out.write;
}

const connection = createConnection(ProposedFeatures.all);
// stdout may be the JSON-RPC channel: anything printed must go to the client's log instead.
console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));

const DOCS_DIR = docsRoot(__dirname);
const KNOWN_RULES = new Set(RULES.map((r) => r.meta.id));

interface OpenDoc {
  uri: string;
  /** Engine name: file path for file: URIs, the URI otherwise. */
  file: string;
  /** File path for file: URIs (used for exclude globs and as a helper module key). */
  fsPath?: string;
  lang: Lang | undefined;
  doc: TextDocument;
  /**
   * The one tree for this document. Edits are applied to it at once (`tree.edit`), the re-parse
   * waits for the analysis: when `stale`, its nodes are right outside the edited parts only.
   */
  tree: Tree | null;
  /** The tree was edited and not re-parsed since (see freshTree and analyze). */
  stale?: boolean;
  parseMs: number;
  /** The pending analysis (a timer, or an immediate when there is no debounce); see schedule(). */
  timer?: NodeJS.Timeout | NodeJS.Immediate;
  /** When the last edit arrived (only with MCP_WARDEN_PHASES=1, see phases.ts). */
  changedAt?: number;
  /** Files the last analysis asked the host about (helper modules, including missing ones). */
  deps: Set<string>;
  /** Bumped when a dependency changed (part of the pull-diagnostics result id). */
  depsStamp: number;
  /** Result id of the last analysis (pull mode) and its status. */
  resultId?: string;
  status?: DocumentStatus;
  /**
   * What tree-sitter says changed in the tree since the last analysis: the ranges of the one
   * re-parse since then, or null after several (or a full parse), when the engine must not rely on them.
   */
  changed: { startIndex: number; endIndex: number }[] | null;
  reparsesSinceAnalysis: number;
  /** Why the last parse failed (the parser crashed), shown as a note. */
  parseError?: string;
  /** When the document was last opened or edited (editClock): trees are kept for the most recent. */
  touched?: number;
  /** The last analysis (see Memo); `fixStamp` counts the times settle() changed what it reported. */
  memo?: Memo;
  fixStamp?: number;
  fixTimer?: NodeJS.Timeout;
  /** The last analysis as reported (for CodeLens): its version, settings stamp, definitions and diagnostics. */
  last?: { version: number; stamp: number; definitions: readonly McpDefinition[]; diagnostics: Diagnostic[] };
  /** Fingerprint of the lenses the client last saw (codeLens.ts lensSignature). */
  lensSig?: string;
}

const docs = new Map<string, OpenDoc>();

/**
 * The last analysis of a document. On a keystroke only the language analysis runs (taint flows,
 * schemas): the check rules' findings of the previous analysis are carried over, moved through
 * the edit (those it touched are dropped), and quick fixes wait. Once typing pauses, `settle`
 * runs the check rules and computes the fixes, and the diagnostics are reported again.
 */
interface Memo {
  /** Version, settings and dependencies the analysis was made for (memoKey). */
  key: string;
  settings: number;
  text: string;
  out: Diagnostic[];
  /** Every finding reported (base + checks), sorted. */
  findings: Finding[];
  /** Findings of the language analysis. */
  base: Finding[];
  /** Findings of the check rules (fresh when settled, carried over otherwise). */
  checks: Finding[];
  definitions: readonly McpDefinition[];
  incomplete?: string;
  /** Check rules run on this text and quick fixes computed. */
  settled: boolean;
}

/** Rules whose findings come from `check` functions (run when typing pauses). */
const CHECK_RULES = new Set(RULES.filter((r) => 'check' in r && typeof r.check === 'function').map((r) => r.meta.id));

/**
 * Syntax trees live in tree-sitter's WebAssembly memory, which never shrinks: only the documents
 * edited most recently keep theirs between analyses (an edit to another one parses it afresh, once).
 */
const MAX_KEPT_TREES = 24;
let editClock = 0;

/** Check rules and quick fixes run this long after the last analysis of a document, if nothing changed since. */
let settleMs = 250;

let pullMode = false;
let hasConfigurationCapability = false;
let hasDynamicConfigRegistration = false;
let hasRefreshSupport = false;
let hasCodeLensRefresh = false;
let hasWorkspaceFolders = false;
let debounceMs = DEFAULT_DEBOUNCE_MS;
let workspaceRoots: string[] = [];

let engine: Engine | undefined;
let engineError: string | undefined;
let engineReady: Promise<void> = Promise.resolve();

let settings: Settings = { ...DEFAULT_SETTINGS };
let settingsStamp = 0;
let isExcluded: (file: string) => boolean = makeExcludeMatcher(settings.exclude);
/** Resolves once the first settings have been read (after `initialized`). */
let settingsReady: Promise<void>;
let markSettingsReady: () => void = () => {};
settingsReady = new Promise<void>((resolve) => (markSettingsReady = resolve));

let serverState: ServerState = 'starting';
let shuttingDown = false;

// ---------------------------------------------------------------------------------------------
// Lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  pullMode = caps.textDocument?.diagnostic !== undefined;
  hasConfigurationCapability = caps.workspace?.configuration === true;
  hasDynamicConfigRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  hasRefreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
  hasCodeLensRefresh = caps.workspace?.codeLens?.refreshSupport === true;
  hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;

  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  if (typeof init.debounceMs === 'number' && Number.isFinite(init.debounceMs) && init.debounceMs >= 0) {
    debounceMs = Math.min(init.debounceMs, 10_000);
  }
  if (typeof init.settleMs === 'number' && Number.isFinite(init.settleMs) && init.settleMs >= 0) {
    settleMs = Math.min(init.settleMs, 10_000);
  }
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToFile(f.uri));
  if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [uriToFile(params.rootUri)];

  engineReady = Engine.create(__dirname).then(
    (e) => {
      engine = e;
      // Documents opened before the grammars loaded get their first tree now.
      for (const d of docs.values()) freshTree(d);
    },
    (e: unknown) => {
      engineError = errorText(e);
      connection.console.error(`MCP Warden could not load the analyzer: ${engineError}`);
    },
  );

  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'mcp-warden' },
  };
  if (pullMode) {
    result.capabilities.diagnosticProvider = { identifier: 'mcp-warden', interFileDependencies: true, workspaceDiagnostics: false };
  }
  if (hasWorkspaceFolders) {
    result.capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
  }
  return result;
});

connection.onInitialized(() => {
  if (hasDynamicConfigRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(logError('registering for configuration changes'));
  }
  if (hasWorkspaceFolders) {
    guard('watching workspace folders', () => {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToFile(f.uri)));
        workspaceRoots = workspaceRoots.filter((r) => !removed.has(r)).concat(e.added.map((f) => uriToFile(f.uri)));
        refreshAll();
      });
    });
  }
  void reloadSettings(undefined).finally(() => {
    markSettingsReady();
    void engineReady.then(() => {
      serverState = engineError ? 'error' : settings.enable ? 'ready' : 'disabled';
      sendStatus();
    });
  });
});

connection.onShutdown(() => {
  shuttingDown = true;
  if (phasesEnabled) process.stderr.write(phaseSummary() + '\n');
  for (const d of docs.values()) {
    cancel(d.timer);
    d.tree?.delete();
    d.tree = null;
  }
  docs.clear();
});

// ---------------------------------------------------------------------------------------------
// Settings

let settingsRequest = 0;

/** Re-reads settings; resolves true when they were applied (false if a newer read overtook this one). */
async function reloadSettings(pushed: unknown): Promise<boolean> {
  const request = ++settingsRequest;
  let raw: unknown;
  if (hasConfigurationCapability) {
    try {
      raw = await connection.workspace.getConfiguration(SETTINGS_SECTION);
    } catch (e) {
      connection.console.error(`MCP Warden: reading settings failed, using defaults: ${errorText(e)}`);
    }
    if (request !== settingsRequest) return false;
  } else if (pushed && typeof pushed === 'object') {
    raw = (pushed as Record<string, unknown>)[SETTINGS_SECTION];
  }
  const problems: SettingsProblem[] = [];
  const next = parseSettings(raw, problems);
  for (const id of Object.keys(next.rules)) {
    if (!KNOWN_RULES.has(id)) problems.push({ key: `mcpWarden.rules.${id}`, message: 'no rule has this id' });
  }
  for (const p of problems) connection.console.warn(`MCP Warden setting ${p.key}: ${p.message}`);
  settings = next;
  settingsStamp++;
  isExcluded = makeExcludeMatcher(next.exclude);
  if (serverState !== 'starting' && serverState !== 'error') serverState = next.enable ? 'ready' : 'disabled';
  return true;
}

connection.onDidChangeConfiguration((params) => {
  void reloadSettings(params.settings).then((applied) => {
    if (!applied) return;
    connection.console.log(`MCP Warden: settings changed (enable=${settings.enable}, ${Object.keys(settings.rules).length} rule overrides, ${settings.exclude.length} exclude patterns)`);
    refreshAll();
  });
});

function makeExcludeMatcher(globs: string[]): (file: string) => boolean {
  if (globs.length === 0) return () => false;
  let match: (p: string) => boolean;
  try {
    match = picomatch(globs, { dot: true });
  } catch (e) {
    connection.console.warn(`MCP Warden: invalid exclude pattern (${errorText(e)}); nothing excluded`);
    return () => false;
  }
  return (file) => {
    const slashed = file.split(path.sep).join('/');
    if (match(slashed)) return true;
    for (const root of workspaceRoots) {
      const rel = path.relative(root, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && match(rel.split(path.sep).join('/'))) return true;
    }
    return false;
  };
}

// ---------------------------------------------------------------------------------------------
// Documents: one tree each, edited and re-parsed incrementally

/**
 * Documents whose lenses the client asked for before it opened them (a request can overtake the
 * didOpen while the client starts): it was answered with none, so once the document is analysed
 * lensesMayHaveChanged() asks the client to ask again.
 */
const lensAskedUnopened = new Set<string>();

connection.onDidOpenTextDocument(({ textDocument: td }) => {
  guard(`opening ${td.uri}`, () => {
    const old = docs.get(td.uri);
    if (old) closeDoc(old);
    const file = uriToFile(td.uri);
    const d: OpenDoc = {
      uri: td.uri,
      file,
      fsPath: td.uri.startsWith('file:') && file !== td.uri ? file : undefined,
      lang: langFromLanguageId(td.languageId, file),
      doc: TextDocument.create(td.uri, td.languageId, td.version, td.text),
      tree: null,
      parseMs: 0,
      deps: new Set(),
      depsStamp: 0,
      changed: null,
      reparsesSinceAnalysis: 0,
      // Asked for before it was open: the client shows no lenses, so the first analysis refreshes them.
      lensSig: lensAskedUnopened.delete(td.uri) ? lensSignature([]) : undefined,
    };
    docs.set(td.uri, d);
    // Parsed by its first analysis (scheduled now): opening many files at once does not hold
    // all their trees at the same time.
    d.touched = ++editClock;
    helperChanged(d.fsPath, d);
    schedule(d, 0);
  });
});

connection.onDidChangeTextDocument(({ textDocument: td, contentChanges }) => {
  const d = docs.get(td.uri);
  if (!d) return;
  guard(`updating ${td.uri}`, () => {
    d.touched = ++editClock;
    if (phasesEnabled) d.changedAt = performance.now();
    time('apply edits', () => applyChanges(d, contentChanges, td.version));
    helperChanged(d.fsPath, d);
    schedule(d, debounceMs, true);
  });
});

connection.onDidCloseTextDocument(({ textDocument: td }) => {
  const d = docs.get(td.uri);
  if (!d) return;
  guard(`closing ${td.uri}`, () => {
    closeDoc(d);
    reported.delete(td.uri);
    engine?.forget(d.file);
    // The file on disk (if any) is now the truth for documents that import it.
    helperChanged(d.fsPath, undefined);
    if (!pullMode) connection.sendDiagnostics({ uri: td.uri, diagnostics: [] });
    sendStatus();
  });
});

/** What an analysis result depends on: the text's version, the settings and the helper files. */
function memoKey(d: OpenDoc): string {
  return `${d.doc.version}.${settingsStamp}.${d.depsStamp}`;
}

/** Diagnostics for findings; records them for code actions and CodeLens. */
function report(d: OpenDoc, findings: Finding[], definitions: readonly McpDefinition[], incomplete: string | undefined): Diagnostic[] {
  const out = findings.map((f) => findingToDiagnostic(f, d, DOCS_DIR));
  reported.set(d.uri, d.doc.version, out);
  d.last = { version: d.doc.version, stamp: settingsStamp, definitions, diagnostics: [...out] };
  if (incomplete) out.push(noteDiagnostic(incomplete));
  return out;
}

function scheduleSettle(d: OpenDoc): void {
  clearTimeout(d.fixTimer);
  if (!d.memo || d.memo.settled) return;
  d.fixTimer = setTimeout(() => {
    d.fixTimer = undefined;
    guard(`checking ${d.uri}`, () => {
      if (settle(d)) republish(d);
    });
  }, settleMs);
}

function republish(d: OpenDoc): void {
  if (pullMode) requestRefresh();
  else connection.sendDiagnostics({ uri: d.uri, version: d.doc.version, diagnostics: [...d.memo!.out] });
  sendStatus();
}

/**
 * Runs the check rules and computes the quick fixes for the last analysis, when it still
 * describes the document. Returns true when what is reported changed.
 */
function settle(d: OpenDoc): boolean {
  const m = d.memo;
  if (!engine || !m || m.settled || m.key !== memoKey(d) || docs.get(d.uri) !== d || !d.lang || d.lang === 'json') return false;
  m.settled = true;
  caughtUpTree(d);
  if (!d.tree) {
    if (d.status) d.status.settled = true;
    sendStatus();
    return false;
  }
  const text = d.doc.getText();
  const checked = engine.checkFindings(d.file, d.lang, text, d.tree, m.definitions, { rules: settings.rules, budgetMs: ANALYZE_BUDGET_MS, host: hostFor(d, false) });
  const checks = checked.findings.filter((f) => settings.rules[f.ruleId] !== 'off');
  const findings = engine.withFixes(d.file, d.lang, text, d.tree, byPosition([...m.base, ...checks]), m.definitions);
  const incomplete = m.incomplete ?? checked.incomplete;
  const before = JSON.stringify(m.out);
  m.checks = checks;
  m.findings = findings;
  m.incomplete = incomplete;
  m.out = report(d, findings, m.definitions, incomplete);
  if (d.status) {
    d.status.findings = findings.length;
    d.status.settled = true;
    if (incomplete) d.status.incomplete = incomplete;
  }
  if (JSON.stringify(m.out) === before) {
    sendStatus();
    return false;
  }
  d.fixStamp = (d.fixStamp ?? 0) + 1;
  return true;
}

/** Findings in reading order (as the engine reports them). */
function byPosition(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Findings made on `oldText`, moved to where they are in `newText` (one contiguous edit between
 * the two, found by comparing them). Findings the edit touched are dropped.
 */
function moveThroughEdit(oldText: string, newText: string, findings: Finding[], file: string): Finding[] {
  if (oldText === newText || findings.length === 0) return findings;
  const { p, sfx } = commonEnds(oldText, newText);
  const s0 = positionIn(oldText, p);
  const oe = positionIn(oldText, oldText.length - sfx);
  const ne = positionIn(newText, newText.length - sfx);
  const before = (x: Position) => x.line < s0.line || (x.line === s0.line && x.character <= s0.character);
  const after = (x: Position) => x.line > oe.line || (x.line === oe.line && x.character >= oe.character);
  const move = (x: Position): Position => (before(x) ? x : x.line === oe.line ? { line: ne.line, character: x.character - oe.character + ne.character } : { line: x.line + ne.line - oe.line, character: x.character });
  const untouched = (r: Range) => before(r.end) || after(r.start);
  const out: Finding[] = [];
  for (const found of findings) {
    if (!untouched(found.range) || found.flow.some((s) => s.file === file && !untouched(s.range))) continue;
    // Fixes are edits of the old text: settle() computes them again for the new one.
    const f = found.fixes ? { ...found, fixes: undefined } : found;
    if (before(f.range.end) && f.flow.every((s) => s.file !== file || before(s.range.end))) out.push(f);
    else out.push({ ...f, range: { start: move(f.range.start), end: move(f.range.end) }, flow: f.flow.map((s) => (s.file === file ? { ...s, range: { start: move(s.range.start), end: move(s.range.end) } } : s)) });
  }
  return out;
}

function positionIn(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** Drops the trees of all but the MAX_KEPT_TREES most recently touched documents. */
function trimTrees(): void {
  let withTrees = 0;
  for (const o of docs.values()) if (o.tree) withTrees++;
  if (withTrees <= MAX_KEPT_TREES) return;
  const byAge = [...docs.values()].filter((o) => o.tree && !o.timer).sort((a, b) => (a.touched ?? 0) - (b.touched ?? 0));
  for (const o of byAge.slice(0, withTrees - MAX_KEPT_TREES)) dropTree(o);
}

function closeDoc(d: OpenDoc): void {
  cancel(d.timer);
  clearTimeout(d.fixTimer);
  dropTree(d);
  docs.delete(d.uri);
}

function dropTree(d: OpenDoc): void {
  // After a parser crash the old trees belong to a dead WebAssembly instance: just let them go.
  if (!engine?.parserBroken) d.tree?.delete();
  d.tree = null;
  d.stale = false;
}

let recovering: Promise<void> | undefined;

/**
 * tree-sitter's WebAssembly trapped on some input (a stack overflow): start a new instance,
 * parse every open document again and re-publish. The document that caused it keeps its note.
 */
function recoverParser(): void {
  if (!engine || recovering || !engine.parserBroken) return;
  const e = engine;
  connection.console.error('MCP Warden: the parser crashed on an input; restarting it and re-analysing open documents');
  for (const d of docs.values()) d.tree = null;
  recovering = e
    .recover()
    .then(() => {
      if (pullMode) void connection.languages.diagnostics.refresh();
      else for (const d of docs.values()) schedule(d, 0);
    })
    .catch((err) => connection.console.error(`MCP Warden: restarting the parser failed: ${errorText(err)}`))
    .finally(() => {
      recovering = undefined;
    });
}

/**
 * Applies content changes in order (each range refers to the text left by the previous one),
 * editing the tree for each, then re-parses once with the edited old tree. The text is always
 * updated; if anything goes wrong with the tree it is dropped and the next analysis parses afresh.
 */
function applyChanges(d: OpenDoc, changes: TextDocumentContentChangeEvent[], version: number): void {
  let edited = false;
  for (const change of changes) {
    const range = 'range' in change ? change.range : undefined;
    if (!range) {
      dropTree(d); // full-text change
    } else if (d.tree) {
      try {
        const start = d.doc.offsetAt(range.start);
        const end = Math.max(start, d.doc.offsetAt(range.end));
        // Positions from the offsets (clamped the way the document clamps them).
        d.tree.edit(makeEditAt(start, end, d.doc.positionAt(start), d.doc.positionAt(end), change.text));
        edited = true;
      } catch (e) {
        connection.console.error(`MCP Warden: editing the tree of ${d.uri} failed, will re-parse fully: ${errorText(e)}`);
        dropTree(d);
      }
    }
    d.doc = TextDocument.update(d.doc, [change], version);
  }
  // The re-parse waits for the (debounced) analysis: keystrokes in between cost a tree edit
  // each, and an edit inside one registration may need no full re-parse at all (analyze()).
  // No tree (full-text change, or none yet): the analysis parses from scratch, so a file that
  // cannot be parsed within the budget costs one attempt per pause, not per keystroke.
  if (d.tree && edited) d.stale = true;
}

/** The document's tree, re-parsed if edits are pending: what everything but analyze() uses. */
function freshTree(d: OpenDoc): void {
  if (d.tree && !d.stale) return;
  try {
    reparse(d);
  } catch (e) {
    connection.console.error(`MCP Warden: incremental parse of ${d.uri} failed, will re-parse fully: ${errorText(e)}`);
    dropTree(d);
    reparse(d);
  }
}

/**
 * freshTree for a document whose last analysis is of its current text (settle, code actions):
 * the re-parse catches the tree up with what was analysed, so the next analysis's changed
 * ranges start from here.
 */
function caughtUpTree(d: OpenDoc): void {
  const was = d.stale;
  freshTree(d);
  if (was && d.memo?.key === memoKey(d)) {
    d.changed = null;
    d.reparsesSinceAnalysis = 0;
  }
}

/** Parses the document with its (already edited) old tree; keeps exactly one tree. */
function reparse(d: OpenDoc): void {
  // MCP configuration files (lang json) have no tree: they are analysed from their text.
  if (!engine || !d.lang || d.lang === 'json') return;
  const text = d.doc.getText();
  if (skipReason(text)) {
    dropTree(d);
    return;
  }
  const old = d.tree;
  const lang = d.lang;
  const parsers = engine.parsers;
  const t0 = performance.now();
  let tree;
  try {
    tree = time('re-parse', () => parsers.parse(lang, text, old, PARSE_BUDGET_MS));
    d.parseError = undefined;
  } catch (e) {
    // tree-sitter's WebAssembly trapped (or was already down): note it on this document,
    // restart the parser for everyone.
    d.parseError = errorText(e);
    d.tree = null;
    d.changed = null;
    d.reparsesSinceAnalysis = 2;
    recoverParser();
    return;
  }
  d.parseMs = performance.now() - t0;
  d.reparsesSinceAnalysis++;
  d.changed = tree && old ? time('changed ranges', () => tree.getChangedRanges(old)).map((r) => ({ startIndex: r.startIndex, endIndex: r.endIndex })) : null;
  old?.delete();
  d.tree = tree;
  d.stale = false;
}

// ---------------------------------------------------------------------------------------------
// Cross-file: helpers imported by open documents

/** A file changed (edited, opened, closed, or changed on disk): re-analyse documents that use it. */
function helperChanged(file: string | undefined, except: OpenDoc | undefined): void {
  if (!file) return;
  engine?.invalidate(file);
  for (const d of docs.values()) {
    if (d === except || !d.deps.has(file)) continue;
    d.depsStamp++;
    if (!pullMode) schedule(d, debounceMs);
  }
  if (pullMode && [...docs.values()].some((d) => d !== except && d.deps.has(file))) requestRefresh();
}

connection.onDidChangeWatchedFiles(({ changes }) => {
  guard('handling file changes', () => {
    for (const c of changes) {
      const file = uriToFile(c.uri);
      if (file === c.uri) continue;
      // An open document's buffer is authoritative; only its disk copy changed.
      const open = docs.get(c.uri);
      if (open) continue;
      helperChanged(file, undefined);
    }
  });
});

/**
 * FileHost for one analysis: open buffers first, then disk; records every path asked about. The
 * check rules that settle later (`fresh` false) add to the paths of the analysis they complete.
 */
function hostFor(d: OpenDoc, fresh = true): FileHost {
  if (fresh) d.deps = new Set();
  const openByPath = (p: string): OpenDoc | undefined => {
    for (const o of docs.values()) if (o.fsPath === p) return o;
    return undefined;
  };
  return {
    readFile(p) {
      d.deps.add(p);
      const o = openByPath(p);
      if (o) return o.doc.getText();
      try {
        const st = fs.statSync(p, { throwIfNoEntry: false });
        if (!st?.isFile() || st.size > MAX_HELPER_BYTES) return undefined;
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    version(p) {
      d.deps.add(p);
      const o = openByPath(p);
      if (o) return `open:${o.doc.version}`;
      try {
        const st = fs.statSync(p, { throwIfNoEntry: false });
        return st?.isFile() && st.size <= MAX_HELPER_BYTES ? `disk:${st.mtimeMs}:${st.size}` : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Analysis and reporting

function schedule(d: OpenDoc, delay: number, edit = false): void {
  if (pullMode || shuttingDown) return;
  cancel(d.timer);
  const run = () => {
    d.timer = undefined;
    void publish(d);
  };
  // setTimeout(fn, 0) waits at least 1 ms: an edit with no debounce (a client that debounces
  // itself) is analysed as soon as the edits queued now are applied. Opens and refreshes keep
  // the timer, so that a burst of them (a restored session) is read before the analyses start
  // (bench (c): a few MB less peak memory with 300 documents opened at once; it varies by run).
  d.timer = delay > 0 || !edit ? setTimeout(run, delay) : setImmediate(run);
}

function cancel(timer: NodeJS.Timeout | NodeJS.Immediate | undefined): void {
  if (timer === undefined) return;
  if ('refresh' in timer) clearTimeout(timer);
  else clearImmediate(timer as NodeJS.Immediate);
}

/** Re-report every open document (settings or workspace folders changed). */
function refreshAll(): void {
  if (pullMode) requestRefresh();
  else for (const d of docs.values()) schedule(d, 0);
  sendStatus();
}

let refreshPending = false;
function requestRefresh(): void {
  if (!hasRefreshSupport || refreshPending) return;
  refreshPending = true;
  setTimeout(() => {
    refreshPending = false;
    connection.languages.diagnostics.refresh().catch(logError('asking the client to re-pull diagnostics'));
  }, debounceMs);
}

async function ready(): Promise<void> {
  await settingsReady;
  await engineReady;
}

async function publish(d: OpenDoc): Promise<void> {
  await ready();
  if (docs.get(d.uri) !== d || shuttingDown) return; // closed meanwhile
  const version = d.doc.version;
  const diagnostics = time('analyze (engine + report)', () => analyze(d));
  const sent = time('send', () => connection.sendDiagnostics({ uri: d.uri, version, diagnostics }));
  if (phasesEnabled && d.changedAt !== undefined) {
    const from = d.changedAt;
    d.changedAt = undefined;
    void sent.then(() => record('didChange → diagnostics written', performance.now() - from));
  }
  lensesMayHaveChanged(d);
  sendStatus();
  recoverParser();
}

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  await ready();
  const d = docs.get(params.textDocument.uri);
  if (!d) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const resultId = `${d.doc.version}.${settingsStamp}.${d.depsStamp}.${d.fixStamp ?? 0}`;
  if (params.previousResultId === resultId && d.resultId === resultId) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  }
  if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const items = analyze(d);
  d.resultId = resultId;
  lensesMayHaveChanged(d);
  sendStatus();
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
});

/** Diagnostics for the document as it is now. Never throws. */
function analyze(d: OpenDoc): Diagnostic[] {
  const status: DocumentStatus = { uri: d.uri, findings: 0 };
  d.status = status;
  d.last = { version: d.doc.version, stamp: settingsStamp, definitions: [], diagnostics: [] };
  try {
    if (engineError) {
      status.incomplete = `the analyzer failed to load: ${engineError}`;
      return [noteDiagnostic(`${status.incomplete} (see the MCP Warden output)`)];
    }
    if (!settings.enable || !engine || !d.lang) return [];
    if (d.fsPath && isExcluded(d.fsPath)) {
      status.excluded = true;
      return [];
    }
    const text = d.doc.getText();
    const skip = skipReason(text);
    if (skip) {
      dropTree(d);
      status.incomplete = skip;
      return [noteDiagnostic(skip)];
    }
    if (d.lang === 'json') return analyzeConfigDoc(d, text, status);
    const key = memoKey(d);
    if (d.memo?.key === key) {
      // Asked again for the same state (a re-pull after the quick fixes were added).
      status.findings = d.memo.findings.length;
      status.version = d.doc.version;
      status.settled = d.memo.settled;
      if (d.memo.incomplete) status.incomplete = d.memo.incomplete;
      return [...d.memo.out];
    }
    // The first analysis of a document (on open) is complete at once; later ones (keystrokes)
    // leave the check rules and quick fixes to settle() (see Memo).
    const prev = d.memo;
    const full = prev === undefined || prev.settings !== settingsStamp;
    const lang = d.lang;
    const opts = { host: hostFor(d), rules: settings.rules, budgetMs: ANALYZE_BUDGET_MS, incremental: true, fixes: full, checks: full };
    // An edit inside one top-level registration: parse that statement alone and keep the
    // edited tree for the rest (the full re-parse waits for settle()).
    let analysis = !full && d.tree && d.stale ? unitAnalysis(d, lang, text, opts) : undefined;
    if (!analysis) {
      freshTree(d);
      if (!d.tree) {
        status.incomplete = d.parseError ? `not analysed: ${d.parseError}` : 'parsing took longer than the time budget; not analysed';
        return [noteDiagnostic(status.incomplete)];
      }
      const changedRanges = d.reparsesSinceAnalysis === 1 && d.changed ? d.changed : undefined;
      const tree = d.tree;
      analysis = time('engine', () => engine!.analyzeTree(d.file, lang, text, tree, { ...opts, changedRanges }, d.parseMs));
    }
    d.reparsesSinceAnalysis = 0;
    d.changed = null;
    const all = analysis.findings.filter((f) => settings.rules[f.ruleId] !== 'off');
    const base = full ? all.filter((f) => !CHECK_RULES.has(f.ruleId)) : all;
    const checks = full ? all.filter((f) => CHECK_RULES.has(f.ruleId)) : moveThroughEdit(prev.text, text, prev.checks, d.file);
    const findings = full ? all : byPosition([...base, ...checks]);
    const out = report(d, findings, analysis.definitions, analysis.incomplete);
    status.findings = findings.length;
    status.ms = Math.round((analysis.timings.parseMs + analysis.timings.analyzeMs) * 10) / 10;
    if (analysis.incomplete) status.incomplete = analysis.incomplete;
    status.version = d.doc.version;
    status.settled = full;
    d.memo = { key, settings: settingsStamp, text, out, findings, base, checks, definitions: analysis.definitions, incomplete: analysis.incomplete, settled: full };
    scheduleSettle(d);
    trimTrees();
    return [...out];
  } catch (e) {
    // One bad document must not take the server down: log, drop its tree, say so in the file.
    connection.console.error(`MCP Warden: analysing ${d.uri} failed: ${e instanceof Error && e.stack ? e.stack : errorText(e)}`);
    dropTree(d);
    status.incomplete = `internal error while analysing: ${errorText(e)}`;
    return [noteDiagnostic(`${status.incomplete} (see the MCP Warden output)`)];
  }
}

/**
 * The keystroke path of analyze(): when the engine says the edits since its last analysis lie
 * inside one top-level registration, parse that statement alone (tree-sitter's included
 * ranges) and analyse it against the edited, not yet re-parsed document tree. Undefined when
 * the edit does not fit (the caller then re-parses the whole document).
 */
function unitAnalysis(d: OpenDoc, lang: Lang, text: string, opts: EngineOptions): FileAnalysis | undefined {
  if (!engine || !d.tree) return undefined;
  const range = engine.unitEditRange(d.file, lang, text);
  if (!range) return undefined;
  const start = d.doc.positionAt(range.startIndex);
  const end = d.doc.positionAt(range.endIndex);
  let unitTree: Tree | null = null;
  const t0 = performance.now();
  try {
    unitTree = time('statement parse', () =>
      engine!.parsers.parse(lang as TreeLang, text, null, PARSE_BUDGET_MS, [
        { startIndex: range.startIndex, endIndex: range.endIndex, startPosition: { row: start.line, column: start.character }, endPosition: { row: end.line, column: end.character } },
      ]),
    );
  } catch {
    // The parser crashed: the full re-parse that follows notes it and recovers.
    return undefined;
  }
  if (!unitTree) return undefined;
  const parseMs = performance.now() - t0;
  try {
    const moduleTree = d.tree;
    return time('engine (statement)', () => engine!.analyzeUnitEdit(d.file, lang, text, unitTree!, moduleTree, opts, parseMs));
  } finally {
    unitTree.delete();
  }
}

// ---------------------------------------------------------------------------------------------
// CodeLens (codeLens.ts): from the last analysis, re-run only when it is out of date

function currentLenses(d: OpenDoc) {
  if (!settings['codeLens.enable'] || !settings.enable) return [];
  if (!d.last || d.last.version !== d.doc.version || d.last.stamp !== settingsStamp) analyze(d);
  return d.last ? buildCodeLenses(d.uri, d.last.definitions, d.last.diagnostics) : [];
}

connection.onCodeLens(async ({ textDocument }) => {
  await ready();
  const d = docs.get(textDocument.uri);
  if (!d) {
    if (lensAskedUnopened.size >= 1000) lensAskedUnopened.clear();
    lensAskedUnopened.add(textDocument.uri);
    return [];
  }
  try {
    const lenses = currentLenses(d);
    d.lensSig = lensSignature(lenses);
    return lenses;
  } catch (e) {
    connection.console.error(`MCP Warden: computing CodeLens for ${d.uri} failed: ${errorText(e)}`);
    return [];
  }
});

let lensRefreshPending = false;
/** After a new analysis: asks the client to re-request CodeLens if this document's lenses changed. */
function lensesMayHaveChanged(d: OpenDoc): void {
  if (!hasCodeLensRefresh || d.lensSig === undefined) return;
  let sig: string;
  try {
    sig = lensSignature(settings['codeLens.enable'] && settings.enable && d.last ? buildCodeLenses(d.uri, d.last.definitions, d.last.diagnostics) : []);
  } catch {
    return;
  }
  if (sig === d.lensSig || lensRefreshPending) return;
  lensRefreshPending = true;
  setTimeout(() => {
    lensRefreshPending = false;
    connection.sendRequest(CodeLensRefreshRequest.type).catch(logError('asking the client to refresh CodeLens'));
  }, debounceMs);
}

/** An MCP configuration file (`.vscode/mcp.json`, …): findings, and JSON syntax errors where they are. */
function analyzeConfigDoc(d: OpenDoc, text: string, status: DocumentStatus): Diagnostic[] {
  if (!engine) return [];
  const analysis = engine.analyzeText(d.file, text, { lang: 'json', rules: settings.rules, budgetMs: ANALYZE_BUDGET_MS });
  const findings = analysis.findings.filter((f) => settings.rules[f.ruleId] !== 'off');
  // report() records them for code actions (config-secret-literal's fix) and CodeLens.
  const out = report(d, findings, [], undefined);
  status.findings = findings.length;
  status.ms = Math.round((analysis.timings.parseMs + analysis.timings.analyzeMs) * 10) / 10;
  if (analysis.incomplete) status.incomplete = analysis.incomplete;
  for (const e of analysis.parseErrors ?? []) {
    out.push({ ...noteDiagnostic(`this MCP configuration is not valid JSON (${e.message}); only what could be read was checked`), range: e.range, severity: DiagnosticSeverity.Warning });
  }
  if (analysis.incomplete && !analysis.parseErrors?.length) out.push(noteDiagnostic(analysis.incomplete));
  return out;
}

// Code actions (codeActions.ts): quick fixes from the diagnostics' data, suppression, rule docs,
// and source.fixAll.mcp-warden over the diagnostics last reported for the document.
const reported = new ReportedDiagnostics();

connection.onCodeAction(async (params) => {
  const d = docs.get(params.textDocument.uri);
  if (!d) return [];
  try {
    const lines = d.doc.lineCount;
    const doc = {
      uri: d.uri,
      python: d.lang === 'python',
      // MCP configuration files are strict JSON for most clients; VS Code's .vscode/mcp.json allows comments.
      comments: d.lang !== 'json' || /[\\/]\.vscode[\\/]mcp\.json$/i.test(d.file),
      eol: d.doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).endsWith('\r\n') ? '\r\n' : '\n',
      lineText: (line: number) => (line < 0 || line >= lines ? '' : d.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '')),
    };
    // Fix-all needs the findings of this exact version: analyse now when the last report is older.
    if (params.context.only?.some((k) => k.startsWith('source')) && !reported.get(d.uri, d.doc.version)) {
      await ready();
      if (docs.get(d.uri) === d) analyze(d);
    }
    // Quick fixes not computed yet (asked within the pause after typing): compute them now, and
    // answer with our diagnostics, which carry them, in place of the client's copies.
    if (d.memo && !d.memo.settled && d.memo.key === memoKey(d)) {
      clearTimeout(d.fixTimer);
      if (settle(d)) republish(d);
    }
    const ours = reported.get(d.uri, d.doc.version) ?? [];
    const same = (a: Diagnostic, b: Diagnostic) =>
      a.code === b.code && a.message === b.message && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
    const diagnostics = params.context.diagnostics.map((c) => ours.find((o) => same(o, c)) ?? c);
    return codeActions({ ...params, context: { ...params.context, diagnostics } }, doc, () => reported.get(d.uri, d.doc.version) ?? []);
  } catch (e) {
    connection.console.error(`MCP Warden: code actions for ${d.uri} failed: ${errorText(e)}`);
    return [];
  }
});

onRequest(SyntaxTreeRequest, async ({ uri }) => {
  await engineReady;
  const d = docs.get(uri);
  if (!d) return null;
  if (d.lang && d.lang !== 'json') caughtUpTree(d);
  return { version: d.doc.version, sexp: d.tree ? d.tree.rootNode.toString() : null };
});

let statusQueued = false;
function sendStatus(): void {
  if (statusQueued || shuttingDown) return;
  statusQueued = true;
  setImmediate(() => {
    statusQueued = false;
    if (shuttingDown) return;
    // Copies: the message is serialised later, when the writer gets to it, and a document's
    // status changes meanwhile (settle()); it must say what was true when it was sent.
    const documents = [...docs.values()].map((d) => ({ ...(d.status ?? { uri: d.uri, findings: 0 }) }));
    const state: ServerState = engineError ? 'error' : serverState;
    const message = engineError ? `analyzer failed to load: ${engineError}` : undefined;
    notify(StatusNotification, { state, documents, message });
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

function notify<P>(n: Notification<P>, params: P): void {
  void connection.sendNotification(n.method, params).catch(() => {});
}

function onRequest<P, R>(r: Request<P, R>, handler: (params: P) => R | Promise<R>): void {
  connection.onRequest(r.method, (params: P): Promise<unknown> => Promise.resolve(handler(params)));
}

function guard(what: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    connection.console.error(`MCP Warden: error while ${what}: ${e instanceof Error && e.stack ? e.stack : errorText(e)}`);
  }
}

function logError(what: string): (e: unknown) => void {
  return (e) => connection.console.error(`MCP Warden: error while ${what}: ${errorText(e)}`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

process.on('uncaughtException', (e) => logError('running (uncaught exception)')(e));
process.on('unhandledRejection', (e) => logError('running (unhandled rejection)')(e));

connection.listen();
