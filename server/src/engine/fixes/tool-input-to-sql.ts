// tool-input-to-sql: a query string built from tool input becomes a parameterised query.
//   db.prepare(`SELECT * FROM t WHERE name = '${name}'`).all()  → db.prepare("SELECT * FROM t WHERE name = ?").all(name)
//   pool.query("… LIKE '%" + term + "%'")                        → pool.query("… LIKE $1", [`%${term}%`])
//   cur.execute(f"SELECT … WHERE id = {id}")                     → cur.execute("SELECT … WHERE id = %s", (id,))
// The placeholder style follows the driver the receiver comes from (`?` for sqlite / mysql /
// duckdb, `$1` for pg / asyncpg, `%s` for psycopg / pymysql / mysql-connector), found from the
// receiver's assignment and the file's imports. Only values are parameterised: an expression in
// a quoted SQL string, or right after a comparison, `LIKE`, `BETWEEN` or inside `VALUES (…)`.
// A query that builds SQL structure from input (a table or column name, `ORDER BY x`, a whole
// clause, `IN (${list})`, `LIMIT ${n}`) gets no fix: that needs an allow-list or a number, not a
// placeholder. Preferred: for every value that did not break the query the database compares the same.
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { enclosingCall, importBindings, insertAt, once, jsParts, jsString, jsTemplate, keywordArg, named, nodeEnd, pyFString, pyParts, pyString, replaceNode, type Part } from './util';

type Style = 'qmark' | 'dollar' | 'format';

const JS_DRIVERS: [RegExp, Style][] = [
  [/^(pg|pg-pool|pg-promise|@neondatabase\/serverless|@vercel\/postgres)$/, 'dollar'],
  [/^(mysql|mysql2|mysql2\/promise|mariadb|better-sqlite3|sqlite3|sqlite|duckdb|duckdb-async|@duckdb\/node-api)$/, 'qmark'],
];
const PY_DRIVERS: [RegExp, Style][] = [
  [/^asyncpg$/, 'dollar'],
  [/^(psycopg|psycopg2|psycopg_pool|pymysql|MySQLdb|mysql\.connector|mysql|aiomysql|pg8000|aiopg)$/, 'format'],
  [/^(sqlite3|aiosqlite|duckdb)$/, 'qmark'],
];

export function sqlFixes(fc: FixContext): Fix | undefined {
  const site = enclosingCall(fc.node);
  if (!site || site.index !== 0) return undefined;
  const fn = site.call.childForFieldName('function');
  if (!fn || (fn.type !== 'member_expression' && fn.type !== 'attribute')) return undefined;
  const method = (fn.childForFieldName('property') ?? fn.childForFieldName('attribute'))?.text ?? '';
  const receiver = fn.childForFieldName('object');
  if (!receiver) return undefined;
  const py = fc.family === 'py';
  const parts = py ? pyParts(fc.node) : jsParts(fc.node);
  if (!parts || !parts.some((p) => p.expr !== undefined)) return undefined;
  const style = driverStyle(fc, receiver.text, site.call);
  if (!style) return undefined;
  const q = parameterise(parts, style, py);
  if (!q) return undefined;
  const edits: TextEdit[] = [];
  const sqlLit = py ? pySqlLiteral(fc.node, q.sql) : jsSqlLiteral(fc.node, q.sql);
  const values = q.params.map((w) => (w.length === 1 && w[0].expr !== undefined ? w[0].expr : py ? pyFString(w) : jsTemplate(w)));
  if (values.some((v) => v === undefined)) return undefined;
  edits.push(replaceNode(fc.node, sqlLit));
  if (!py) {
    const chained = preparedChain(site.call);
    if (method === 'prepare' && chained) {
      edits.push(insertAt(chained, values.join(', ')));
    } else if (/^(query|execute|all|get|run|each|any|none|one|oneOrNone|many|manyOrNone)$/.test(method)) {
      const rest = site.args.slice(1);
      if (rest.length > 1 || (rest.length === 1 && !/^(arrow_function|function_expression|function)$/.test(rest[0].type))) return undefined;
      edits.push(insertAt(nodeEnd(site.args[0]), `, [${values.join(', ')}]`));
    } else return undefined;
  } else {
    if (!/^(execute|fetch|fetchrow|fetchval|fetchall|fetchone)$/.test(method)) return undefined;
    if (site.args.length !== 1 || keywordArg(site.args, 'parameters') || keywordArg(site.args, 'params')) return undefined;
    if (style === 'dollar') edits.push(insertAt(nodeEnd(site.args[0]), `, ${values.join(', ')}`));
    else edits.push(insertAt(nodeEnd(site.args[0]), `, (${values.join(', ')}${values.length === 1 ? ',' : ''})`));
  }
  const ph = style === 'qmark' ? '?' : style === 'dollar' ? '$1' : '%s';
  return { title: `Pass ${values.length === 1 ? 'the value' : 'the values'} as query parameters (${ph} placeholders)`, preferred: true, edits };
}

/** `db.prepare(sql).all()` with no arguments: where the parameters go (inside the empty parentheses). */
function preparedChain(call: Node): { line: number; character: number } | undefined {
  const member = call.parent;
  if (member?.type !== 'member_expression' || !/^(all|get|run|iterate|pluck|raw)$/.test(member.childForFieldName('property')?.text ?? '')) return undefined;
  const outer = member.parent;
  if (outer?.type !== 'call_expression') return undefined;
  const args = outer.childForFieldName('arguments');
  if (!args || named(args).length > 0) return undefined;
  return { line: args.endPosition.row, character: args.endPosition.column - 1 };
}

// ----------------------------------------------------------------------------- the query

/**
 * The SQL before an expression puts it in a value position: after a comparison, LIKE, BETWEEN
 * (… AND). Not LIMIT / OFFSET: some drivers refuse a string parameter there.
 */
function valueBefore(before: string): boolean {
  if (before.endsWith('=') || before.endsWith('<') || before.endsWith('>')) return true;
  const words = before.toUpperCase().split(/\s+/);
  const last = words[words.length - 1];
  if (['LIKE', 'ILIKE', 'BETWEEN'].includes(last)) return true;
  return last === 'AND' && words[words.length - 3] === 'BETWEEN';
}

/**
 * The query text with placeholders and the value of each, or undefined when an expression is not
 * in a value position (a quoted SQL string, after a comparison / LIKE / BETWEEN, or in VALUES (…)).
 */
function parameterise(parts: Part[], style: Style, py: boolean): { sql: string; params: Part[][] } | undefined {
  let sql = '';
  const params: Part[][] = [];
  const placeholder = (): string => (style === 'qmark' ? '?' : style === 'dollar' ? `$${params.length}` : '%s');
  let quote: string | undefined; // ' (SQL string), " or ` (quoted identifier)
  let quoted: Part[] = [];
  let quotedHasExpr = false;
  let afterValue = false; // the last thing emitted was a placeholder for an unquoted expression
  const lit = (s: string): string => (style === 'format' && py ? s.replace(/%/g, '%%') : s);
  for (const p of parts) {
    if (p.expr !== undefined) {
      if (quote === "'") {
        quoted.push(p);
        quotedHasExpr = true;
        continue;
      }
      if (quote) return undefined; // an identifier built from input
      const before = sql.trimEnd();
      const values = before.toUpperCase().lastIndexOf('VALUES');
      const inValues = values !== -1 && before.indexOf(')', values) === -1 && (before.endsWith('(') || before.endsWith(','));
      if (!inValues && !valueBefore(before)) return undefined;
      if (before.endsWith('(') && /\bIN$/i.test(before.slice(0, -1).trimEnd())) return undefined;
      params.push([p]);
      sql += placeholder();
      afterValue = true;
      continue;
    }
    const s = p.lit;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (afterValue) {
        afterValue = false;
        if (/[\w.'"`]/.test(c)) return undefined; // `${x}abc`: part of a bigger token
      }
      if (quote === "'") {
        if (c === "'" && s[i + 1] === "'") {
          quoted.push({ lit: "'" });
          i++;
        } else if (c === "'") {
          quote = undefined;
          if (quotedHasExpr) {
            params.push(mergeParts(quoted));
            sql += placeholder();
            afterValue = true;
          } else {
            sql += "'" + lit(quoted.map((x) => (x.lit ?? '').replace(/'/g, "''")).join('')) + "'";
          }
          quoted = [];
          quotedHasExpr = false;
        } else quoted.push({ lit: c });
      } else if (quote) {
        sql += c;
        if (c === quote) quote = undefined;
      } else if (c === "'") {
        quote = c;
      } else if (c === '"' || c === '`') {
        quote = c;
        sql += c;
      } else {
        sql += lit(c);
      }
    }
  }
  if (quote) return undefined;
  if (params.length === 0) return undefined;
  // A query that already has placeholders of its own would be renumbered wrongly.
  const own = sql.replace(/'[^']*'/g, '');
  if (style === 'qmark' && (own.match(/\?/g)?.length ?? 0) !== params.length) return undefined;
  if (style === 'dollar' && (own.match(/\$\d+/g)?.length ?? 0) !== params.length) return undefined;
  if (style === 'format' && (own.match(/%s/g)?.length ?? 0) !== params.length) return undefined;
  return { sql, params };
}

function mergeParts(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.lit !== undefined && prev && prev.lit !== undefined) out[out.length - 1] = { lit: prev.lit + p.lit };
    else out.push(p);
  }
  return out;
}

function jsSqlLiteral(orig: Node, sql: string): string {
  if (sql.includes('\n')) return jsTemplate([{ lit: sql }]);
  const q = orig.type === 'string' ? orig.text[0] : firstQuote(orig) ?? '"';
  return jsString(sql, q);
}

function firstQuote(n: Node): string | undefined {
  if (n.type === 'string') return n.text[0];
  for (const c of named(n)) {
    const q = firstQuote(c);
    if (q) return q;
  }
  return undefined;
}

function pySqlLiteral(orig: Node, sql: string): string {
  const s = orig.type === 'string' ? orig : findPyString(orig);
  const body = s?.text.replace(/^[a-zA-Z]+/, '') ?? '"';
  const triple = body.startsWith('"""') || body.startsWith("'''") ? body.slice(0, 3) : undefined;
  if (triple && !sql.includes(triple) && !sql.includes('\\')) return triple + sql + triple;
  return pyString(sql, body[0] === "'" ? "'" : '"');
}

function findPyString(n: Node): Node | undefined {
  if (n.type === 'string') return n;
  for (const c of named(n)) {
    const s = findPyString(c);
    if (s) return s;
  }
  return undefined;
}

// ----------------------------------------------------------------------------- the driver

/** The placeholder style of the database handle `receiver`, from its assignment and the imports. */
const FUNCTION_TYPES = new Set(['function_definition', 'function_declaration', 'arrow_function', 'function_expression', 'method_definition', 'function']);

function driverStyle(fc: FixContext, receiver: string, at: Node): Style | undefined {
  const py = fc.family === 'py';
  const table = py ? PY_DRIVERS : JS_DRIVERS;
  const imports = importMap(fc);
  const styleOfModule = (m: string): Style | undefined => table.find(([re]) => re.test(m))?.[1];
  // Where to look for the assignment: the enclosing functions up to the call, innermost first, then the file.
  // Found walking down from the root with a cursor: each `node.parent` costs tree-sitter a walk
  // from the root, so walking up would be quadratic in deeply nested (fuzzed, generated) code.
  const scopes: string[][] = [];
  const cursor = fc.root.walk();
  try {
    descend: while (cursor.gotoFirstChild()) {
      do {
        if (cursor.startIndex <= at.startIndex && cursor.endIndex >= at.endIndex) {
          if (cursor.startIndex === at.startIndex && cursor.endIndex === at.endIndex && cursor.nodeType === at.type) break descend;
          if (FUNCTION_TYPES.has(cursor.nodeType)) scopes.push(fc.text.slice(cursor.startIndex, at.startIndex).split('\n'));
          continue descend;
        }
      } while (cursor.gotoNextSibling());
      break;
    }
  } finally {
    cursor.delete();
  }
  scopes.reverse(); // innermost first
  scopes.length = Math.min(scopes.length, 8);
  const fileLevel = once(fc, 'sql-top-assignments', () => topAssignments(fc.text));
  let name = receiver;
  for (let depth = 0; depth < 4; depth++) {
    const root = assignedFrom(scopes, name) ?? fileLevel.get(name);
    if (!root) break;
    const mod = imports.get(root);
    if (mod) return styleOfModule(mod);
    if (root === name) break;
    name = root;
  }
  // Otherwise: the one style every imported driver of the file agrees on.
  const styles = new Set([...imports.values()].map(styleOfModule).filter((s): s is Style => !!s));
  return styles.size === 1 ? [...styles][0] : undefined;
}

const ASSIGN_LINE = /^([ \t]*)(?:export\s+)?(?:const\s+|let\s+|var\s+)?([\w$.]+)[ \t]*(?::[^=\n]*)?=[ \t]*(?:await\s+)?(?:new\s+)?([\w$.]+)/;
const WITH_LINE = /\bwith\s+(?:await\s+)?([\w$.]+)\(/;
const AS_NAME = /^[\w$]+/;

/**
 * The first name of what `name` was last assigned from (`x = a.b(...)`, `with a.b() as x`) in the
 * innermost function scope that assigns it.
 */
function assignedFrom(scopes: string[][], name: string): string | undefined {
  for (const lines of scopes) {
    let found: string | undefined;
    for (const line of lines) {
      const a = ASSIGN_LINE.exec(line);
      if (a && a[2] === name) {
        found = a[3].split('.')[0];
        continue;
      }
      const w = WITH_LINE.exec(line);
      const as = line.lastIndexOf(' as ');
      if (w && as > w.index && AS_NAME.exec(line.slice(as + 4).trimStart())?.[0] === name) found = w[1].split('.')[0];
    }
    if (found) return found;
  }
  return undefined;
}

/** Unindented assignments of the file: name → first name of the value (the first assignment wins). */
function topAssignments(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const c = line.charCodeAt(0);
    if (line.length === 0 || c === 32 || c === 9) continue;
    const a = ASSIGN_LINE.exec(line);
    if (a && !out.has(a[2])) out.set(a[2], a[3].split('.')[0]);
  }
  return out;
}

/** Local name → module it comes from, for the file's top-level imports. */
function importMap(fc: FixContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of importBindings(fc)) out.set(b.local, b.module);
  return out;
}
