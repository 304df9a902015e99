// Every custom message between the MCP Warden client and language server, typed once and
// imported by both sides (no method names as bare strings anywhere else).
// Keep this module free of imports: the client bundles it too, and the client and the server
// depend on different versions of vscode-jsonrpc, whose NotificationType classes do not mix at
// the type level. Each side sends/receives these through one small generic adapter instead.

/** Source of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'mcp-warden';

/** `initializationOptions` the client may send. All optional. */
export interface InitializationOptions {
  /** Delay between the last edit and re-analysis, in ms (default 150; tests use 0). */
  debounceMs?: number;
  /** Pause after an analysis before the check rules run and quick fixes are computed, in ms (default 250). */
  settleMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/**
 * `Diagnostic.data` of a finding: what a code action needs, without re-running analysis. The
 * flow is not repeated here: it travels once, as `relatedInformation` (every publish is
 * JSON-encoded on each keystroke, so the payload is kept to what a consumer reads).
 */
export interface DiagnosticData {
  ruleId: string;
  /** Name of the MCP tool / resource / prompt the finding is about. */
  definition?: string;
}

export type ServerState = 'starting' | 'ready' | 'disabled' | 'error';

export interface DocumentStatus {
  uri: string;
  /** Findings reported for this document (after settings). */
  findings: number;
  /** Why analysis stopped early or did not run, if it did. */
  incomplete?: string;
  /** Excluded by `mcpWarden.exclude`. */
  excluded?: boolean;
  /** Parse + analysis time of the last run, in ms. */
  ms?: number;
  /** Document version of the last analysis. */
  version?: number;
  /** The check rules ran on this version and its quick fixes are computed (false while typing). */
  settled?: boolean;
}

/** `mcpWarden/status`: server → client after each analysis and on state changes. */
export interface StatusParams {
  state: ServerState;
  /** Every open document the server knows about. */
  documents: DocumentStatus[];
  /** Human-readable detail for the status bar tooltip. */
  message?: string;
}

/** A custom notification: its method name, carrying its parameter type. */
export interface Notification<P> {
  readonly method: string;
  /** Type-level only; never set. */
  readonly _params?: P;
}

/** `mcpWarden/status` (server → client). */
export const StatusNotification: Notification<StatusParams> = { method: 'mcpWarden/status' };

/** A custom request: its method name, carrying its parameter and result types. */
export interface Request<P, R> {
  readonly method: string;
  /** Type-level only; never set. */
  readonly _params?: P;
  readonly _result?: R;
}

export interface SyntaxTreeParams {
  uri: string;
}

export interface SyntaxTreeResult {
  /** Document version the tree belongs to. */
  version: number;
  /** The document's current tree as an S-expression, or null when it has none (not parsed, skipped, timed out). */
  sexp: string | null;
}

/**
 * `mcpWarden/syntaxTree` (client → server): the tree the server keeps for an open document.
 * A debugging aid (cf. rust-analyzer's "View Syntax Tree"); the protocol tests use it to check
 * that incremental re-parsing yields the same tree as a fresh parse.
 */
export const SyntaxTreeRequest: Request<SyntaxTreeParams, SyntaxTreeResult | null> = { method: 'mcpWarden/syntaxTree' };
