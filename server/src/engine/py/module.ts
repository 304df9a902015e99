// Per-module index of a Python file: imports (for canonical callee names), top-level functions,
// classes and constants, and which names are MCP server objects. Built from the top-level
// statements only (cheap), cached per syntax tree.

import * as path from 'node:path';
import type { Node, Tree } from 'web-tree-sitter';
import type { AnalysisContext, ParsedModule } from '../context';

export type ImportRef =
  /** `import subprocess` / `import subprocess as sp` / `from os import path` → a dotted module or member path. */
  | { kind: 'name'; canonical: string; level: 0 }
  /** `from .helpers import run` / `from helpers import run` (may be a project module). */
  | { kind: 'from'; module: string; level: number; member: string; canonical: string }
  /** `import utils` / `from . import helpers` (may be a project module). */
  | { kind: 'module'; module: string; level: number; canonical: string };

export interface ModuleInfo {
  file: string;
  text: string;
  root: Node;
  imports: Map<string, ImportRef>;
  /** Wildcard imports `from .x import *` (module, level). */
  star: { module: string; level: number }[];
  functions: Map<string, Node>;
  classes: Map<string, Node>;
  /** Module-level assignments: name → right-hand side (last one wins). */
  assigns: Map<string, Node>;
  /** Names assigned from FastMCP(...) (high level) or Server(...) (low level). */
  mcpVars: Set<string>;
  lowLevelVars: Set<string>;
  /** The module imports something from the `mcp` or `fastmcp` packages. */
  importsMcp: boolean;
  /** Text of the module-level import statements (part of cache keys). */
  importsText: string;
  /** Top-level decorated definitions by start offset (where their first decorator is). */
  decorated: Map<number, Node>;
}

const cache = new WeakMap<Tree, ModuleInfo>();

export function moduleInfoFor(root: Node, file: string, text: string): ModuleInfo {
  const tree = root.tree;
  let m = cache.get(tree);
  // Same file and text: the language server's keystroke path edits a tree without re-parsing
  // it, and the module read off it must follow the text.
  if (m && m.file === file && m.text === text) return m;
  m = buildModule(root, file, text);
  cache.set(tree, m);
  return m;
}

export function moduleFromParsed(p: ParsedModule): ModuleInfo {
  return moduleInfoFor(p.tree.rootNode, p.file, p.text);
}

function dotted(n: Node | null): string {
  return n ? n.text.replace(/\s+/g, '') : '';
}

/** Top-level statements, looking one level into `if` / `try` / `with` blocks (guarded imports). */
function topStatements(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (block: Node, depth: number) => {
    for (const s of block.namedChildren) {
      if (!s) continue;
      if (depth < 2 && (s.type === 'if_statement' || s.type === 'try_statement' || s.type === 'with_statement')) {
        for (const c of s.namedChildren) {
          if (!c) continue;
          if (c.type === 'block') visit(c, depth + 1);
          else if (c.type === 'else_clause' || c.type === 'except_clause' || c.type === 'finally_clause' || c.type === 'elif_clause') {
            for (const b of c.namedChildren) if (b?.type === 'block') visit(b, depth + 1);
          }
        }
        continue;
      }
      out.push(s);
    }
  };
  visit(root, 0);
  return out;
}

function buildModule(root: Node, file: string, text: string): ModuleInfo {
  const m: ModuleInfo = {
    file,
    text,
    root,
    imports: new Map(),
    star: [],
    functions: new Map(),
    classes: new Map(),
    assigns: new Map(),
    mcpVars: new Set(),
    lowLevelVars: new Set(),
    importsMcp: false,
    importsText: '',
    decorated: new Map(),
  };
  for (const s of topStatements(root)) {
    switch (s.type) {
      case 'import_statement':
      case 'import_from_statement':
      case 'future_import_statement':
        addImport(m, s);
        m.importsText += s.text + '\n';
        break;
      case 'function_definition': {
        const n = s.childForFieldName('name');
        if (n) m.functions.set(n.text, s);
        break;
      }
      case 'class_definition': {
        const n = s.childForFieldName('name');
        if (n) m.classes.set(n.text, s);
        break;
      }
      case 'decorated_definition': {
        m.decorated.set(s.startIndex, s);
        const d = s.childForFieldName('definition');
        const n = d?.childForFieldName('name');
        if (d && n) (d.type === 'class_definition' ? m.classes : m.functions).set(n.text, d);
        break;
      }
      case 'expression_statement': {
        const a = s.namedChild(0);
        if (a?.type === 'assignment') addAssign(m, a);
        break;
      }
    }
  }
  for (const [name, rhs] of m.assigns) {
    if (rhs.type !== 'call') continue;
    const fn = rhs.childForFieldName('function');
    const c = fn ? canonicalOf(m, fn) : undefined;
    if (!c) continue;
    if (/(^|\.)FastMCP$/.test(c) && (/^(mcp|fastmcp)\b/.test(c) || c === 'FastMCP')) m.mcpVars.add(name);
    else if (/^mcp\.server(\.lowlevel)?(\.server)?\.Server$/.test(c) || (c === 'Server' && m.importsMcp)) m.lowLevelVars.add(name);
  }
  return m;
}

function addAssign(m: ModuleInfo, a: Node): void {
  const left = a.childForFieldName('left');
  const right = a.childForFieldName('right');
  if (!left || !right) return;
  if (right.type === 'assignment') {
    addAssign(m, right);
    const inner = right.childForFieldName('right');
    if (left.type === 'identifier' && inner) m.assigns.set(left.text, inner);
    return;
  }
  if (left.type === 'identifier') m.assigns.set(left.text, right);
}

function addImport(m: ModuleInfo, s: Node): void {
  const r = importBindings(s);
  for (const mod of r.modules) noteMcp(m, mod);
  for (const [alias, ref] of r.bindings) m.imports.set(alias, ref);
  m.star.push(...r.star);
}

/** Names an import statement binds, the modules it mentions and its wildcard imports. */
export function importBindings(s: Node): { bindings: [string, ImportRef][]; modules: string[]; star: { module: string; level: number }[] } {
  const bindings: [string, ImportRef][] = [];
  const modules: string[] = [];
  const star: { module: string; level: number }[] = [];
  if (s.type === 'import_statement') {
    for (const n of s.childrenForFieldName('name')) {
      if (!n) continue;
      if (n.type === 'aliased_import') {
        const mod = dotted(n.childForFieldName('name'));
        const alias = n.childForFieldName('alias')?.text;
        if (alias) bindings.push([alias, { kind: 'module', module: mod, level: 0, canonical: mod }]);
        modules.push(mod);
      } else {
        const mod = dotted(n);
        const first = mod.split('.')[0];
        // `import os.path` binds `os`; attribute chains resolve from there.
        bindings.push([first, { kind: 'module', module: first, level: 0, canonical: first }]);
        modules.push(mod);
      }
    }
    return { bindings, modules, star };
  }
  if (s.type !== 'import_from_statement') return { bindings, modules, star };
  const modNode = s.childForFieldName('module_name');
  let level = 0;
  let mod = '';
  if (modNode?.type === 'relative_import') {
    for (const c of modNode.namedChildren) {
      if (c?.type === 'import_prefix') level = c.text.trim().length;
      else if (c?.type === 'dotted_name') mod = dotted(c);
    }
  } else mod = dotted(modNode);
  modules.push(mod);
  for (const c of s.namedChildren) if (c?.type === 'wildcard_import') star.push({ module: mod, level });
  for (const c of s.childrenForFieldName('name')) {
    if (!c) continue;
    let member: string;
    let alias: string;
    if (c.type === 'aliased_import') {
      member = dotted(c.childForFieldName('name'));
      alias = c.childForFieldName('alias')?.text ?? member;
    } else if (c.type === 'dotted_name') {
      member = dotted(c);
      alias = member;
    } else continue;
    const canonical = mod ? `${mod}.${member}` : member;
    bindings.push([alias, { kind: 'from', module: mod, level, member, canonical }]);
  }
  return { bindings, modules, star };
}

function noteMcp(m: ModuleInfo, mod: string): void {
  if (/^(mcp|fastmcp)(\.|$)/.test(mod)) m.importsMcp = true;
}

/** Canonical dotted name of a name/attribute chain through the import map (`sp.run` → `subprocess.run`). */
export function canonicalOf(m: ModuleInfo, n: Node): string | undefined {
  const chain: string[] = [];
  let cur: Node | null = n;
  for (let i = 0; cur && i < 12; i++) {
    if (cur.type === 'identifier') {
      chain.unshift(cur.text);
      break;
    }
    if (cur.type === 'attribute') {
      const a = cur.childForFieldName('attribute');
      if (!a) return undefined;
      chain.unshift(a.text);
      cur = cur.childForFieldName('object');
      continue;
    }
    return undefined;
  }
  if (chain.length === 0) return undefined;
  const imp = m.imports.get(chain[0]);
  if (imp) chain[0] = imp.canonical;
  return chain.join('.');
}

// ---------------------------------------------------------------- project module resolution

/** Third-party and standard modules never looked for among project files. */
const EXTERNAL = new Set([
  'os', 'sys', 'subprocess', 'shlex', 'shutil', 'pathlib', 'glob', 'io', 're', 'json', 'yaml', 'pickle', 'marshal', 'shelve',
  'asyncio', 'typing', 'typing_extensions', 'collections', 'functools', 'itertools', 'dataclasses', 'enum', 'abc', 'logging',
  'urllib', 'urllib2', 'urllib3', 'requests', 'httpx', 'aiohttp', 'http', 'socket', 'ssl', 'ipaddress', 'sqlite3', 'psycopg',
  'psycopg2', 'pymysql', 'mysql', 'asyncpg', 'aiosqlite', 'sqlalchemy', 'duckdb', 'pandas', 'numpy', 'np', 'pd', 'torch',
  'joblib', 'dill', 'cloudpickle', 'jsonpickle', 'builtins', 'importlib', 'sympy', 'numexpr', 'pydantic', 'mcp', 'fastmcp',
  'starlette', 'fastapi', 'flask', 'uvicorn', 'anyio', 'aiofiles', 'tempfile', 'datetime', 'time', 'uuid', 'hashlib', 'hmac',
  'base64', 'secrets', 'random', 'math', 'codecs', 'zipfile', 'tarfile', 'csv', 'contextlib', 'inspect', 'traceback', 'textwrap',
  'string', 'copy', 'pprint', 'platform', 'signal', 'threading', 'multiprocessing', 'concurrent', 'queue', 'weakref', 'ast',
  'pexpect', 'paramiko', 'fabric', 'websockets', 'websocket', 'dotenv', 'click', 'typer', 'rich', 'bs4', 'lxml', 'xml', 'html',
  'email', 'mimetypes', 'stat', 'errno', 'fnmatch', 'operator', 'types', 'warnings', 'decimal', 'fractions', 'statistics',
  'numbers', 'heapq', 'bisect', 'array', 'struct', 'zlib', 'gzip', 'bz2', 'lzma', 'tomllib', 'toml', 'configparser',
  'argparse', 'getpass', 'locale', 'gettext', 'unicodedata', 'difflib', 'cProfile', 'pdb', 'unittest', 'pytest', 'boto3',
  'botocore', 'google', 'openai', 'anthropic', 'jinja2', 'markdown', 'docker', 'kubernetes', 'git', 'github', 'redis', 'pymongo',
  'motor', 'elasticsearch', 'playwright', 'selenium', 'PIL', 'cv2', 'matplotlib', 'scipy', 'sklearn', 'transformers', 'jwt',
  'cryptography', 'nacl', 'certifi', 'chardet', 'attr', 'attrs', 'marshmallow', 'jsonschema', 'orjson', 'ujson', 'msgpack',
  'tomli', 'pydantic_settings', 'structlog', 'loguru', 'tenacity', 'cachetools', 'sse_starlette', 'cPickle', '_pickle', 'commands',
]);

/** Modules a project file never shadows in practice (not looked for beside the importer). */
const CORE = new Set(['os', 'sys', 're', 'json', 'typing', 'subprocess', 'asyncio', 'logging', 'pathlib', 'shutil', 'mcp', 'fastmcp', 'pydantic', 'collections', 'functools', 'dataclasses', 'enum', 'abc', 'datetime', 'time']);

/** Candidate file paths for a module import, nearest first. */
function candidates(fromFile: string, module: string, level: number): string[] {
  const dir = path.dirname(fromFile);
  const rel = module ? module.split('.') : [];
  const out: string[] = [];
  const add = (base: string) => {
    const p = path.join(base, ...rel);
    if (rel.length) out.push(p + '.py');
    out.push(path.join(p, '__init__.py'));
  };
  if (level > 0) {
    let base = dir;
    for (let i = 1; i < level; i++) base = path.dirname(base);
    add(base);
    return out;
  }
  if (!module) return out;
  if (EXTERNAL.has(rel[0])) {
    // A script's own folder comes first on sys.path: a sibling `commands.py` or `docker/`
    // shadows the library of that name (never looked for beside the core modules).
    if (!CORE.has(rel[0])) add(dir);
    return out;
  }
  // Absolute import: the file's own directory, then each ancestor (package roots, src/ layouts).
  let base = dir;
  for (let i = 0; i < 5; i++) {
    add(base);
    const srcDir = path.join(base, 'src');
    if (i > 0) add(srcDir);
    const up = path.dirname(base);
    if (up === base) break;
    base = up;
  }
  return out;
}

/** Loads a project module by import; undefined for external modules or unreadable files. */
export function loadProjectModule(ctx: AnalysisContext, fromFile: string, module: string, level: number): ModuleInfo | undefined {
  // One load per path and analysis: loading a file again replaces (and frees) its earlier tree.
  let loaded = loadedPerAnalysis.get(ctx);
  if (!loaded) loadedPerAnalysis.set(ctx, (loaded = new Map()));
  for (const p of candidates(fromFile, module, level)) {
    if (p === fromFile || p === ctx.file) continue;
    let m = loaded.get(p);
    if (m === undefined && !loaded.has(p)) {
      const parsed = ctx.loadModule(p);
      m = parsed && parsed.lang === 'python' ? moduleFromParsed(parsed) : undefined;
      loaded.set(p, m);
    }
    if (m) return m;
  }
  return undefined;
}

const loadedPerAnalysis = new WeakMap<AnalysisContext, Map<string, ModuleInfo | undefined>>();

/** Project files this analysis tried to load (found or not), for cache invalidation. */
export function attemptedPaths(ctx: AnalysisContext): string[] {
  return [...(loadedPerAnalysis.get(ctx)?.keys() ?? [])];
}

/** Modules never looked for among project files, not even beside the importer. */
export function isCoreModule(module: string): boolean {
  return CORE.has(module.split('.')[0]);
}

export function isExternalModule(module: string): boolean {
  return EXTERNAL.has(module.split('.')[0]);
}
