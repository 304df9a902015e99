// What the analysis needs to know about one JS/TS module: its imports (as canonical module
// names), its top-level functions, classes, constant lookup tables and exports.
import * as path from 'node:path';
import type { Node } from 'web-tree-sitter';
import { stringValue, type AnalysisContext, type ParsedModule } from '../context';
import { Env, type Val } from '../taint';
import { isFunctionNode, objectPropValue, propKey, unwrap } from './syntax';

/** Normalises a module path + property chain into the names sink tables use. */
/** canonical() answers, by name (a few thousand distinct callee names at most in practice). */
const canonicalNames = new Map<string, string>();

export function canonical(name: string): string {
  let c = canonicalNames.get(name);
  if (c === undefined) {
    c = canonicalOf(name);
    if (canonicalNames.size >= 8192) canonicalNames.clear();
    canonicalNames.set(name, c);
  }
  return c;
}

function canonicalOf(name: string): string {
  let s = name.replace(/^node:/, '');
  s = s.replace(/^fs\/promises\b/, 'fs').replace(/^(fs|fs-extra)\.promises\b/, '$1');
  s = s.replace(/\.default\b/g, '').replace(/^globalThis\./, '');
  if (s.startsWith('fs-extra.')) {
    const m = s.slice('fs-extra.'.length);
    if (/^(readFile|writeFile|readdir|mkdir|rm|unlink|stat|access|rename|copyFile|appendFile|open|createReadStream|createWriteStream)(Sync)?$/.test(m)) return `fs.${m}`;
  }
  return s;
}

export interface RelImport {
  /** Absolute path of the imported module, resolved on disk (undefined when not found). */
  file?: string;
  spec: string;
  /** Exported name ('*' for a namespace import, 'default' for a default import). */
  name: string;
}

/** Callee of an alias of a database handle's method (`const run = promisify(db.run.bind(db))`): `<db>.run`. */
export const DB_METHOD_PREFIX = '<db>.';

/** Key of `exports` holding the object literal assigned to `module.exports` (not an identifier). */
export const MODULE_OBJECT = '<module.exports>';

export interface ModuleInfo {
  mod: ParsedModule;
  /** Module-level environment: imports as Val{callee}, tables, aliases. */
  env: Env;
  functions: Map<string, Node>;
  classes: Map<string, Node>;
  relImports: Map<string, RelImport>;
  /** Exported name → local name (or the function/class node directly). */
  exports: Map<string, Node | string>;
  /** Top-level `const X = <expr>` initialisers (schemas referenced by name, tables). */
  consts: Map<string, Node>;
  /** Top-level declarations by name (for cache dependency keys). */
  decls: Map<string, Node>;
  /** Text of every import / require at the top level. */
  importsText: string;
  /** Start offsets of the top-level statements read (declarations, imports, exports). */
  topStarts: number[];
  /**
   * The initialiser of a constant another project module exports, imported here under `local`
   * (`import { aliasShape } from "./schemas.js"`; `member` for a namespace import), with that
   * module's info.
   */
  importedConst?(local: string, member?: string): { node: Node; info: ModuleInfo } | undefined;
}

/** Module infos of imported project files, per analysis (for importedConst). */
const importedInfos = new WeakMap<AnalysisContext, Map<string, ModuleInfo | null>>();

function importedInfo(ctx: AnalysisContext, file: string): ModuleInfo | undefined {
  let m = importedInfos.get(ctx);
  if (!m) importedInfos.set(ctx, (m = new Map()));
  const hit = m.get(file);
  if (hit !== undefined) return hit ?? undefined;
  m.set(file, null);
  const mod = ctx.loadModule(file);
  const info = mod && mod.lang !== 'python' ? buildModuleInfo(mod, ctx) : undefined;
  m.set(file, info ?? null);
  return info;
}

const JS_EXTS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];

export function resolveRelative(fromFile: string, spec: string, ctx: AnalysisContext): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined;
  if (!ctx.host) return undefined;
  const base = path.resolve(path.dirname(fromFile), spec);
  const candidates: string[] = [];
  const ext = path.extname(base);
  if (JS_EXTS.includes(ext)) {
    const stem = base.slice(0, -ext.length);
    // TypeScript ESM code imports './x.js' meaning './x.ts'.
    for (const e of JS_EXTS) candidates.push(stem + e);
  } else {
    for (const e of JS_EXTS) candidates.push(base + e);
    for (const e of JS_EXTS) candidates.push(path.join(base, 'index' + e));
  }
  // A version stamp (a stat) says whether the file is there without reading it.
  const host = ctx.host;
  for (const c of candidates) if ((host.version ? host.version(c) : host.readFile(c)) !== undefined) return c;
  return undefined;
}

/** `require('m')`, `await import('m')`, `import('m')` → 'm'. */
export function requiredModule(n: Node | null | undefined): string | undefined {
  const e = unwrap(n);
  if (!e || e.type !== 'call_expression') return undefined;
  const f = e.childForFieldName('function');
  if (!f || (f.text !== 'require' && f.type !== 'import')) return undefined;
  const arg = e.childForFieldName('arguments')?.namedChildren[0];
  return stringValue(arg);
}

/**
 * `knownTops`: start offsets of the top-level statements to read, when the caller knows them
 * (the keystroke path: the same as last time, moved through an edit inside one registration);
 * saves walking every top-level statement of a large file. Ignored when they do not fit the tree.
 */
export function buildModuleInfo(mod: ParsedModule, ctx: AnalysisContext, knownTops?: number[]): ModuleInfo {
  const info: ModuleInfo = {
    mod,
    env: new Env(),
    functions: new Map(),
    classes: new Map(),
    relImports: new Map(),
    exports: new Map(),
    consts: new Map(),
    decls: new Map(),
    importsText: '',
    topStarts: [],
    importedConst(local: string, member?: string, depth = 0): { node: Node; info: ModuleInfo } | undefined {
      const rel = info.relImports.get(local);
      const name = rel?.name === '*' ? member : rel?.name;
      if (!rel?.file || !name || name === 'default' || depth > 2) return undefined;
      const target = importedInfo(ctx, rel.file);
      if (!target) return undefined;
      const exported = target.exports.get(name);
      const localName = typeof exported === 'string' ? exported : name;
      const node = target.consts.get(localName);
      if (node) return { node, info: target };
      // export { x } from "./other.js"
      const re = target.relImports.get(`__reexport_${name}`) ? `__reexport_${name}` : target.relImports.has(localName) ? localName : undefined;
      return re ? (target.importedConst as (l: string, m?: string, d?: number) => { node: Node; info: ModuleInfo } | undefined)(re, undefined, depth + 1) : undefined;
    },
  };
  // Each specifier is resolved once (`import { a, b, c } from './x.js'` would look for x.ts three times).
  const resolved = new Map<string, string | undefined>();
  const resolve = (spec: string) => {
    if (!resolved.has(spec)) resolved.set(spec, resolveRelative(mod.file, spec, ctx));
    return resolved.get(spec);
  };
  const bindModule = (local: string, moduleName: string, member?: string) => {
    if (moduleName.startsWith('.') || moduleName.startsWith('/')) {
      info.relImports.set(local, { spec: moduleName, name: member ?? '*', file: resolve(moduleName) });
    } else {
      info.env.declare(local, { callee: canonical(member && member !== 'default' ? `${moduleName}.${member}` : moduleName) });
    }
  };

  const visitTop = (n: Node, exported: boolean) => {
    switch (n.type) {
      case 'import_statement': {
        const source = stringValue(n.childForFieldName('source'));
        if (!source) return;
        const clause = n.namedChildren.find((c) => c?.type === 'import_clause');
        if (!clause) return;
        for (const c of clause.namedChildren) {
          if (!c) continue;
          if (c.type === 'identifier') bindModule(c.text, source, 'default');
          else if (c.type === 'namespace_import') {
            const id = c.namedChildren.find((x) => x?.type === 'identifier');
            if (id) bindModule(id.text, source);
          } else if (c.type === 'named_imports') {
            for (const spec of c.namedChildren) {
              if (spec?.type !== 'import_specifier') continue;
              const name = spec.childForFieldName('name')?.text;
              const alias = spec.childForFieldName('alias')?.text;
              if (name) bindModule(alias ?? name, source, name);
            }
          }
        }
        return;
      }
      case 'export_statement': {
        const decl = n.childForFieldName('declaration');
        if (decl) {
          visitTop(decl, true);
          if (n.children.some((c) => c?.type === 'default') && (decl.type === 'function_declaration' || decl.type === 'class_declaration')) {
            info.exports.set('default', decl);
          }
          return;
        }
        const value = n.childForFieldName('value');
        if (value && n.children.some((c) => c?.type === 'default')) {
          info.exports.set('default', isFunctionNode(unwrap(value)) ? unwrap(value)! : value.text);
          return;
        }
        const clause = n.namedChildren.find((c) => c?.type === 'export_clause');
        const source = stringValue(n.childForFieldName('source'));
        for (const spec of clause?.namedChildren ?? []) {
          if (spec?.type !== 'export_specifier') continue;
          const name = spec.childForFieldName('name')?.text;
          const alias = spec.childForFieldName('alias')?.text;
          if (!name) continue;
          if (source) {
            bindModule(`__reexport_${alias ?? name}`, source, name);
            info.exports.set(alias ?? name, `__reexport_${alias ?? name}`);
          } else info.exports.set(alias ?? name, name);
        }
        return;
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = n.childForFieldName('name')?.text;
        if (name) {
          info.functions.set(name, n);
          if (exported) info.exports.set(name, n);
        }
        return;
      }
      case 'class_declaration':
      case 'abstract_class_declaration': {
        const name = n.childForFieldName('name')?.text;
        if (name) {
          info.classes.set(name, n);
          if (exported) info.exports.set(name, n);
        }
        return;
      }
      case 'lexical_declaration':
      case 'variable_declaration': {
        for (const d of n.namedChildren) {
          if (d?.type !== 'variable_declarator') continue;
          const nameNode = d.childForFieldName('name');
          const value = d.childForFieldName('value');
          if (!nameNode || !value) continue;
          const req = requiredModule(value);
          if (req) {
            if (nameNode.type === 'identifier') bindModule(nameNode.text, req);
            else if (nameNode.type === 'object_pattern') {
              for (const p of nameNode.namedChildren) {
                if (!p) continue;
                if (p.type === 'shorthand_property_identifier_pattern') bindModule(p.text, req, p.text);
                else if (p.type === 'pair_pattern') {
                  const local = p.childForFieldName('value');
                  const key = propKey(p);
                  if (local?.type === 'identifier' && key) bindModule(local.text, req, key);
                }
              }
            }
            continue;
          }
          // const x = require('m').y
          const u = unwrap(value);
          if (u?.type === 'member_expression' && nameNode.type === 'identifier') {
            const objReq = requiredModule(u.childForFieldName('object'));
            if (objReq) {
              bindModule(nameNode.text, objReq, u.childForFieldName('property')?.text);
              continue;
            }
          }
          if (nameNode.type !== 'identifier') continue;
          const name = nameNode.text;
          info.consts.set(name, value);
          if (u && isFunctionNode(u)) {
            info.functions.set(name, u);
            if (exported) info.exports.set(name, u);
          } else if (exported) info.exports.set(name, name);
          if (u && (u.type === 'class' || u.type === 'class_expression')) info.classes.set(name, u);
        }
        return;
      }
      case 'expression_statement': {
        // module.exports = { a, b } / exports.a = function ... / module.exports.a = ...
        const e = unwrap(n.namedChildren[0]);
        if (e?.type !== 'assignment_expression') return;
        const left = e.childForFieldName('left')?.text ?? '';
        const right = unwrap(e.childForFieldName('right'));
        if (!right) return;
        if (left === 'module.exports' && right.type === 'object') {
          // The whole object, for `handlers[name]` over `const handlers = require("./handlers")`.
          info.exports.set(MODULE_OBJECT, right);
          for (const p of right.namedChildren) {
            if (!p) continue;
            const key = propKey(p);
            if (!key) continue;
            if (p.type === 'shorthand_property_identifier') info.exports.set(key, key);
            else if (p.type === 'pair') {
              const v = unwrap(p.childForFieldName('value'));
              if (v && isFunctionNode(v)) info.exports.set(key, v);
              else if (v?.type === 'identifier') info.exports.set(key, v.text);
              // module.exports = { dispatch: { run: runTool, … } }: a table of handlers.
              else if (v?.type === 'object') info.exports.set(key, v);
            } else if (p.type === 'method_definition') info.exports.set(key, p);
          }
        } else {
          const m = /^(?:module\.)?exports\.(\w+)$/.exec(left);
          if (m) info.exports.set(m[1], isFunctionNode(right) ? right : right.text);
          else if (left === 'module.exports') info.exports.set('default', isFunctionNode(right) ? right : right.text);
        }
        return;
      }
      default:
        return;
    }
  };
  const tops: Node[] = knownTops ? topsAt(mod.tree.rootNode, knownTops) ?? [] : [];
  if (tops.length === 0 && knownTops?.length !== 0) walkTops(mod, tops);
  for (const n of tops) info.topStarts.push(n.startIndex);
  for (const n of tops) {
    visitTop(n, false);
    const decl = n.type === 'export_statement' ? n.childForFieldName('declaration') ?? n : n;
    if (decl.type === 'import_statement') info.importsText += decl.text + '\n';
    else if (decl.type === 'lexical_declaration' || decl.type === 'variable_declaration') {
      for (const d of decl.namedChildren) {
        const name = d?.type === 'variable_declarator' ? d.childForFieldName('name') : null;
        if (!name) continue;
        if (name.type === 'identifier') info.decls.set(name.text, decl);
        else info.importsText += decl.text + '\n'; // destructuring (require) counts as an import
      }
    } else {
      const name = decl.childForFieldName('name');
      // Interfaces and type aliases too: a handler can depend on one (a parameter typed with it).
      if (name && /function|class|interface|type_alias/.test(decl.type)) info.decls.set(name.text, decl);
    }
  }

  // Module-level aliases of sinks: const run = promisify(exec); const fsp = fs.promises.
  info.env.shared = true;
  for (const [name, value] of info.consts) {
    const callee = calleeOfAlias(value, info.env);
    if (callee) info.env.declare(name, { callee });
    else if (isTable(value)) info.env.declare(name, { table: true });
    else if (isDbHandle(value, info.env)) info.env.declare(name, { tag: 'db' });
    else {
      const lib = libraryObject(value, info.env);
      if (lib) info.env.declare(name, { tag: lib });
    }
  }
  return info;
}

/**
 * A cursor over the top level: only statements that can declare something become Node objects
 * (registration calls, the bulk of a server file, are skipped by their type).
 */
function walkTops(mod: ParsedModule, tops: Node[]): void {
  const cursor = mod.tree.rootNode.walk();
  if (cursor.gotoFirstChild()) {
    do {
      const type = cursor.nodeType;
      if (type === 'comment' || type === 'empty_statement' || !cursor.nodeIsNamed) continue;
      if (type === 'expression_statement') {
        const at = cursor.startIndex;
        if (!mod.text.startsWith('module.exports', at) && !mod.text.startsWith('exports.', at)) continue;
      }
      tops.push(cursor.currentNode);
    } while (cursor.gotoNextSibling());
  }
  cursor.delete();
}

/** The top-level statements starting at `starts`, or undefined when one is not there. */
function topsAt(root: Node, starts: number[]): Node[] | undefined {
  const out: Node[] = [];
  for (const at of starts) {
    let n: Node | null = root.descendantForIndex(at);
    while (n?.parent && n.parent.parent) n = n.parent;
    if (!n?.parent || n.startIndex !== at) return undefined;
    out.push(n);
  }
  return out;
}

/** The canonical callee an expression denotes when it is a module member or promisify(...) of one. */
export function calleeOfAlias(value: Node, env: Env): string | undefined {
  const u = unwrap(value);
  if (!u) return undefined;
  if (u.type === 'identifier') return env.get(u.text)?.callee;
  if (u.type === 'member_expression') {
    // const all = promisify(db.all.bind(db)) with `db` a known driver's handle: a method of that handle.
    const o = unwrap(u.childForFieldName('object'));
    if (o?.type === 'identifier' && env.get(o.text)?.tag === 'db') {
      const prop = u.childForFieldName('property')?.text;
      return prop ? `${DB_METHOD_PREFIX}${prop}` : undefined;
    }
    const base = calleeOfAlias(u.childForFieldName('object')!, env) ?? requiredModule(u.childForFieldName('object'));
    const prop = u.childForFieldName('property')?.text;
    return base && prop ? canonical(`${base}.${prop}`) : undefined;
  }
  if (u.type === 'call_expression') {
    const f = u.childForFieldName('function');
    const ft = f?.text ?? '';
    if (/(^|\.)promisify$/.test(ft) || ft === 'util.promisify') {
      const arg = u.childForFieldName('arguments')?.namedChildren[0];
      return arg ? calleeOfAlias(arg, env) : undefined;
    }
    // fn.bind(x) keeps the callee
    if (f?.type === 'member_expression' && f.childForFieldName('property')?.text === 'bind') {
      return calleeOfAlias(f.childForFieldName('object')!, env);
    }
    const req = requiredModule(u);
    if (req && !req.startsWith('.')) return canonical(req);
  }
  return undefined;
}

/** Constructors and factories of database handles (their methods are SQL sinks whatever the variable is called). */
export const DB_FACTORY = /^(trino-client\.Trino\.create|@google-cloud\/bigquery\.BigQuery|snowflake-sdk\.createConnection|cassandra-driver\.Client|oracledb\.getConnection|oracledb\.createPool|mariadb\.(createPool|createConnection)|@planetscale\/database\.connect|mssql\.ConnectionPool|better-sqlite3|sqlite3\.Database|sqlite3\.verbose|sqlite\.open|pg\.Pool|pg\.Client|mysql2?(\/promise)?\.(createConnection|createPool)|duckdb\.Database|mssql\.connect|postgres|@libsql\/client\.createClient|@clickhouse\/client(-web)?\.createClient|knex|@neondatabase\/serverless\.neon|@vercel\/postgres\.createPool)$/;

/**
 * Objects of libraries whose methods are sinks whatever the variable holding them is called:
 * factory or constructor (canonical) → tag. Method sinks name the tag as their receiver
 * (`*.toFile` on `sharp`), and methods of a tagged object that return the object keep the tag.
 */
export const LIB_OBJECTS: ReadonlyMap<string, string> = new Map([
  ['sharp', 'sharp'],
  ['rss-parser', 'rss-parser'],
]);
/** Methods of library objects that end a chain (their result is data, not the object). */
export const LIB_TERMINAL = /^(toBuffer|toFile|metadata|stats|then|catch|parseURL|parseString)$/;

/** `new Database(...)`, `mysql.createPool(...)`, `await sqlite.open(...)` of a known driver. */
export function isDbHandle(value: Node, env: Env): boolean {
  const u = unwrap(value);
  if (!u || (u.type !== 'new_expression' && u.type !== 'call_expression')) return false;
  const f = u.childForFieldName(u.type === 'new_expression' ? 'constructor' : 'function');
  // `db.connect()` / `pool.getConnection()` on a module-level handle: a connection to the same database.
  if (u.type === 'call_expression' && f?.type === 'member_expression') {
    const obj = f.childForFieldName('object');
    if (obj?.type === 'identifier' && env.get(obj.text)?.tag === 'db' && DB_CONN_METHODS.test(f.childForFieldName('property')?.text ?? '')) return true;
  }
  const name = f ? calleeOfAlias(f, env) : undefined;
  return !!name && DB_FACTORY.test(canonical(name));
}

/**
 * Types of database handles of known drivers (canonical names): a parameter or interface member
 * typed with one (`ctx: { trino: Trino }`, `pool: pg.Pool`) is a database handle.
 */
const DB_TYPE = /^(trino-client\.Trino|pg\.(Pool|Client|PoolClient)|mysql2(\/promise)?\.(Pool|Connection|PoolConnection)|better-sqlite3(\.Database)?|sqlite3?\.Database|sqlite\.Database|duckdb\.(Database|Connection)|knex(\.Knex)?|mssql\.(ConnectionPool|Request|Transaction)|@google-cloud\/bigquery\.BigQuery|snowflake-sdk\.Connection|cassandra-driver\.Client|oracledb\.Connection|@libsql\/client\.Client|@clickhouse\/client\.ClickHouseClient|postgres\.Sql|mariadb\.(Pool|Connection)|@duckdb\/node-api\.DuckDBConnection|@planetscale\/database\.Connection)$/;

/** `Trino`, `pg.Pool`, `Database.Database`: the database handle a type annotation names, if any. */
export function isDbType(t: Node | null | undefined, env: Env): boolean {
  if (!t) return false;
  let name: string | undefined;
  if (t.type === 'type_identifier') name = env.get(t.text)?.callee;
  else if (t.type === 'nested_type_identifier') {
    const parts = t.text.split('.');
    const base = env.get(parts[0])?.callee;
    name = base ? canonical([base, ...parts.slice(1)].join('.')) : undefined;
  }
  return !!name && DB_TYPE.test(name);
}

/** Methods of a database handle that return another handle on the same database (duckdb `db.connect()`, pg `pool.connect()`). */
export const DB_CONN_METHODS = /^(connect|getConnection|acquire|begin|transaction|reserve)$/;

/** `new Parser(…)` (rss-parser), `sharp(…)`: the tag of a library object (LIB_OBJECTS) made at module level. */
function libraryObject(value: Node, env: Env): string | undefined {
  const u = unwrap(value);
  if (!u || (u.type !== 'new_expression' && u.type !== 'call_expression')) return undefined;
  const f = u.childForFieldName(u.type === 'new_expression' ? 'constructor' : 'function');
  const name = f ? calleeOfAlias(f, env) : undefined;
  return name ? LIB_OBJECTS.get(canonical(name)) : undefined;
}

/** A literal object/array/Set/Map of literals: indexing it yields a value the model cannot choose freely. */
export function isTable(value: Node): boolean {
  const u = unwrap(value);
  if (!u) return false;
  if (u.type === 'object' || u.type === 'array') return isLiteralish(u, 0);
  if (u.type === 'new_expression' && /^(Set|Map)$/.test(u.childForFieldName('constructor')?.text ?? '')) {
    const a = u.childForFieldName('arguments')?.namedChildren[0];
    return !a || isLiteralish(a, 0);
  }
  return false;
}

function isLiteralish(n: Node, depth: number): boolean {
  if (depth > 6) return false;
  switch (n.type) {
    case 'string':
    case 'number':
    case 'true':
    case 'false':
    case 'null':
    case 'undefined':
    case 'regex':
      return true;
    case 'template_string':
      return !n.namedChildren.some((c) => c?.type === 'template_substitution');
    case 'array':
    case 'object':
      return n.namedChildren.every((c) => !c || c.type === 'comment' || isLiteralish(c, depth + 1));
    case 'pair': {
      const v = n.childForFieldName('value');
      return !v || isLiteralish(v, depth + 1) || isFunctionNode(v);
    }
    case 'shorthand_property_identifier':
    case 'identifier':
    case 'member_expression':
      return true; // references to other constants
    case 'arrow_function':
    case 'function_expression':
    case 'method_definition':
      return true;
    case 'as_expression':
    case 'satisfies_expression':
      return isLiteralish(n.namedChildren[0]!, depth + 1);
    default:
      return false;
  }
}

/** Looks up an exported function in a module: returns the function node and its module. */
export function findExport(info: ModuleInfo, name: string): Node | undefined {
  const e = info.exports.get(name);
  if (!e) return name === 'default' ? undefined : info.functions.get(name);
  if (typeof e !== 'string') return e;
  return info.functions.get(e) ?? info.classes.get(e);
}

export function objectKeyValue(obj: Node | undefined, key: string): Node | undefined {
  return objectPropValue(obj, key);
}

export type { Val };
