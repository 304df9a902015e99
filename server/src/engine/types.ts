// Language-neutral model shared by the engine, the language server, the CLI and the tests.
// Nothing here may import LSP or VS Code types: the engine is text in, findings out.

/**
 * What a file is analysed as. `json` is an MCP client configuration file (`.vscode/mcp.json`,
 * `claude_desktop_config.json`, …), read with jsonc-parser rather than tree-sitter.
 */
export type Lang = 'typescript' | 'tsx' | 'javascript' | 'python' | 'json';

/** The languages parsed with tree-sitter. */
export type TreeLang = Exclude<Lang, 'json'>;

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** 0-based line and UTF-16 character offset, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One step of a taint flow, from the tool parameter (first) to the sink (last). */
export interface FlowStep {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  message: string;
  severity: Severity;
  file: string;
  range: Range;
  /** source → … → sink; empty for non-flow rules. */
  flow: FlowStep[];
  /** Name of the MCP tool/resource/prompt whose input this finding is about, if any. */
  definition?: string;
  /** config-secret-literal: what a quick fix needs to move the literal into an input. */
  configSecret?: ConfigSecretFixData;
  /**
   * Edits that fix the finding, computed at analysis time (engine/fixes). `preferred` only when
   * the fix keeps behaviour for legitimate input (fix-all applies only those).
   */
  fixes?: Fix[];
}

/** One text replacement in the analysed file (positions as in Range). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A quick fix for a finding: its title, whether it is safe to apply unattended, its edits. */
export interface Fix {
  title: string;
  preferred: boolean;
  edits: TextEdit[];
}

/**
 * Where a literal secret sits in an MCP configuration file and the `${input:…}` that should
 * replace it. A code action replaces the string at `path` with `replacement` and, in the VS Code
 * shape, adds `{ type: "promptString", id: inputId, description, password: true }` to `inputs`
 * unless `inputExists`.
 */
export interface ConfigSecretFixData {
  /** JSON path of the string value, e.g. ["servers", "github", "env", "GITHUB_TOKEN"]. */
  path: (string | number)[];
  /** `servers` (VS Code: `inputs` are supported) or `mcpServers` (Claude Desktop, Cursor, Claude Code). */
  shape: 'servers' | 'mcpServers';
  /** Suggested input id (unique in the file). */
  inputId: string;
  /** Suggested input description. */
  description: string;
  /** The new string value: `${input:<id>}`, keeping a scheme prefix such as `Bearer `. */
  replacement: string;
  /** An input with this id is already declared in `inputs`. */
  inputExists: boolean;
}

export type DefinitionKind = 'tool' | 'resource' | 'prompt';

export type Framework =
  | 'ts-sdk'
  | 'ts-sdk-low-level'
  | 'fastmcp-ts'
  | 'python-fastmcp'
  | 'python-low-level';

/** What the declared schema says about one input. */
export type ParamKind = 'string' | 'number' | 'boolean' | 'enum' | 'object' | 'array' | 'any' | 'unknown';

export interface McpParam {
  name: string;
  kind: ParamKind;
  /** True when the schema pins the value to a safe shape (enum, literal, anchored regex, uuid, number, boolean). */
  constrained: boolean;
  /** True for a string with neither max length nor pattern/enum. */
  unbounded: boolean;
  range?: Range;
}

export interface McpDefinition {
  kind: DefinitionKind;
  name: string;
  description?: string;
  framework: Framework;
  params: McpParam[];
  /** Range of the registration call / decorated function (the CodeLens anchor). */
  range: Range;
  /** Range of the name literal (or function name for Python). */
  nameRange: Range;
  annotations?: Record<string, string>;
}

export interface FileAnalysis {
  file: string;
  lang: Lang;
  definitions: McpDefinition[];
  findings: Finding[];
  /** The parse tree had syntax errors (analysis still ran on what parsed). */
  hasSyntaxErrors: boolean;
  /** Analysis stopped early because the file exceeded the time or size budget. */
  incomplete?: string;
  /** Syntax errors the engine reports itself (JSON configuration files), at their position. */
  parseErrors?: { message: string; range: Range }[];
  /** Milliseconds spent parsing and analysing (for benchmarks and the output channel). */
  timings: { parseMs: number; analyzeMs: number };
}

/** How the engine reads other files of the project (helpers in other modules). */
export interface FileHost {
  /** Returns the current text of a file (open editor buffer first, then disk), or undefined. */
  readFile(absPath: string): string | undefined;
  /**
   * A cheap version stamp for caching (document version or mtime); undefined when there is no
   * such file, which import resolution relies on to probe candidate paths without reading them.
   */
  version?(absPath: string): string | number | undefined;
}

export interface AnalyzeOptions {
  host?: FileHost;
  /** Per-file analysis budget in milliseconds (default 1500). */
  budgetMs?: number;
}
