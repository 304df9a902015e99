// Schema constraint for taint findings (tool-input-to-shell, -path, -sql): a second fix, never
// preferred, next to the rule's own. The tool parameter the flow starts from gets a pattern and a
// length bound where it is declared, so the SDK rejects any other value before the handler runs:
//   zod     name: z.string()   → name: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/).max(256)
//   Python  name: str          → name: Annotated[str, Field(max_length=256, pattern=r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")]
//           (imports added once; an existing `Annotated[str, Field(…)]` / `= Field(…)` gets the
//           two keyword arguments instead)
// The pattern suits the sink: one word for a shell argument (no leading '-': no option
// injection), one file name for a path (no '/', '\', no leading '.'), an identifier for SQL. The
// taint engine reads an anchored zod `.regex()` as pinning the value (js/discover.ts) and a
// pydantic `pattern` by the characters it admits (py/regex.ts); all three patterns pass both.
//
// Offered only when the constraint alone makes the flow safe, read from the code between the
// parameter and the sink (the handler's own variables, and one module-level helper it calls):
// the sink's value is built from this parameter, unchanged (concatenation, template, f-string,
// path joins, trim/lower-case, str()/String()), and from nothing else the model chooses. A value
// decoded, replaced or passed through an unknown function on the way, another unconstrained
// input in the same value, the parameter as the program a shell runs (its first word), or a
// parameter that is not a plain string declared in this file: no fix. URL, eval and
// deserialisation sinks get none (a pattern cannot name allowed hosts, and code or serialised
// data is not a word). JSON Schemas in a low-level ListTools handler get none either: the SDK
// does not validate arguments against them, and the engine does not read them as a guard.
import type { Node } from 'web-tree-sitter';
import type { Range } from '../types';
import { isFunctionNode, unwrap } from '../js/syntax';
import type { Fix, FixContext, TextEdit } from './types';
import { fileHasIdentifier, importBindings, insertAfterImports, insertAt, jsParts, named, nodeEnd, once, pyImportsName, pyParts, replaceNode, topLevel, type Part } from './util';

interface Constraint {
  /** The anchored pattern (its `source` is written into the schema). */
  re: RegExp;
  max: number;
  /** What the pattern allows, for the title. */
  allows: string;
}

const WORD = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

const CONSTRAINTS: Record<string, Constraint> = {
  'tool-input-to-shell': { re: WORD, max: 256, allows: "one word: letters, digits, '.', '_' and '-', not starting with '-' or '.'" },
  'tool-input-to-path': { re: WORD, max: 255, allows: "one file name: letters, digits, '.', '_' and '-', no '/', not starting with '.' or '-'" },
  'tool-input-to-sql': { re: IDENT, max: 63, allows: "a SQL identifier: letters, digits and '_', not starting with a digit" },
};

/** Query text that ends before a value: a comparison, LIKE / BETWEEN … AND, LIMIT / OFFSET / TOP, IN ( / VALUES (. */
const SQL_VALUE_BEFORE = /([=<>]|\b(like|between|and|limit|offset|top)|\b(in|values) ?\()$/i;

/** The input sits in a SQL value: inside a '…' string literal (an odd number of quotes before it) or after a comparison, LIMIT, IN (…. */
function sqlValuePosition(before: string): boolean {
  let quotes = 0;
  for (let i = before.indexOf("'"); i !== -1; i = before.indexOf("'", i + 1)) quotes++;
  return quotes % 2 === 1 || SQL_VALUE_BEFORE.test(before.trimEnd());
}

/** The last flow step of a taint finding whose sink is the program a process runs (rules/tool-input-to-shell.ts). */
const PROGRAM_SINK = 'the program a process runs';

export function schemaConstraintFixes(fc: FixContext): Fix | undefined {
  const c = CONSTRAINTS[fc.finding.ruleId];
  const def = fc.definition;
  const flow = fc.finding.flow;
  const src = flow[0];
  if (!c || !def || def.kind !== 'tool' || !src || src.file !== fc.file) return undefined;
  const name = /^tool input `([^`]+)`/.exec(src.message)?.[1];
  if (!name) return undefined;
  if (flow[flow.length - 1]?.message.includes(PROGRAM_SINK)) return undefined;
  const param = def.params.find((p) => p.name === name);
  if (!param || param.kind !== 'string' || param.constrained) return undefined;
  const py = fc.family === 'py';
  const decl = nodeWithRange(fc, src.range, py ? /^typed(_default)?_parameter$/ : /^pair$/);
  if (!decl) return undefined;
  const around = py ? pathTo(fc, decl) : [];
  const declared = py ? around[around.length - 2]?.type === 'parameters' && pyDeclaration(fc, decl, name, c) : zodDeclaration(decl, name, c);
  if (!declared) return undefined;
  const handler = py ? around[around.length - 3] : jsHandler(fc, def.range);
  if (!handler || (py ? handler.type !== 'function_definition' : !isFunctionNode(handler))) return undefined;
  const others = new Set<string>();
  const clean = new Set<string>();
  for (const p of def.params) if (p.name !== name) (p.constrained ? clean : others).add(p.name);
  const w = new Walker(fc, name, others, clean, handler);
  w.walk(fc.node, { start: true, changed: false });
  if (!w.ok || !w.reached) return undefined;
  // The first word of a shell command is the program: a pattern still lets the model pick any.
  if (fc.finding.ruleId === 'tool-input-to-shell' && w.atStart) return undefined;
  // An identifier pattern is for SQL structure (a table, a column, ORDER BY …): a value in quotes,
  // after a comparison or LIMIT wants a parameter (the rule's own fix) or a number, not this.
  if (fc.finding.ruleId === 'tool-input-to-sql' && w.before.some(sqlValuePosition)) return undefined;
  return { title: `Constrain \`${name}\` in the schema to ${c.allows}${declared.max ? ` (max ${c.max})` : ''}`, preferred: false, edits: declared.edits };
}

// ------------------------------------------------------------------------------- declarations

interface Declared {
  edits: TextEdit[];
  /** The bound was added (false when the declaration already had one). */
  max: boolean;
}

/** The outermost node of the given type spanning exactly `r` (the source step of the flow, a registration). */
function nodeWithRange(fc: FixContext, r: Range, type: RegExp): Node | undefined {
  const lines = once(fc, 'schema-constraint:lineStarts', () => {
    const out = [0];
    for (let i = fc.text.indexOf('\n'); i !== -1; i = fc.text.indexOf('\n', i + 1)) out.push(i + 1);
    return out;
  });
  if (lines[r.start.line] === undefined || lines[r.end.line] === undefined) return undefined;
  const a = lines[r.start.line] + r.start.character;
  const b = lines[r.end.line] + r.end.character;
  const inner = fc.root.descendantForIndex(a, b);
  if (!inner) return undefined;
  return pathTo(fc, inner).find((n) => n.startIndex === a && n.endIndex === b && type.test(n.type));
}

/**
 * The nodes from the root down to `n` (`n` included). Found from the top with
 * `childWithDescendant`: asking a node for its `parent` walks down from the root each time.
 */
function pathTo(fc: FixContext, n: Node): Node[] {
  const out: Node[] = [];
  let cur: Node | null = fc.root;
  for (let i = 0; cur && i < 400; i++) {
    out.push(cur);
    if (cur.id === n.id) return out;
    cur = cur.childWithDescendant(n);
  }
  return [];
}

/** Methods that may follow `z.string()` in a plain declaration (no pattern, no transform of our own making). */
const ZOD_PLAIN = new Set(['describe', 'min', 'max', 'nonempty', 'optional', 'nullable', 'nullish', 'default', 'trim', 'toLowerCase', 'toUpperCase']);

/** `name: z.string()…` in a zod shape → `.regex(/…/).max(N)` right after `z.string()`. */
function zodDeclaration(pair: Node, name: string, c: Constraint): Declared | undefined {
  const key = pair.childForFieldName('key');
  if (!key || (key.type === 'string' ? key.text.slice(1, -1) : key.text) !== name) return undefined;
  let cur = unwrap(pair.childForFieldName('value'));
  const mods: { name: string; args: Node[] }[] = [];
  let base: Node | undefined;
  for (let i = 0; cur?.type === 'call_expression' && i < 12; i++) {
    const f = cur.childForFieldName('function');
    if (f?.type !== 'member_expression') return undefined;
    const prop = f.childForFieldName('property')?.text ?? '';
    const obj = unwrap(f.childForFieldName('object'));
    if (obj?.type === 'identifier' && prop === 'string') {
      if (named(cur.childForFieldName('arguments')).length > 0) return undefined;
      base = cur;
      break;
    }
    mods.push({ name: prop, args: named(cur.childForFieldName('arguments')) });
    cur = obj;
  }
  if (!base || mods.some((m) => !ZOD_PLAIN.has(m.name))) return undefined;
  // zod parses a default through the schema: it must pass the new pattern.
  for (const m of mods) {
    if (m.name !== 'default') continue;
    const v = m.args[0];
    if (m.args.length !== 1 || v.type !== 'string' || v.text.includes('\\') || !c.re.test(v.text.slice(1, -1))) return undefined;
  }
  const hasMax = mods.some((m) => m.name === 'max');
  return { edits: [insertAt(nodeEnd(base), `.regex(${String(c.re)})${hasMax ? '' : `.max(${c.max})`}`)], max: !hasMax };
}

/**
 * `name: str` → `name: Annotated[str, Field(max_length=N, pattern=r"…")]`; `Annotated[str, Field(…)]`
 * and `name: str = Field(…)` get the keyword arguments added to their Field call.
 */
function pyDeclaration(fc: FixContext, p: Node, name: string, c: Constraint): Declared | undefined {
  if (named(p)[0]?.text !== name) return undefined;
  const type = p.childForFieldName('type');
  const t = type?.type === 'type' ? named(type)[0] : type;
  if (!type || !t) return undefined;
  const dflt = p.type === 'typed_default_parameter' ? p.childForFieldName('value') : null;
  const field = dflt && isFieldCall(dflt) ? dflt : undefined;
  if (dflt && !field && !defaultPasses(dflt, c)) return undefined;
  if (t.type === 'identifier' && t.text === 'str') {
    if (field) return fieldKwargs(field, c);
    const edits: TextEdit[] = [];
    const missing: string[] = [];
    if (!pyImportsName(fc, 'typing', 'Annotated') && !pyImportsName(fc, 'typing_extensions', 'Annotated')) {
      if (fileHasIdentifier(fc, 'Annotated')) return undefined; // something else of that name
      missing.push('from typing import Annotated');
    }
    if (!pyImportsName(fc, 'pydantic', 'Field')) {
      if (fileHasIdentifier(fc, 'Field')) return undefined;
      missing.push('from pydantic import Field');
    }
    if (missing.length) edits.push(insertAfterImports(fc, missing.join('\n')));
    edits.push(replaceNode(type, `Annotated[str, Field(max_length=${c.max}, pattern=r"${c.re.source}")]`));
    return { edits, max: true };
  }
  // Annotated[str, Field(…)]
  if (field || (t.type !== 'generic_type' && t.type !== 'subscript')) return undefined;
  const head = t.type === 'generic_type' ? named(t)[0] : t.childForFieldName('value');
  if (head?.text !== 'Annotated' || !pyImportsName(fc, 'typing', 'Annotated') && !pyImportsName(fc, 'typing_extensions', 'Annotated')) return undefined;
  const args = t.type === 'generic_type' ? named(named(t).find((x) => x.type === 'type_parameter')) : t.childrenForFieldName('subscript').filter((x): x is Node => !!x);
  const inner = args.map((a) => (a.type === 'type' ? named(a)[0] ?? a : a));
  if (inner.length !== 2 || inner[0].text !== 'str' || !isFieldCall(inner[1])) return undefined;
  return fieldKwargs(inner[1], c);
}

function isFieldCall(n: Node): boolean {
  return n.type === 'call' && /^(pydantic\.)?Field$/.test(n.childForFieldName('function')?.text ?? '');
}

/** A default the new pattern accepts (pydantic does not validate defaults, but a default the pattern refuses says the pattern is wrong). */
function defaultPasses(n: Node, c: Constraint): boolean {
  if (n.type === 'none') return true;
  if (n.type !== 'string' || !/^["']/.test(n.text) || n.text.startsWith('"""') || n.text.startsWith("'''")) return false;
  const v = n.text.slice(1, -1);
  return !v.includes('\\') && c.re.test(v);
}

/** `Field(description="…")` → `Field(description="…", max_length=N, pattern=r"…")`. */
function fieldKwargs(call: Node, c: Constraint): Declared | undefined {
  const list = call.childForFieldName('arguments');
  if (!list) return undefined;
  const args = named(list);
  const kw = (k: string) => args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === k);
  if (args.some((a) => a.type === 'dictionary_splat' || a.type === 'list_splat') || kw('pattern') || kw('regex')) return undefined;
  const dflt = kw('default')?.childForFieldName('value') ?? args.find((a) => a.type !== 'keyword_argument');
  if (dflt && dflt.type !== 'ellipsis' && !defaultPasses(dflt, c)) return undefined;
  const hasMax = !!kw('max_length');
  const add = `${hasMax ? '' : `max_length=${c.max}, `}pattern=r"${c.re.source}"`;
  const last = args[args.length - 1];
  const at = last ? nodeEnd(last) : { line: list.endPosition.row, character: list.endPosition.column - 1 };
  return { edits: [insertAt(at, last ? `, ${add}` : add)], max: !hasMax };
}

// ------------------------------------------------------------------------------- the handler

const HANDLER_KEYS = ['handler', 'execute', 'run', 'callback', 'handle', 'call', 'fn', 'invoke', 'impl', 'action'];

/** The function a JS/TS registration (call or tool object at `r`) runs. */
function jsHandler(fc: FixContext, r: Range): Node | undefined {
  const reg = nodeWithRange(fc, r, /^(call_expression|object)$/);
  if (!reg) return undefined;
  let h: Node | null | undefined;
  if (reg.type === 'object') h = objectValue(reg, HANDLER_KEYS);
  else {
    const args = named(reg.childForFieldName('arguments'));
    const first = unwrap(args[0]);
    h = args.length === 1 && first?.type === 'object' ? objectValue(first, ['execute']) : args[args.length - 1];
  }
  return functionOf(fc, h, 0);
}

function objectValue(obj: Node, keys: string[]): Node | undefined {
  for (const c of named(obj)) {
    const k = c.childForFieldName(c.type === 'method_definition' ? 'name' : 'key')?.text;
    if (!k || !keys.includes(k)) continue;
    return c.type === 'method_definition' ? c : c.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** A function node for a handler expression: inline, a module-level function by name, or the function a wrapper call is given. */
function functionOf(fc: FixContext, n: Node | null | undefined, depth: number): Node | undefined {
  const e = unwrap(n);
  if (!e || depth > 2) return undefined;
  if (isFunctionNode(e)) return e;
  if (e.type === 'identifier') return moduleFunctions(fc).get(e.text);
  if (e.type === 'call_expression') {
    for (const a of named(e.childForFieldName('arguments'))) {
      const f = functionOf(fc, a, depth + 1);
      if (f) return f;
    }
  }
  return undefined;
}

/** Module-level functions of the file by name (`function f`, `const f = () => …`, Python `def f`). */
function moduleFunctions(fc: FixContext): Map<string, Node> {
  return once(fc, 'schema-constraint:functions', () => {
    const out = new Map<string, Node>();
    for (let st of topLevel(fc)) {
      if (st.type === 'export_statement' || st.type === 'decorated_definition') st = st.childForFieldName(st.type === 'export_statement' ? 'declaration' : 'definition') ?? st;
      if (st.type === 'function_declaration' || st.type === 'function_definition') {
        const nm = st.childForFieldName('name')?.text;
        if (nm) out.set(nm, st);
      } else if (st.type === 'lexical_declaration' || st.type === 'variable_declaration') {
        for (const d of named(st)) {
          const v = unwrap(d.childForFieldName('value'));
          const nm = d.childForFieldName('name');
          if (v && isFunctionNode(v) && nm?.type === 'identifier') out.set(nm.text, v);
        }
      }
    }
    return out;
  });
}

// ------------------------------------------------------------------------------- the walk

interface Mode {
  /** The value is at the start of what reaches the sink (for a shell command: the program). */
  start: boolean;
  /** The value went through something that may change its text (a decoder, an unknown call). */
  changed: boolean;
  /** The property of the value that is taken (`args.name`, a destructured key). */
  prop?: string;
  /** The literal text just before the value in the string it is built into (SQL: where it sits in the query). */
  before?: string;
}

/** An assignment to a local name: the value node, and the property of it when destructured. */
interface Assigned {
  node: Node;
  prop?: string;
  /** The name is bound in a way the walk does not follow (`with … as x`, `except … as e`…). */
  opaque?: boolean;
  /** `name.member = node` (`*`: a computed key): read whenever a member of the object is (the engine does not tell members apart). */
  member?: string;
}

/** Calls that keep their receiver's / arguments' text (the sink sees the input's characters unchanged). */
const JS_KEEP_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'toString', 'valueOf', 'slice', 'substring', 'concat', 'join', 'split', 'padStart', 'padEnd']);
const PY_KEEP_METHODS = new Set(['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'casefold', 'join', 'split', 'rsplit', 'resolve', 'absolute', 'as_posix', 'joinpath', 'expanduser']);
const PATH_FNS = new Set(['join', 'resolve', 'normalize', 'basename', 'dirname', 'relative']);
const PY_PATH_FNS = /^(os\.path|posixpath|ntpath)\.(join|abspath|normpath|realpath|basename|dirname|expanduser)$|^(str|Path|PurePath|PurePosixPath|PosixPath|pathlib\.(Path|PurePath|PurePosixPath|PosixPath))$/;

const MAX_STEPS = 600;

/**
 * Reads how the sink's value is built, back to the tool's inputs: `reached` when the input
 * `ours` gets there unchanged, `ok` false when anything else the model chooses (another input,
 * the whole argument object) or a changed form of an input gets there, or when the walk meets
 * code it does not follow.
 */
class Walker {
  ok = true;
  reached = false;
  atStart = false;
  /** The literal text before each arrival of the input in the string built around it. */
  readonly before: string[] = [];
  private steps = 0;
  private readonly seen = new Set<string>();
  private readonly py: boolean;
  /** JS: the handler's first parameter when it is a plain name (`args` of `args.name`). */
  private argsName?: string;
  /** Local names the handler's parameter binds → input names. */
  private readonly bindings = new Map<string, string>();

  constructor(
    private readonly fc: FixContext,
    private readonly ours: string,
    private readonly others: Set<string>,
    private readonly clean: Set<string>,
    private readonly handler: Node,
  ) {
    this.py = fc.family === 'py';
    const single = handler.childForFieldName('parameter'); // `args => …`
    const params = single ? [single] : named(handler.childForFieldName('parameters'));
    if (this.py) {
      for (const p of params) {
        const nm = p.type === 'identifier' ? p : named(p)[0];
        if (nm?.type === 'identifier' && nm.text !== 'self' && nm.text !== 'cls') this.bindings.set(nm.text, nm.text);
      }
    } else {
      const first = params[0];
      const pat = first && (first.type === 'required_parameter' || first.type === 'optional_parameter') ? first.childForFieldName('pattern') : first;
      if (pat?.type === 'identifier') this.argsName = pat.text;
      else if (pat?.type === 'object_pattern') this.bindPattern(pat);
      else if (pat) this.ok = false;
    }
  }

  private bindPattern(pat: Node): void {
    for (const p of named(pat)) {
      if (p.type === 'shorthand_property_identifier_pattern') this.bindings.set(p.text, p.text);
      else if (p.type === 'object_assignment_pattern') {
        const l = p.childForFieldName('left');
        if (l) this.bindings.set(l.text, l.text);
      } else if (p.type === 'pair_pattern') {
        const key = p.childForFieldName('key')?.text;
        let v = p.childForFieldName('value');
        if (v?.type === 'assignment_pattern') v = v.childForFieldName('left');
        if (key && v?.type === 'identifier') this.bindings.set(v.text, key.replace(/^["']|["']$/g, ''));
        else this.ok = false;
      } else if (p.type === 'rest_pattern') {
        const id = named(p)[0];
        if (id?.type === 'identifier') this.argsName = id.text;
      } else this.ok = false;
    }
  }

  /** An input reached. */
  private input(name: string, mode: Mode): void {
    if (this.clean.has(name)) return;
    if (name !== this.ours || mode.changed || mode.prop !== undefined) {
      this.ok = false;
      return;
    }
    this.reached = true;
    if (mode.start) this.atStart = true;
    this.before.push(mode.before ?? '');
  }

  walk(node: Node | null | undefined, mode: Mode): void {
    const n = unwrap(node);
    if (!n || !this.ok) return;
    if (++this.steps > MAX_STEPS) {
      this.ok = false;
      return;
    }
    const key = `${n.id}:${mode.start ? 1 : 0}${mode.changed ? 1 : 0}:${mode.prop ?? ''}:${mode.before ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.py) this.walkPy(n, mode);
    else this.walkJs(n, mode);
  }

  /** Every child, as something that may change what it is given. */
  private opaque(n: Node): void {
    for (const c of named(n)) this.walk(c, { start: false, changed: true });
  }

  private parts(parts: Part[], mode: Mode): void {
    let first = true;
    let before = '';
    for (const p of parts) {
      if (p.expr === undefined) {
        // Blanks and quotes before the input keep it the first word.
        if (!/^[\s"']*$/.test(p.lit)) first = false;
        before = p.lit;
        continue;
      }
      this.walk(p.node, { start: mode.start && first, changed: mode.changed, before });
      first = false;
      before = '';
    }
  }

  private walkJs(n: Node, mode: Mode): void {
    switch (n.type) {
      case 'string':
      case 'number':
      case 'true':
      case 'false':
      case 'null':
      case 'undefined':
      case 'regex':
      case 'unary_expression':
      case 'update_expression':
      case 'arrow_function':
      case 'function_expression':
      case 'function':
        return;
      case 'identifier':
        return this.ident(n, mode);
      case 'member_expression': {
        const prop = n.childForFieldName('property')?.text ?? '';
        if (prop === 'length' && mode.prop === undefined) return;
        if (mode.prop !== undefined) return this.walk(n.childForFieldName('object'), { start: false, changed: true });
        return this.walk(n.childForFieldName('object'), { ...mode, prop });
      }
      case 'subscript_expression': {
        const idx = unwrap(n.childForFieldName('index'));
        if (idx?.type === 'string' && mode.prop === undefined) return this.walk(n.childForFieldName('object'), { ...mode, prop: idx.text.slice(1, -1) });
        if (idx?.type === 'number' && mode.prop === undefined) return this.walk(n.childForFieldName('object'), mode);
        return this.opaque(n);
      }
      case 'template_string':
      case 'binary_expression': {
        if (mode.prop !== undefined) return this.opaque(n);
        const op = n.childForFieldName('operator')?.text;
        if (n.type === 'binary_expression' && op !== '+') {
          if (op === '??' || op === '||' || op === '&&') {
            this.walk(n.childForFieldName('left'), mode);
            this.walk(n.childForFieldName('right'), mode);
          }
          return; // arithmetic and comparisons give numbers and booleans
        }
        const parts = jsParts(n);
        if (parts) return this.parts(parts, mode);
        if (n.type === 'binary_expression') {
          this.walk(n.childForFieldName('left'), mode);
          this.walk(n.childForFieldName('right'), { ...mode, start: false });
          return;
        }
        for (const s of named(n)) if (s.type === 'template_substitution') this.walk(named(s)[0], { ...mode, start: false });
        return;
      }
      case 'ternary_expression':
        this.walk(n.childForFieldName('consequence'), mode);
        this.walk(n.childForFieldName('alternative'), mode);
        return;
      case 'sequence_expression':
        return this.walk(named(n)[named(n).length - 1], mode);
      case 'array': {
        if (mode.prop !== undefined) return this.opaque(n);
        named(n).forEach((e, i) => this.walk(e.type === 'spread_element' ? named(e)[0] : e, { ...mode, start: mode.start && i === 0 }));
        return;
      }
      case 'object': {
        if (mode.prop === undefined) return this.opaque(n);
        // A property of an object literal: the engine reads every property of a local object
        // into it, so every value counts (`{ file: join(ROOT, file), text }.file` carries `text`).
        for (const p of named(n)) {
          if (p.type === 'spread_element') this.walk(named(p)[0], mode);
          else if (p.type === 'shorthand_property_identifier') this.ident(p, { ...mode, prop: undefined });
          else if (p.type === 'pair') this.walk(p.childForFieldName('value'), { ...mode, prop: undefined });
          else this.opaque(p);
        }
        return;
      }
      case 'call_expression':
        return this.callJs(n, mode);
      default:
        return this.opaque(n);
    }
  }

  private callJs(n: Node, mode: Mode): void {
    const f = unwrap(n.childForFieldName('function'));
    const args = named(n.childForFieldName('arguments'));
    if (mode.prop !== undefined || !f) return this.opaque(n);
    const rest = (from: number) => args.slice(from).forEach((a) => this.walk(a, { ...mode, start: false }));
    if (f.type === 'member_expression') {
      const method = f.childForFieldName('property')?.text ?? '';
      const recv = unwrap(f.childForFieldName('object'));
      if (recv?.type === 'identifier' && PATH_FNS.has(method) && this.pathModule(recv.text, '*')) {
        args.forEach((a, i) => this.walk(a, { ...mode, start: mode.start && i === 0 }));
        return;
      }
      if (JS_KEEP_METHODS.has(method)) {
        this.walk(recv, mode);
        rest(0);
        return;
      }
    } else if (f.type === 'identifier') {
      if (f.text === 'String' || (PATH_FNS.has(this.pathImport(f.text) ?? ''))) {
        args.forEach((a, i) => this.walk(a, { ...mode, start: mode.start && i === 0 }));
        return;
      }
    }
    this.walk(f.type === 'member_expression' ? f.childForFieldName('object') : null, { start: false, changed: true });
    for (const a of args) this.walk(a, { start: false, changed: true });
  }

  /** `local` is the node `path` module (or its posix half) imported whole. */
  private pathModule(local: string, imported: string): boolean {
    return importBindings(this.fc).some((b) => b.local === local && /^(node:)?path(\/posix)?$/.test(b.module) && (b.imported === imported || b.imported === 'default'));
  }

  /** The name a `path` function was imported under (`import { join } from "node:path"`). */
  private pathImport(local: string): string | undefined {
    return importBindings(this.fc).find((b) => b.local === local && /^(node:)?path(\/posix)?$/.test(b.module) && b.imported !== '*' && b.imported !== 'default')?.imported;
  }

  private walkPy(n: Node, mode: Mode): void {
    switch (n.type) {
      case 'integer':
      case 'float':
      case 'true':
      case 'false':
      case 'none':
      case 'comparison_operator':
      case 'not_operator':
      case 'unary_operator':
      case 'lambda':
        return;
      case 'identifier':
        return this.ident(n, mode);
      case 'parenthesized_expression':
      case 'await':
        return this.walk(named(n)[0], mode);
      case 'string':
      case 'concatenated_string':
      case 'binary_operator': {
        if (mode.prop !== undefined) return this.opaque(n);
        const op = n.type === 'binary_operator' ? n.childForFieldName('operator')?.text : undefined;
        if (n.type === 'binary_operator' && op !== '+' && op !== '%' && op !== '/') return;
        const parts = op === '/' ? undefined : pyParts(n);
        if (parts) return this.parts(parts, mode);
        if (n.type === 'binary_operator') {
          this.walk(n.childForFieldName('left'), mode);
          this.walk(n.childForFieldName('right'), { ...mode, start: false });
          return;
        }
        for (const i of descendantsOfType(n, 'interpolation', 3)) this.walk(named(i)[0], { ...mode, start: false });
        return;
      }
      case 'conditional_expression': {
        const k = named(n);
        this.walk(k[0], mode);
        this.walk(k[2], mode);
        return;
      }
      case 'boolean_operator':
        this.walk(n.childForFieldName('left'), mode);
        this.walk(n.childForFieldName('right'), mode);
        return;
      case 'list':
      case 'tuple':
        if (mode.prop !== undefined) return this.opaque(n);
        named(n).forEach((e, i) => this.walk(e.type === 'list_splat' ? named(e)[0] : e, { ...mode, start: mode.start && i === 0 }));
        return;
      case 'keyword_argument':
        return this.walk(n.childForFieldName('value'), mode);
      case 'subscript': {
        const sub = n.childForFieldName('subscript');
        if (mode.prop === undefined && (sub?.type === 'slice' || sub?.type === 'integer')) return this.walk(n.childForFieldName('value'), mode);
        return this.opaque(n);
      }
      case 'call':
        return this.callPy(n, mode);
      default:
        return this.opaque(n);
    }
  }

  private callPy(n: Node, mode: Mode): void {
    const f = n.childForFieldName('function');
    const args = named(n.childForFieldName('arguments'));
    if (mode.prop !== undefined || !f) return this.opaque(n);
    if (pyParts(n)) return this.parts(pyParts(n)!, mode); // "…{}…".format(x)
    const canonical = f.type === 'identifier' ? this.pyImported(f.text) : f.text;
    if (canonical && PY_PATH_FNS.test(canonical)) {
      args.forEach((a, i) => this.walk(a, { ...mode, start: mode.start && i === 0 }));
      return;
    }
    if (f.type === 'attribute') {
      const method = f.childForFieldName('attribute')?.text ?? '';
      if (PY_KEEP_METHODS.has(method)) {
        // "sep".join(parts): the parts come first; x.strip(): the receiver.
        const recv = f.childForFieldName('object');
        if (method === 'join' && recv?.type === 'string') {
          this.walk(args[0], mode);
          this.walk(recv, { ...mode, start: false });
        } else {
          this.walk(recv, mode);
          for (const a of args) this.walk(a, { ...mode, start: false });
        }
        return;
      }
      this.walk(f.childForFieldName('object'), { start: false, changed: true });
    }
    for (const a of args) this.walk(a, { start: false, changed: true });
  }

  /** The canonical name of an imported Python name (`join` from os.path → os.path.join); the name itself for builtins. */
  private pyImported(local: string): string | undefined {
    const b = importBindings(this.fc).find((x) => x.local === local);
    if (!b) return local;
    return b.imported === '*' ? b.module : `${b.module}.${b.imported}`;
  }

  // ----------------------------------------------------------------------------- names

  /** A name: a parameter of the handler (an input), of a helper (its call sites), or a local variable. */
  private ident(id: Node, mode: Mode): void {
    const name = id.text;
    for (const fn of enclosingFunctions(this.fc, id)) {
      const isHandler = fn.id === this.handler.id;
      let bound = false;
      if (isHandler) {
        if (!this.py && name === this.argsName) {
          bound = true;
          if (mode.prop === undefined) this.ok = false; // the whole argument object
          else this.input(mode.prop, { ...mode, prop: undefined });
        } else if (this.bindings.has(name)) {
          bound = true;
          this.input(this.bindings.get(name)!, mode);
        }
      } else {
        const index = paramIndex(fn, name, this.py);
        if (index === -2) {
          this.ok = false;
          return;
        }
        if (index >= 0) {
          bound = true;
          this.helperArgs(fn, name, index, mode);
        }
      }
      const assigned = assignmentsOf(this.fc, fn, name, this.py);
      const vals = assigned.length ? assigned : undefined;
      for (const v of vals ?? []) {
        if (v.opaque) this.ok = false;
        else if (v.member !== undefined) this.walk(v.node, mode.prop === undefined ? { start: false, changed: true } : { ...mode, prop: undefined });
        else if (v.prop !== undefined) this.walk(v.node, mode.prop === undefined ? { ...mode, prop: v.prop } : { start: false, changed: true });
        else this.walk(v.node, mode);
      }
      if (bound || vals) return;
      if (isHandler) return; // declared at module level: constants, imports, functions
    }
  }

  /** A parameter of a module-level helper the handler calls: the arguments it is given there. */
  private helperArgs(fn: Node, name: string, index: number, mode: Mode): void {
    let helper: string | undefined;
    for (const [nm, f] of moduleFunctions(this.fc)) if (f.id === fn.id) helper = nm;
    if (!helper) {
      this.ok = false;
      return;
    }
    const body = this.handler.childForFieldName('body');
    const calls = body ? callsOf(body, helper, this.py) : [];
    if (calls.length === 0) {
      this.ok = false;
      return;
    }
    for (const call of calls) {
      const args = named(call.childForFieldName('arguments'));
      if (args.some((a) => a.type === 'spread_element' || a.type === 'list_splat' || a.type === 'dictionary_splat')) {
        this.ok = false;
        return;
      }
      const kw = this.py ? args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) : undefined;
      const positional = args.filter((a) => a.type !== 'keyword_argument');
      const arg = kw ?? positional[index];
      if (arg) this.walk(arg, mode);
    }
  }
}

/** Functions around a node, innermost first (up to the module). */
function enclosingFunctions(fc: FixContext, n: Node): Node[] {
  return pathTo(fc, n)
    .filter((p) => p.id !== n.id && FUNCTION_TYPES.has(p.type))
    .reverse();
}

/** Position of `name` among the function's parameters; -1 when not one, -2 when bound in a way not followed (destructured, rest). */
function paramIndex(fn: Node, name: string, py: boolean): number {
  const params = named(fn.childForFieldName('parameters'));
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (py) {
      const nm = p.type === 'identifier' ? p : named(p)[0];
      if (nm?.text === name) return p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' ? -2 : i;
      continue;
    }
    const pat = p.type === 'required_parameter' || p.type === 'optional_parameter' ? p.childForFieldName('pattern') : p.type === 'assignment_pattern' ? p.childForFieldName('left') : p;
    if (pat?.type === 'identifier') {
      if (pat.text === name) return i;
    } else if (pat && hasIdentifier(pat, name)) return -2;
  }
  if (!py && fn.type === 'arrow_function') {
    const single = fn.childForFieldName('parameter');
    if (single?.text === name) return 0;
  }
  return -1;
}

function hasIdentifier(n: Node, name: string): boolean {
  return descendantsOfType(n, 'identifier', 6).some((x) => x.text === name) || descendantsOfType(n, 'shorthand_property_identifier_pattern', 6).some((x) => x.text === name);
}

function descendantsOfType(n: Node, type: string, depth: number): Node[] {
  const out: Node[] = [];
  const visit = (x: Node, d: number) => {
    if (x.type === type) out.push(x);
    if (d < depth) for (const c of named(x)) visit(c, d + 1);
  };
  visit(n, 0);
  return out;
}

/** Calls of module-level function `name` inside `body` (plain `name(…)`, possibly awaited). */
function callsOf(body: Node, name: string, py: boolean): Node[] {
  const out: Node[] = [];
  let budget = 20000;
  const visit = (x: Node) => {
    if (--budget < 0) return;
    if ((x.type === (py ? 'call' : 'call_expression')) && x.childForFieldName('function')?.text === name) out.push(x);
    for (const c of named(x)) visit(c);
  };
  visit(body);
  return budget < 0 ? [] : out;
}

const FUNCTION_TYPES = new Set(['arrow_function', 'function_expression', 'function', 'function_declaration', 'method_definition', 'generator_function', 'generator_function_declaration', 'function_definition', 'lambda']);

/** Nodes that bind names, and the field holding the names they bind (undefined: the whole node). */
const BINDING_TARGET: Record<string, string | undefined> = {
  variable_declarator: 'name',
  assignment_expression: 'left',
  augmented_assignment_expression: 'left',
  assignment: 'left',
  augmented_assignment: 'left',
  for_in_statement: 'left',
  for_statement: 'left',
  named_expression: 'name',
  for_in_clause: 'left',
  catch_clause: 'parameter',
  as_pattern_target: undefined,
  global_statement: undefined,
  nonlocal_statement: undefined,
};

/**
 * Every assignment to `name` inside function `fn`, nested blocks and functions included (a name
 * reused elsewhere only adds candidates). Found from the text: each occurrence of the name is
 * looked up in the tree and its path from `fn` read for a binding it is the target of, which
 * costs far less than reading every node of the function. Once per function, name and analysis.
 */
/** Uses of one name in a handler that assignmentsOf looks at, at most. */
const MAX_USES = 300;

function assignmentsOf(fc: FixContext, fn: Node, name: string, py: boolean): Assigned[] {
  return once(fc, `schema-constraint:assigned:${fn.id}:${name}`, () => {
    const out: Assigned[] = [];
    // A name can be empty in broken code (a missing identifier): indexOf('') never moves on.
    if (name === '') return out;
    const seen = new Set<number>();
    const isId = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);
    const end = fn.endIndex;
    let uses = 0;
    for (let i = fc.text.indexOf(name, fn.startIndex); i !== -1 && i + name.length <= end; i = fc.text.indexOf(name, i + name.length)) {
      if (isId(fc.text[i - 1]) || isId(fc.text[i + name.length])) continue;
      // Each use is a walk down from the function: past a few hundred (generated or broken
      // code), say "not followed" and offer no fix rather than spend seconds.
      if (++uses > MAX_USES) {
        out.push({ node: fn, opaque: true });
        break;
      }
      const id = fc.root.descendantForIndex(i, i + name.length);
      if (!id || id.startIndex !== i || id.endIndex !== i + name.length || (id.type !== 'identifier' && id.type !== 'shorthand_property_identifier_pattern')) continue;
      const path: Node[] = [];
      for (let cur: Node | null = fn; cur && path.length < 200; cur = cur.id === id.id ? null : cur.childWithDescendant(id)) path.push(cur);
      for (let k = path.length - 2; k >= 0; k--) {
        const a = path[k];
        if (!(a.type in BINDING_TARGET)) continue;
        const field = BINDING_TARGET[a.type];
        const target = field ? a.childForFieldName(field) : a;
        if (!target || target.startIndex > id.startIndex || id.endIndex > target.endIndex) continue;
        if (!seen.has(a.id)) {
          seen.add(a.id);
          for (const [n, v] of bindings(a, py)) if (n === name) out.push(v);
        }
        break;
      }
    }
    return out;
  });
}

/** The names a binding node assigns, with what each gets. */
function bindings(x: Node, py: boolean): [string, Assigned][] {
  const out: [string, Assigned][] = [];
  const opaque = (n: Node | null, depth = 6) => {
    if (n) for (const id of descendantsOfType(n, 'identifier', depth)) out.push([id.text, { node: x, opaque: true }]);
  };
  const bindTarget = (target: Node | null, value: Node | null) => {
    if (!target || !value) return;
    if (target.type === 'identifier') {
      out.push([target.text, { node: value }]);
      return;
    }
    if (!py && target.type === 'object_pattern') {
      for (const p of named(target)) {
        if (p.type === 'shorthand_property_identifier_pattern') out.push([p.text, { node: value, prop: p.text }]);
        else if (p.type === 'object_assignment_pattern') {
          const l = p.childForFieldName('left');
          const d = p.childForFieldName('right');
          if (l) out.push([l.text, { node: value, prop: l.text }]);
          if (l && d) out.push([l.text, { node: d }]);
        } else if (p.type === 'pair_pattern') {
          const key = p.childForFieldName('key')?.text.replace(/^["']|["']$/g, '');
          let v = p.childForFieldName('value');
          if (v?.type === 'assignment_pattern') {
            const d = v.childForFieldName('right');
            v = v.childForFieldName('left');
            if (v?.type === 'identifier' && d) out.push([v.text, { node: d }]);
          }
          if (v?.type === 'identifier' && key) out.push([v.text, { node: value, prop: key }]);
          else opaque(p);
        } else opaque(p);
      }
      return;
    }
    // Arrays, tuples and anything else: each name gets (part of) the value.
    for (const id of descendantsOfType(target, 'identifier', 6)) out.push([id.text, { node: value }]);
  };
  switch (x.type) {
    case 'variable_declarator':
      bindTarget(x.childForFieldName('name'), x.childForFieldName('value'));
      break;
    case 'assignment_expression':
    case 'augmented_assignment_expression':
    case 'assignment':
    case 'augmented_assignment': {
      const left = x.childForFieldName('left');
      const right = x.childForFieldName('right');
      if (left?.type === 'member_expression' || left?.type === 'subscript_expression' || left?.type === 'attribute' || left?.type === 'subscript') {
        // obj.key = v / obj[k] = v: reading obj.key (or obj whole) reads v.
        const obj = unwrap(left.childForFieldName('object') ?? left.childForFieldName('value'));
        const k = left.type === 'member_expression' ? left.childForFieldName('property')?.text : left.type === 'attribute' ? left.childForFieldName('attribute')?.text : undefined;
        if (obj?.type === 'identifier' && right) out.push([obj.text, { node: right, member: k ?? '*' }]);
        else if (right) opaque(left);
      } else bindTarget(left, right);
      break;
    }
    case 'for_in_statement':
    case 'for_statement':
      bindTarget(x.childForFieldName('left'), x.childForFieldName('right'));
      break;
    case 'named_expression':
      bindTarget(x.childForFieldName('name'), x.childForFieldName('value'));
      break;
    // Names bound by what the walk does not read: opaque.
    case 'as_pattern_target':
    case 'global_statement':
    case 'nonlocal_statement':
      opaque(x, 4);
      break;
    case 'for_in_clause':
    case 'catch_clause':
      opaque(x.childForFieldName(x.type === 'catch_clause' ? 'parameter' : 'left'));
      break;
  }
  return out;
}
