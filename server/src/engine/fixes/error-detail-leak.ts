// error-detail-leak: the client gets a generic message with a correlation id; the details go to
// stderr under the same id.
//   } catch (err) {                                  } catch (err) {
//                                               →      const errorId = randomUUID();
//                                                      console.error(`[${errorId}]`, err);
//     return { …, text: `Failed: ${err.stack}` };       return { …, text: `Internal error (id ${errorId})` };
//   except Exception as e:                           except Exception as e:
//                                               →        error_id = uuid.uuid4().hex
//                                                        logging.exception("Internal error [%s]", error_id)
//       return f"Error: {e}"                             return f"Internal error (id {error_id})"
// Imports (`randomUUID` from node:crypto unless the file already has one; `logging`, `uuid`) are
// added once per file; the two lines open the catch / except block, so several leaks of one
// block share them. Only for a return / throw / raise (or a variable declared for one) inside a
// catch / except whose error the message is built from; the whole environment, promise
// .catch callbacks and helpers that receive the error get no fix.
// Not preferred: the client sees less than before.
import type { Node } from 'web-tree-sitter';
import { secretKind } from '../checks/text/util';
import type { Fix, FixContext, TextEdit } from './types';
import { hasIdentifier, importBindings, insertAfterImports, insertAt, isEsm, lineIndent, named, replaceNode, topLevel } from './util';

const FUNCTION = new Set(['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'function', 'function_definition', 'lambda', 'class_declaration', 'class_definition', 'class_body']);

export function errorLeakFixes(fc: FixContext): Fix | undefined {
  const py = fc.family === 'py';
  const msg = messageExpr(fc.node, py);
  const stmt = msg && statementOf(msg, py);
  const clause = stmt && clauseOf(stmt, py);
  if (!msg || !stmt || !clause) return undefined;
  const errName = py ? pyErrorName(clause) : clause.childForFieldName('parameter');
  // The message is built from the caught error (or the traceback of it), not from something else.
  if (py) {
    const e = errName?.text;
    if (!(e !== undefined && hasIdentifier(msg.text, e)) && !/\btraceback\.|\bsys\.exc_info\b/.test(msg.text)) return undefined;
  } else if (errName?.type !== 'identifier' || !hasIdentifier(msg.text, errName.text) || secretKind(errName.text)) return undefined;
  // An error variable named like what the added lines use would be shadowed by it.
  if (errName && (py ? ['logging', 'uuid', 'error_id'] : ['errorId', 'console', 'randomUUID', 'crypto']).includes(errName.text)) return undefined;
  const lines = py ? pyLines(fc) : tsLines(fc, errName!.text);
  if (!lines) return undefined;
  const open = opening(fc, clause, py);
  if (!open) return undefined;
  const id = py ? 'error_id' : 'errorId';
  const body = py ? named(clause).find((c) => c.type === 'block') : clause.childForFieldName('body');
  if (!body) return undefined;
  const edits: TextEdit[] = [];
  // Added by this fix for another leak of the same block: reuse it. Any other `errorId` there: no fix.
  const declared = named(body).some((s) => s.text.startsWith(lines.declare));
  if (!declared) {
    const fn = enclosingFunction(clause);
    if (hasIdentifier((fn ?? body).text, id)) return undefined;
    edits.push(insertAt(open.at, lines.declare + fc.eol + open.indent + lines.log + fc.eol + open.indent));
  }
  edits.push(...lines.imports);
  const q = msg.type === 'string' && msg.text.startsWith("'") ? "'" : '"';
  edits.push(replaceNode(msg, py ? `f${q}Internal error (id {error_id})${q}` : '`Internal error (id ${errorId})`'));
  return {
    title: py ? 'Return a generic message with an error id; log the exception with logging.exception' : 'Return a generic message with an error id; log the error to stderr',
    preferred: false,
    edits,
  };
}

/** The value the leak builds: climbs from the flagged expression through the string building around it. */
function messageExpr(n: Node, py: boolean): Node | undefined {
  let cur = n;
  for (let i = 0; i < 12; i++) {
    const p = cur.parent;
    if (!p) return undefined;
    const t = p.type;
    const field = (f: string) => p.childForFieldName(f)?.id === cur.id;
    if (
      t === 'template_substitution' || t === 'template_string' || t === 'interpolation' || t === 'string' || t === 'concatenated_string' ||
      t === 'parenthesized_expression' || t === 'as_expression' || t === 'non_null_expression' || t === 'satisfies_expression' ||
      t === 'await_expression' || t === 'await' || t === 'format_expression'
    ) {
      cur = p;
    } else if (t === 'binary_expression' || t === 'binary_operator') {
      const op = p.childForFieldName('operator')?.text;
      if (op !== '+' && op !== '??' && op !== '||' && op !== '%') break;
      cur = p;
    } else if (t === 'ternary_expression' || t === 'conditional_expression') {
      // The value, not the condition (`a if cond else b` holds the condition second).
      const cond = t === 'ternary_expression' ? p.childForFieldName('condition') : named(p)[1];
      if (cond?.id === cur.id) break;
      cur = p;
    } else if ((t === 'member_expression' || t === 'attribute' || t === 'subscript' || t === 'subscript_expression') && (field('object') || field('value'))) {
      cur = p; // err.stack.split("\n"), e.args[0]
    } else if ((t === 'call_expression' || t === 'call') && field('function')) {
      cur = p; // err.toString(), str(e).strip()
    } else if ((t === 'arguments' || t === 'argument_list') && p.parent && isFormatCall(p.parent, py)) {
      cur = p.parent; // String(err), JSON.stringify(err), str(e), repr(e), "{}".format(e)
    } else break;
  }
  // Where the message goes: a property / entry, an argument (new McpError(code, msg)), a returned,
  // thrown or assigned value.
  const p = cur.parent;
  if (!p) return undefined;
  const ok = py
    ? ['pair', 'argument_list', 'keyword_argument', 'return_statement', 'raise_statement', 'assignment', 'list', 'tuple', 'expression_list'].includes(p.type)
    : ['pair', 'arguments', 'return_statement', 'throw_statement', 'variable_declarator', 'array'].includes(p.type);
  if (!ok) return undefined;
  if (p.type === 'pair' && p.childForFieldName('value')?.id !== cur.id) return undefined;
  if (p.type === 'keyword_argument' && p.childForFieldName('value')?.id !== cur.id) return undefined;
  if (p.type === 'variable_declarator' && p.childForFieldName('value')?.id !== cur.id) return undefined;
  if (p.type === 'assignment' && p.childForFieldName('right')?.id !== cur.id) return undefined;
  return cur;
}

function isFormatCall(call: Node, py: boolean): boolean {
  const fn = call.childForFieldName('function')?.text ?? '';
  if (py) return /^(?:str|repr|format|pformat|pprint\.pformat)$/.test(fn) || fn.endsWith('.format');
  return /^(?:String|JSON\.stringify|inspect|util\.inspect|format|util\.format)$/.test(fn);
}

/** The statement the message is part of: a return / throw / raise, or a declaration / assignment of a variable. */
function statementOf(msg: Node, py: boolean): Node | undefined {
  const pass = new Set(['object', 'array', 'pair', 'arguments', 'argument_list', 'call_expression', 'call', 'new_expression', 'await_expression', 'await', 'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'spread_element', 'variable_declarator', 'keyword_argument', 'dictionary', 'list', 'tuple', 'expression_list', 'assignment']);
  let cur: Node | null = msg.parent;
  for (let i = 0; i < 16 && cur; i++, cur = cur.parent) {
    const t = cur.type;
    if (py) {
      if (t === 'return_statement' || t === 'raise_statement') return cur;
      if (t === 'expression_statement') return named(cur)[0]?.type === 'assignment' ? cur : undefined;
    } else if (t === 'return_statement' || t === 'throw_statement' || t === 'lexical_declaration' || t === 'variable_declaration') return cur;
    if (!pass.has(t)) return undefined;
  }
  return undefined;
}

/** The catch / except clause whose block holds the statement (not across a function). */
function clauseOf(stmt: Node, py: boolean): Node | undefined {
  let cur: Node | null = stmt.parent;
  for (let i = 0; i < 10 && cur; i++, cur = cur.parent) {
    if (FUNCTION.has(cur.type)) return undefined;
    if (!py && cur.type === 'catch_clause') return cur.childForFieldName('body') && stmt.startIndex >= cur.childForFieldName('body')!.startIndex ? cur : undefined;
    if (py && cur.type === 'except_clause') return cur;
  }
  return undefined;
}

/** `except X as e` → e (undefined for `except X:` and bare `except:`). */
function pyErrorName(clause: Node): Node | undefined {
  const as = named(clause).find((c) => c.type === 'as_pattern');
  const target = as && named(as).find((c) => c.type === 'as_pattern_target');
  const id = target && (target.type === 'identifier' ? target : named(target)[0]);
  return id?.type === 'identifier' ? id : undefined;
}

function enclosingFunction(n: Node): Node | undefined {
  for (let cur = n.parent, i = 0; cur && i < 40; cur = cur.parent, i++) if (FUNCTION.has(cur.type) && cur.type !== 'class_body') return cur;
  return undefined;
}

/**
 * Where the two lines go: the start of the block's first statement, above the comment lines that
 * lead to it (a suppression or a note belongs to that statement), with its indentation.
 * Undefined for a block that starts on the clause's own line.
 */
function opening(fc: FixContext, clause: Node, py: boolean): { at: { line: number; character: number }; indent: string } | undefined {
  const body = py ? named(clause).find((c) => c.type === 'block') : clause.childForFieldName('body');
  if (!body) return undefined;
  // The first statement (TypeScript blocks list their comments as children; Python's may not).
  const first = named(body).find((c) => c.type !== 'comment');
  const openRow = py ? (clause.children.find((c) => c?.type === ':')?.startPosition.row ?? -1) : body.startPosition.row;
  if (!first || openRow < 0 || first.startPosition.row <= openRow) return undefined;
  const indent = lineIndent(fc.text, first.startPosition.row);
  if (first.startPosition.column !== indent.length) return undefined;
  // head[k] is the text of row clause.row + k, up to the first statement.
  const head = fc.text.slice(clause.startIndex, first.startIndex).split('\n');
  const marker = indent + (py ? '#' : '//');
  let k = head.length - 1;
  while (clause.startPosition.row + k - 1 > openRow && head[k - 1].startsWith(marker)) k--;
  return { at: { line: clause.startPosition.row + k, character: indent.length }, indent };
}

interface Lines {
  declare: string;
  log: string;
  imports: TextEdit[];
}

const CRYPTO = new Set(['crypto', 'node:crypto']);

function tsLines(fc: FixContext, err: string): Lines | undefined {
  const b = importBindings(fc);
  let uuid: string | undefined;
  const imports: TextEdit[] = [];
  const named = b.find((x) => CRYPTO.has(x.module) && x.imported === 'randomUUID');
  const ns = b.find((x) => CRYPTO.has(x.module) && (x.imported === '*' || x.imported === 'default'));
  if (named) uuid = `${named.local}()`;
  else if (ns) uuid = `${ns.local}.randomUUID()`;
  else if (b.some((x) => x.local === 'randomUUID') || declaresAtTop(fc, 'randomUUID')) {
    // A randomUUID of some other kind is in the file: the global Web Crypto one (Node 19+).
    if (b.some((x) => x.local === 'crypto') || declaresAtTop(fc, 'crypto')) return undefined;
    uuid = 'crypto.randomUUID()';
  } else {
    uuid = 'randomUUID()';
    const firstSource = topLevel(fc).find((c) => c.type === 'import_statement')?.childForFieldName('source');
    const q = firstSource ? firstSource.text[0] : /require\('/.test(fc.text) ? "'" : '"';
    imports.push(insertAfterImports(fc, isEsm(fc) ? `import { randomUUID } from ${q}node:crypto${q};` : `const { randomUUID } = require(${q}node:crypto${q});`));
  }
  return { declare: `const errorId = ${uuid};`, log: `console.error(\`[\${errorId}]\`, ${err});`, imports };
}

/** A top-level function, class, variable or enum of the file is called `name`. */
function declaresAtTop(fc: FixContext, name: string): boolean {
  for (let st of topLevel(fc)) {
    if (st.type === 'export_statement') st = st.childForFieldName('declaration') ?? st;
    if (st.childForFieldName('name')?.text === name) return true;
    if (st.type === 'lexical_declaration' || st.type === 'variable_declaration') {
      for (const d of named(st)) if (d.type === 'variable_declarator' && hasIdentifier(d.childForFieldName('name')?.text ?? '', name)) return true;
    }
  }
  return false;
}

function pyLines(fc: FixContext): Lines | undefined {
  const b = importBindings(fc);
  const missing: string[] = [];
  for (const mod of ['logging', 'uuid']) {
    const bound = b.filter((x) => x.local === mod);
    if (bound.some((x) => x.module !== mod || x.imported !== '*')) return undefined; // shadowed
    if (bound.length === 0) missing.push(`import ${mod}`);
  }
  return {
    declare: 'error_id = uuid.uuid4().hex',
    log: 'logging.exception("Internal error [%s]", error_id)',
    imports: missing.length ? [insertAfterImports(fc, missing.join('\n'))] : [],
  };
}
