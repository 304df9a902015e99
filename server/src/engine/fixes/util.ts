// Helpers shared by the fix builders: edits from nodes and offsets, string literals in the
// file's own quote style, string-building expressions split into literal and expression parts,
// and "add this once per file" insertions after the imports.
import type { Node } from 'web-tree-sitter';
import type { FixContext, Position, TextEdit } from './types';
import type { CheckContext } from '../checks/context';

// ------------------------------------------------------------------------------- positions

export function posOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

export function nodeStart(n: Node): Position {
  return { line: n.startPosition.row, character: n.startPosition.column };
}

export function nodeEnd(n: Node): Position {
  return { line: n.endPosition.row, character: n.endPosition.column };
}

export function replaceNode(n: Node, newText: string): TextEdit {
  return { range: { start: nodeStart(n), end: nodeEnd(n) }, newText };
}

export function insertAt(p: Position, newText: string): TextEdit {
  return { range: { start: p, end: p }, newText };
}

/** Replaces from the start of `a` to the end of `b`. */
export function replaceSpan(a: Node, b: Node, newText: string): TextEdit {
  return { range: { start: nodeStart(a), end: nodeEnd(b) }, newText };
}

// ------------------------------------------------------------------------------- nodes

/** Computes a whole-file fact once per analysis (shared by the fixes of all its findings). */
export function once<T>(fc: FixContext, key: string, compute: () => T): T {
  if (fc.memo.has(key)) return fc.memo.get(key) as T;
  const v = compute();
  fc.memo.set(key, v);
  return v;
}

/** The top-level statements of the file (comments left out). */
export function topLevel(fc: FixContext): Node[] {
  return once(fc, 'topLevel', () => named(fc.root));
}

export function named(n: Node | null | undefined): Node[] {
  if (!n) return [];
  return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Strips parentheses (and TS `await`-free wrappers that keep the value). */
export function unparen(n: Node | null | undefined): Node | null {
  let cur = n ?? null;
  while (cur && (cur.type === 'parenthesized_expression' || cur.type === 'non_null_expression' || cur.type === 'as_expression')) {
    cur = named(cur)[0] ?? null;
  }
  return cur;
}

/** The call whose argument list directly holds `n` (JS call/new expression, Python call). */
export function enclosingCall(n: Node): { call: Node; args: Node[]; index: number } | undefined {
  let arg = n;
  let list = n.parent;
  if (list?.type === 'keyword_argument') {
    arg = list;
    list = list.parent;
  }
  if (!list || (list.type !== 'arguments' && list.type !== 'argument_list')) return undefined;
  const call = list.parent;
  if (!call || (call.type !== 'call_expression' && call.type !== 'new_expression' && call.type !== 'call')) return undefined;
  const args = named(list);
  const index = args.findIndex((a) => a.id === arg.id);
  return index === -1 ? undefined : { call, args, index };
}

/** Python: the keyword argument `name=` of an argument list, if present. */
export function keywordArg(args: Node[], name: string): Node | undefined {
  return args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
}

/**
 * Edit removing the argument `args[i]` with its separating comma (the one before it, or after
 * it when it is first). Works for JS and Python argument lists.
 */
export function removeArg(text: string, args: Node[], i: number): TextEdit {
  const a = args[i];
  if (i > 0) {
    const prev = args[i - 1];
    return { range: { start: nodeEnd(prev), end: nodeEnd(a) }, newText: '' };
  }
  if (args.length > 1) return { range: { start: nodeStart(a), end: nodeStart(args[1]) }, newText: '' };
  return replaceNode(a, '');
}

export function lineIndent(text: string, row: number): string {
  let start = 0;
  for (let r = 0; r < row; r++) {
    const i = text.indexOf('\n', start);
    if (i === -1) break;
    start = i + 1;
  }
  return /^[ \t]*/.exec(text.slice(start))![0];
}

// ------------------------------------------------------------------------------- literals

/** The quote character the file uses for strings: the first string literal's quote. */
export function quoteOf(n: Node | null | undefined, fallback = '"'): string {
  const q = n?.text[0];
  return q === "'" || q === '"' ? q : fallback;
}

/** A JS string literal for `s` with the given quote. */
export function jsString(s: string, quote = '"'): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else out += ch;
  }
  return quote + out + quote;
}

/** A Python string literal for `s` with the given quote. */
export function pyString(s: string, quote = '"'): string {
  return jsString(s, quote);
}

/** A JS template literal joining literal text and expressions. */
export function jsTemplate(parts: Part[]): string {
  let out = '`';
  for (const p of parts) {
    if (p.expr !== undefined) out += '${' + p.expr + '}';
    else out += p.lit.replace(/[\\`]/g, (c) => '\\' + c).replace(/\$\{/g, '\\${');
  }
  return out + '`';
}

/** A Python f-string joining literal text and expressions; undefined when an expression holds both quotes. */
export function pyFString(parts: Part[], quote = '"'): string | undefined {
  const exprText = parts.filter((p) => p.expr !== undefined).map((p) => p.expr).join('');
  let q = quote;
  if (exprText.includes(q)) q = q === '"' ? "'" : '"';
  if (exprText.includes(q) || exprText.includes('\\')) return undefined;
  let out = 'f' + q;
  for (const p of parts) {
    if (p.expr !== undefined) out += '{' + p.expr + '}';
    else out += pyString(p.lit, q).slice(1, -1).replace(/\{/g, '{{').replace(/\}/g, '}}');
  }
  return out + q;
}

// ------------------------------------------------------------------------------- string building

/** A piece of a built string: literal text (`lit`) or the source text of an expression (`expr`). */
export type Part = { lit: string; expr?: undefined; node?: undefined } | { lit?: undefined; expr: string; node: Node };

const JS_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`', $: '$', '0': '\0' };

/** Literal text of a JS string/template fragment with simple escapes; undefined for others. */
function cookJs(raw: string): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = JS_ESCAPES[raw[i + 1]];
    if (e === undefined) return undefined;
    out += e;
    i++;
  }
  return out;
}

/**
 * The literal and expression parts of a JS string built with a template literal or `+`
 * concatenation of string literals and expressions. Undefined for anything else (a variable,
 * a call, tagged templates).
 */
export function jsParts(n: Node | null): Part[] | undefined {
  n = unparen(n);
  if (!n) return undefined;
  if (n.type === 'string') {
    const v = cookJs(n.text.slice(1, -1));
    return v === undefined ? undefined : [{ lit: v }];
  }
  if (n.type === 'template_string') {
    const out: Part[] = [];
    let pos = n.startIndex + 1;
    for (const c of named(n)) {
      if (c.type === 'template_substitution') {
        const lit = cookJs(n.text.slice(pos - n.startIndex, c.startIndex - n.startIndex));
        if (lit === undefined) return undefined;
        if (lit) out.push({ lit });
        const e = named(c)[0];
        if (!e) return undefined;
        out.push({ expr: e.text, node: e });
        pos = c.endIndex;
      }
    }
    const tail = cookJs(n.text.slice(pos - n.startIndex, n.text.length - 1));
    if (tail === undefined) return undefined;
    if (tail) out.push({ lit: tail });
    return out;
  }
  if (n.type === 'binary_expression' && n.childForFieldName('operator')?.text === '+') {
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    if (!l || !r) return undefined;
    const lp = jsParts(l) ?? (isStringy(l) ? undefined : [{ expr: l.text, node: l } as Part]);
    const rp = jsParts(r) ?? (isStringy(r) ? undefined : [{ expr: r.text, node: r } as Part]);
    if (!lp || !rp) return undefined;
    // `a + b` with no literal on either side is arithmetic as often as concatenation.
    if (!lp.some((p) => p.lit !== undefined) && !rp.some((p) => p.lit !== undefined)) return undefined;
    return [...lp, ...rp];
  }
  return undefined;
}

function isStringy(n: Node): boolean {
  return n.type === 'string' || n.type === 'template_string' || n.type === 'binary_expression' || n.type === 'concatenated_string';
}

const PY_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

function cookPy(raw: string, isRaw: boolean): string | undefined {
  if (isRaw) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = PY_ESCAPES[raw[i + 1]];
    if (e === undefined) return undefined;
    out += e;
    i++;
  }
  return out;
}

/** Prefix letters of a Python string node (`f`, `rb`, …), lower case. */
function pyPrefix(n: Node): string {
  const start = named(n).find((c) => c.type === 'string_start') ?? n.child(0);
  let t = start?.text ?? '';
  while (t.endsWith('"') || t.endsWith("'")) t = t.slice(0, -1);
  return t.toLowerCase();
}

/**
 * The parts of a Python string built with an f-string, `+` concatenation, `%` formatting
 * (`%s` / `%d` only) or `.format()` with `{}` / `{0}` / `{name}` fields. Undefined otherwise.
 */
export function pyParts(n: Node | null): Part[] | undefined {
  n = unparen(n);
  if (!n) return undefined;
  if (n.type === 'string') {
    const prefix = pyPrefix(n);
    if (prefix.includes('b') || prefix.includes('u') && prefix.length > 1) return undefined;
    const isRaw = prefix.includes('r');
    const out: Part[] = [];
    for (const c of named(n)) {
      if (c.type === 'string_start' || c.type === 'string_end') continue;
      if (c.type === 'string_content') {
        const v = cookPy(c.text, isRaw);
        if (v === undefined) return undefined;
        // In an f-string, `{{` / `}}` are literal braces.
        out.push({ lit: prefix.includes('f') ? v.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : v });
      } else if (c.type === 'escape_sequence') {
        const v = cookPy(c.text, false);
        if (v === undefined) return undefined;
        out.push({ lit: v });
      } else if (c.type === 'interpolation') {
        // No conversions (!r) or format specs (:>10): the value would not be the plain str().
        const kids = named(c);
        if (kids.length !== 1) return undefined;
        out.push({ expr: kids[0].text, node: kids[0] });
      } else return undefined;
    }
    return mergeLits(out);
  }
  if (n.type === 'concatenated_string') {
    const out: Part[] = [];
    for (const c of named(n)) {
      const p = pyParts(c);
      if (!p) return undefined;
      out.push(...p);
    }
    return mergeLits(out);
  }
  if (n.type === 'binary_operator') {
    const op = n.childForFieldName('operator')?.text;
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    if (!l || !r) return undefined;
    if (op === '+') {
      const lp = pyParts(l) ?? (l.type === 'string' || l.type === 'binary_operator' ? undefined : [{ expr: l.text, node: l } as Part]);
      const rp = pyParts(r) ?? (r.type === 'string' || r.type === 'binary_operator' ? undefined : [{ expr: r.text, node: r } as Part]);
      if (!lp || !rp) return undefined;
      if (!lp.some((p) => p.lit !== undefined) && !rp.some((p) => p.lit !== undefined)) return undefined;
      return mergeLits([...lp, ...rp]);
    }
    if (op === '%') {
      const fmt = pyParts(l);
      if (!fmt || fmt.some((p) => p.expr !== undefined)) return undefined;
      const values = unparen(r)?.type === 'tuple' ? named(unparen(r)) : [r];
      const src = fmt.map((p) => p.lit).join('');
      const out: Part[] = [];
      let k = 0;
      let last = 0;
      const re = /%(.)/g;
      for (let m = re.exec(src); m; m = re.exec(src)) {
        if (m[1] === '%') {
          out.push({ lit: src.slice(last, m.index) + '%' });
        } else if (m[1] === 's' || m[1] === 'd' || m[1] === 'i') {
          const v = values[k++];
          if (!v) return undefined;
          out.push({ lit: src.slice(last, m.index) });
          out.push({ expr: v.text, node: v });
        } else return undefined;
        last = m.index + m[0].length;
      }
      if (k !== values.length) return undefined;
      out.push({ lit: src.slice(last) });
      return mergeLits(out);
    }
    return undefined;
  }
  if (n.type === 'call') {
    const fn = n.childForFieldName('function');
    if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return undefined;
    const fmt = pyParts(fn.childForFieldName('object'));
    if (!fmt || fmt.some((p) => p.expr !== undefined)) return undefined;
    const args = named(n.childForFieldName('arguments'));
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
    const src = fmt.map((p) => p.lit).join('');
    const out: Part[] = [];
    let auto = 0;
    let last = 0;
    const re = /\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*|\d*)\}|[{}]/g;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (m[0] === '{{' || m[0] === '}}') {
        out.push({ lit: src.slice(last, m.index) + m[0][0] });
      } else if (m[1] === undefined) {
        return undefined;
      } else {
        let v: Node | undefined;
        if (m[1] === '') v = positional[auto++];
        else if (/^\d+$/.test(m[1])) v = positional[Number(m[1])];
        else v = keywordArg(args, m[1])?.childForFieldName('value') ?? undefined;
        if (!v) return undefined;
        out.push({ lit: src.slice(last, m.index) });
        out.push({ expr: v.text, node: v });
      }
      last = m.index + m[0].length;
    }
    out.push({ lit: src.slice(last) });
    return mergeLits(out);
  }
  return undefined;
}

function mergeLits(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (p.lit !== undefined && prev && prev.lit !== undefined) out[out.length - 1] = { lit: prev.lit + p.lit };
    else if (p.lit === '') continue;
    else out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------------------- once per file

/** Top-level import statements (JS `import …` / `require` declarations, Python imports). */
function topImports(fc: FixContext): Node[] {
  const out: Node[] = [];
  for (const c of topLevel(fc)) {
    if (fc.family === 'py') {
      if (c.type === 'import_statement' || c.type === 'import_from_statement' || c.type === 'future_import_statement') out.push(c);
    } else if (c.type === 'import_statement') out.push(c);
    else if ((c.type === 'lexical_declaration' || c.type === 'variable_declaration') && isRequire(c)) out.push(c);
  }
  return out;
}

/** `const x = require("m")` / `const { a } = require("m")`. */
function isRequire(decl: Node): boolean {
  const d = named(decl)[0];
  const v = d?.type === 'variable_declarator' ? unparen(d.childForFieldName('value')) : null;
  return v?.type === 'call_expression' && v.childForFieldName('function')?.text === 'require';
}

/**
 * Where text added "once per file" goes: the end of the last top-level import (or the start of
 * the file, after a shebang / module docstring / `"use strict"`). The inserted text starts with
 * the line break. Every fix computes the same point, so identical insertions from several fixes
 * are recognisably the same edit (fix-all merges them).
 */
export function afterImports(fc: FixContext): { at: Position; lead: string; trail: string } {
  return once(fc, 'afterImports', () => importsEnd(fc));
}

function importsEnd(fc: FixContext): { at: Position; lead: string; trail: string } {
  const imps = topImports(fc);
  const last = imps[imps.length - 1];
  if (last) return { at: nodeEnd(last), lead: fc.eol, trail: '' };
  // No imports: after a leading docstring / "use strict" / shebang, else at the very top.
  const first = topLevel(fc)[0];
  const isPrologue =
    first &&
    first.type === 'expression_statement' &&
    (named(first)[0]?.type === 'string') &&
    first.startPosition.row === topLevel(fc)[0]?.startPosition.row;
  if (isPrologue && first) return { at: nodeEnd(first), lead: fc.eol, trail: '' };
  if (fc.text.startsWith('#!')) {
    const nl = fc.text.indexOf('\n');
    return { at: posOf(fc.text, nl === -1 ? fc.text.length : nl), lead: fc.eol, trail: '' };
  }
  return { at: { line: 0, character: 0 }, lead: '', trail: fc.eol };
}

/** True when the file (as a JS module) uses ES imports rather than `require`. */
export function isEsm(fc: FixContext): boolean {
  return once(fc, 'esm', () => esm(fc));
}

function esm(fc: FixContext): boolean {
  if (topLevel(fc).some((c) => c.type === 'import_statement' || c.type === 'export_statement')) return true;
  if (/\brequire\s*\(/.test(fc.text)) return false;
  return !/\.(c?js|jsx)$/i.test(fc.file);
}

/** One name bound by a top-level import: `local` comes from `module` (`imported`: the name taken from it, '*' for the module itself). */
export interface ImportBinding {
  local: string;
  module: string;
  imported: string;
}

/** The names the file's top-level imports bind (ES imports, `require` declarations, Python imports), read from the tree. */
export function importBindings(fc: FixContext): ImportBinding[] {
  return once(fc, 'imports', () => readImports(fc));
}

function readImports(fc: FixContext): ImportBinding[] {
  const out: ImportBinding[] = [];
  for (const st of topLevel(fc)) {
    if (fc.family === 'py') {
      if (st.type === 'import_statement') {
        for (const n of st.childrenForFieldName('name')) {
          if (!n) continue;
          if (n.type === 'aliased_import') {
            const mod = n.childForFieldName('name')?.text;
            const alias = n.childForFieldName('alias')?.text;
            if (mod && alias) out.push({ local: alias, module: mod, imported: '*' });
          } else {
            // `import os.path` binds `os` (and makes os.path reachable through it).
            out.push({ local: n.text.split('.')[0], module: n.text.split('.')[0], imported: '*' });
          }
        }
      } else if (st.type === 'import_from_statement') {
        const mod = st.childForFieldName('module_name')?.text;
        if (!mod) continue;
        for (const n of st.childrenForFieldName('name')) {
          if (!n) continue;
          if (n.type === 'aliased_import') {
            const name = n.childForFieldName('name')?.text;
            const alias = n.childForFieldName('alias')?.text;
            if (name && alias) out.push({ local: alias, module: mod, imported: name });
          } else out.push({ local: n.text, module: mod, imported: n.text });
        }
      }
      continue;
    }
    if (st.type === 'import_statement') {
      const mod = st.childForFieldName('source')?.text.slice(1, -1);
      const clause = named(st).find((c) => c.type === 'import_clause');
      if (!mod || !clause) continue;
      for (const c of named(clause)) {
        if (c.type === 'identifier') out.push({ local: c.text, module: mod, imported: 'default' });
        else if (c.type === 'namespace_import') {
          const id = named(c).find((x) => x.type === 'identifier');
          if (id) out.push({ local: id.text, module: mod, imported: '*' });
        } else if (c.type === 'named_imports') {
          for (const spec of named(c)) {
            const name = spec.childForFieldName('name')?.text;
            const alias = spec.childForFieldName('alias')?.text;
            if (name) out.push({ local: alias ?? name, module: mod, imported: name });
          }
        }
      }
    } else if (st.type === 'lexical_declaration' || st.type === 'variable_declaration') {
      for (const d of named(st)) {
        if (d.type !== 'variable_declarator') continue;
        const v = unparen(d.childForFieldName('value'));
        if (v?.type !== 'call_expression' || v.childForFieldName('function')?.text !== 'require') continue;
        const arg = named(v.childForFieldName('arguments'))[0];
        if (arg?.type !== 'string') continue;
        const mod = arg.text.slice(1, -1);
        const pat = d.childForFieldName('name');
        if (pat?.type === 'identifier') out.push({ local: pat.text, module: mod, imported: '*' });
        else if (pat?.type === 'object_pattern') {
          for (const p of named(pat)) {
            if (p.type === 'shorthand_property_identifier_pattern') out.push({ local: p.text, module: mod, imported: p.text });
            else if (p.type === 'pair_pattern') {
              const key = p.childForFieldName('key')?.text;
              const val = p.childForFieldName('value');
              if (key && val?.type === 'identifier') out.push({ local: val.text, module: mod, imported: key });
            }
          }
        }
      }
    }
  }
  return out;
}

/** The file imports module `mod` in Python under its own name (`import mod`, `import mod.sub`). */
export function pyImportsModule(fc: FixContext, mod: string): boolean {
  return importBindings(fc).some((b) => b.imported === '*' && b.local === mod && b.module === mod);
}

/** The file imports `name` from Python module `mod` under that name (`from mod import name`). */
export function pyImportsName(fc: FixContext, mod: string, name: string): boolean {
  return importBindings(fc).some((b) => b.module === mod && b.imported === name && b.local === name);
}

/** An insertion after the imports holding `lines` (each a full line without line break). */
export function insertAfterImports(fc: FixContext, block: string): TextEdit {
  const p = afterImports(fc);
  return insertAt(p.at, p.lead + block.split('\n').join(fc.eol) + p.trail);
}

/**
 * Source text for an expression used where a string is required (an argv element): the
 * expression itself when it is a tool input declared as a string, else wrapped in String()/str().
 */
export function asString(fc: FixContext, expr: string): string {
  const param = fc.definition?.params.find((p) => p.name === expr);
  if (param && (param.kind === 'string' || param.kind === 'enum')) return expr;
  if (/^(["'`]|f["'])/.test(expr)) return expr;
  return fc.family === 'py' ? `str(${expr})` : `String(${expr})`;
}

/** The file's text contains `word` as a whole identifier (once per analysis and word). */
export function fileHasIdentifier(fc: FixContext, word: string): boolean {
  return once(fc, `id:${word}`, () => hasIdentifier(fc.text, word));
}

/** A text search for `word` as a whole identifier. */
export function hasIdentifier(text: string, word: string): boolean {
  const isId = (c: string | undefined): boolean => c !== undefined && /[\w$]/.test(c);
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!isId(text[i - 1]) && !isId(text[i + word.length])) return true;
  }
  return false;
}

// ------------------------------------------------------------------------------- containers

/**
 * An edit adding `entry` as the last element of a JS object, Python dict or argument list:
 * after the last element with a comma, on a line of its own when the container puts its
 * elements on lines of their own (keeping a trailing comma). Undefined for other nodes.
 */
export function addEntry(fc: FixContext, container: Node, entry: string): TextEdit | undefined {
  const open = container.child(0);
  const close = container.child(container.childCount - 1);
  if (!open || !close || (open.type !== '{' && open.type !== '(') || (close.type !== '}' && close.type !== ')')) return undefined;
  const last = named(container).pop();
  if (!last) {
    const pad = open.type === '{' && fc.family === 'ts' ? ' ' : '';
    return { range: { start: nodeEnd(open), end: nodeStart(close) }, newText: pad + entry + pad };
  }
  const t = fc.text;
  let i = last.endIndex;
  while (i < close.startIndex && (t[i] === ' ' || t[i] === '\t')) i++;
  const trailing = t[i] === ',';
  const ownLines = last.startPosition.row > open.startPosition.row && close.startPosition.row > last.endPosition.row;
  if (ownLines) {
    const indent = lineIndent(t, last.startPosition.row);
    return trailing ? insertAt(posOf(t, i + 1), fc.eol + indent + entry + ',') : insertAt(nodeEnd(last), ',' + fc.eol + indent + entry);
  }
  return insertAt(nodeEnd(last), ', ' + entry);
}

// ------------------------------------------------------------------------------- lists, objects, statements

/** The check rules' view of the analysed file (engine/checks), once per analysis: for fixes that reuse a rule's own readings (host values, server facts). */
export function checkContextOf(fc: FixContext): CheckContext {
  // Only the file's own text and tree: fixes never read other modules.
  return once(fc, 'checkContext', () => ({
    file: fc.file,
    lang: fc.family,
    grammar: fc.lang,
    text: fc.text,
    root: fc.root,
    definitions: [],
    isMcp: true,
    usesStdio: false,
    report: () => undefined,
    checkBudget: () => undefined,
    importModule: () => undefined,
  }) as CheckContext);
}

/** The quote a JS file uses: that of its first import / require source, else a single quote. */
export function jsQuote(fc: FixContext): string {
  return once(fc, 'jsQuote', () => {
    for (const st of topLevel(fc)) {
      const src = st.type === 'import_statement' ? st.childForFieldName('source') : null;
      if (src) return src.text[0] === '"' ? '"' : "'";
    }
    const i = fc.text.indexOf('require(');
    return i !== -1 && fc.text[i + 8] === '"' ? '"' : "'";
  });
}

/** Start offset of the line holding `offset`. */
function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The span of the whole line(s) of `n` (with the line break) when nothing but white space, and
 * after it an optional comma, shares those lines; undefined otherwise.
 */
function ownLines(text: string, n: Node): { start: number; end: number } | undefined {
  const start = lineStartAt(text, n.startIndex);
  if (text.slice(start, n.startIndex).trim() !== '') return undefined;
  let end = n.endIndex;
  if (text[end] === ',' || text[end] === ';') end++;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (end < text.length && text[end] === '\r') end++;
  if (end < text.length && text[end] !== '\n') return undefined;
  return { start, end: Math.min(end + 1, text.length) };
}

function spanEdit(text: string, start: number, end: number, newText = ''): TextEdit {
  return { range: { start: posOf(text, start), end: posOf(text, end) }, newText };
}

/**
 * Edit removing `items[i]` from a comma-separated list (object properties, array or argument
 * items, JS or Python): its whole line when it stands alone on it, else with the comma that
 * joins it to its neighbour.
 */
export function removeListItem(fc: FixContext, items: Node[], i: number): TextEdit {
  const a = items[i];
  const own = ownLines(fc.text, a);
  if (own) return spanEdit(fc.text, own.start, own.end);
  if (i > 0) return { range: { start: nodeEnd(items[i - 1]), end: nodeEnd(a) }, newText: '' };
  if (items.length > 1) return { range: { start: nodeStart(a), end: nodeStart(items[1]) }, newText: '' };
  let end = a.endIndex;
  if (fc.text[end] === ',') end++;
  while (fc.text[end] === ' ') end++;
  return spanEdit(fc.text, a.startIndex, end);
}

/**
 * Edit adding `items` (source text) at the end of a comma-separated list held by `list` (a JS
 * object or array, a JS or Python argument list): on their own lines, indented like the last
 * item, when the list spreads over several lines.
 */
export function appendListItems(fc: FixContext, list: Node, items: string[]): TextEdit {
  const kids = named(list);
  const last = kids[kids.length - 1];
  if (!last) {
    const open = list.child(0);
    const at = open ? nodeEnd(open) : nodeStart(list);
    if (!list.text.includes('\n')) {
      const pad = list.type === 'object' ? ' ' : '';
      return replaceNode(list, `${list.text[0]}${pad}${items.join(', ')}${pad}${list.text[list.text.length - 1]}`);
    }
    const indent = lineIndent(fc.text, list.startPosition.row) + '  ';
    return insertAt(at, items.map((t) => fc.eol + indent + t + ',').join(''));
  }
  if (last.startPosition.row === list.startPosition.row) return insertAt(nodeEnd(last), ', ' + items.join(', '));
  const indent = lineIndent(fc.text, last.startPosition.row);
  return insertAt(nodeEnd(last), items.map((t) => ',' + fc.eol + indent + t).join(''));
}

/** Edit deleting a statement that stands alone on its line(s) (with the line break); undefined when it shares a line. */
export function removeStatement(fc: FixContext, stmt: Node): TextEdit | undefined {
  const own = ownLines(fc.text, stmt);
  return own ? spanEdit(fc.text, own.start, own.end) : undefined;
}

/** The value node of a JS `{ key: value }` property or a Python keyword argument `key=value`. */
export function valueOf(n: Node | null | undefined): Node | null {
  if (!n) return null;
  if (n.type === 'pair' || n.type === 'keyword_argument') return n.childForFieldName('value');
  return null;
}
