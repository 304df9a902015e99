// What a check rule sees: the analysed file, its tree, the MCP definitions the language module
// discovered, and a way to report. Language-neutral: rules branch on `lang`.
import type { Node } from 'web-tree-sitter';
import { nodeRange, type AnalysisContext } from '../context';
import { resolveRelative } from '../js/module';
import { loadProjectModule } from '../py/module';
import type { FlowStep, Lang, McpDefinition, Range } from '../types';

/** A parsed module of the project that the analysed file imports. */
export interface ProjectModule {
  file: string;
  lang: 'ts' | 'py';
  grammar: Lang;
  text: string;
  root: Node;
}

export interface CheckReport {
  ruleId: string;
  message: string;
  /** A node or a range in this file. */
  at: Node | Range;
  /** Related locations (e.g. the tool the finding belongs to), shown like a flow. */
  flow?: FlowStep[];
  /** Name of the MCP definition the finding is about, if any. */
  definition?: string;
}

export interface CheckContext {
  file: string;
  /** 'py' for Python, 'ts' for TypeScript/TSX/JavaScript. */
  lang: 'ts' | 'py';
  /** The exact language (typescript, tsx, javascript, python). */
  grammar: Lang;
  text: string;
  root: Node;
  /** Every MCP definition found in this file (complete when checks run). */
  definitions: readonly McpDefinition[];
  /**
   * The file is MCP server code: it imports an MCP SDK / fastmcp, or defines tools. Rules about
   * how a server is run (transport, auth, stdout) only make sense there.
   */
  isMcp: boolean;
  /** The file runs its server over stdio (a stdio transport is created / `run()` with stdio). */
  usesStdio: boolean;
  report(r: CheckReport): void;
  /** Throws when the per-file time budget has run out. */
  checkBudget(): void;
  /**
   * A module of the project this file imports — a relative JS/TS specifier (`./s3.js`) or a
   * Python module (`tasks`; `helpers` with level 1 for `from .helpers import …`) — parsed and
   * cached by the engine. Undefined for packages, files that cannot be read, or when the analysis
   * was given no file access. For rules that follow a handler into the helpers it calls.
   */
  importModule(spec: string, level?: number): ProjectModule | undefined;
}

const MCP_MARKERS = /@modelcontextprotocol\/|\bfastmcp\b|\bFastMCP\b|\bmcp\.server\b|\bfrom mcp\b|\bimport mcp\b|\bMcpServer\b/;
const STDIO_MARKERS = /\bStdioServerTransport\b|\bstdio_server\b|transport\s*=\s*["']stdio["']|transportType\s*:\s*["']stdio["']|\.run\(\s*\)|\.run\(\s*["']stdio["']|\.run_stdio_async\(|\bserveStdio\b/;

export function makeCheckContext(ctx: AnalysisContext, report: (r: CheckReport) => void, checkBudget: () => void): CheckContext {
  const isMcp = ctx.definitions.length > 0 || MCP_MARKERS.test(ctx.text);
  return {
    file: ctx.file,
    lang: ctx.lang === 'python' ? 'py' : 'ts',
    grammar: ctx.lang,
    text: ctx.text,
    root: ctx.root,
    definitions: ctx.definitions,
    isMcp,
    usesStdio: isMcp && STDIO_MARKERS.test(ctx.text),
    report,
    checkBudget,
    importModule: moduleLoader(ctx),
  };
}

function moduleLoader(ctx: AnalysisContext): (spec: string, level?: number) => ProjectModule | undefined {
  const loaded = new Map<string, ProjectModule | undefined>();
  return (spec, level = 0) => {
    const key = `${level}:${spec}`;
    if (loaded.has(key)) return loaded.get(key);
    let out: ProjectModule | undefined;
    if (ctx.host && loaded.size < 40) {
      if (ctx.lang === 'python') {
        const m = loadProjectModule(ctx, ctx.file, spec, level);
        if (m && m.file !== ctx.file) out = { file: m.file, lang: 'py', grammar: 'python', text: m.text, root: m.root };
      } else {
        const p = resolveRelative(ctx.file, spec, ctx);
        const m = p && p !== ctx.file ? ctx.loadModule(p) : undefined;
        if (m && m.lang !== 'python' && m.lang !== 'json') out = { file: m.file, lang: 'ts', grammar: m.lang, text: m.text, root: m.tree.rootNode };
      }
    }
    loaded.set(key, out);
    return out;
  };
}

export function reportRange(at: Node | Range): Range {
  return 'startPosition' in at ? nodeRange(at) : at;
}
