// Following a handler into the project modules it calls: which function or method a call in this
// file runs (a top-level function, a function imported from a relative module, a method of a class
// instantiated at module level or in the caller, `this.m` / `self.m`), found from the call's text
// and a small per-module index of top-level statements. Rules use it to look at what the callee
// does (writes, prints, returns error details, sends a token) and report at the call in this file
// with a flow step in the other one — the way the taint rules report flows into helper modules.
import type { Node } from 'web-tree-sitter';
import { stringValue } from '../../context';
import { isExternalModule, moduleInfoFor } from '../../py/module';
import type { CheckContext, ProjectModule } from '../context';
import { upFrom } from './util';

/** Where a name used in a module comes from. */
interface Import {
  /** Relative JS/TS specifier or Python module name. */
  spec: string;
  /** Python relative-import level (0 for absolute / JS). */
  level: number;
  /** Imported name: `default`, `*` (namespace / module object) or the exported name. */
  member: string;
}

export interface ModuleIndex {
  functions: Map<string, Node>;
  classes: Map<string, Node>;
  /** Module-level `x = new X(…)` / `x = X(…)`: name → class name. */
  instances: Map<string, string>;
  imports: Map<string, Import>;
  /** `export default <name>` / `export { x as default }`. */
  defaultExport?: string;
}

const indexCache = new WeakMap<CheckContext, ModuleIndex>();

const FUNCTION_TYPES = new Set(['function_declaration', 'generator_function_declaration', 'arrow_function', 'function_expression', 'function', 'method_definition', 'function_definition']);

export function isFunctionNode(n: Node | null | undefined): boolean {
  return !!n && FUNCTION_TYPES.has(n.type);
}

function unwrapValue(v: Node | null): Node | null {
  for (let i = 0; v && i < 4 && /^(?:await_expression|await|parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(v.type); i++) v = v.namedChild(0);
  return v;
}

/** `new X(…)` / `X(…)` (Python) → `X`; undefined for anything else. */
function constructed(v: Node | null, py: boolean): string | undefined {
  v = unwrapValue(v);
  if (!v) return undefined;
  if (v.type === 'new_expression') {
    const c = v.childForFieldName('constructor');
    return c?.type === 'identifier' ? c.text : undefined;
  }
  if (py && v.type === 'call') {
    const f = v.childForFieldName('function');
    return f?.type === 'identifier' && /^[A-Z]/.test(f.text) ? f.text : undefined;
  }
  return undefined;
}

function requireSpec(v: Node | null): string | undefined {
  v = unwrapValue(v);
  if (!v || v.type !== 'call_expression' || v.childForFieldName('function')?.text !== 'require') return undefined;
  return stringValue(v.childForFieldName('arguments')?.namedChild(0));
}

function tsIndex(root: Node, text: string): ModuleIndex {
  const idx: ModuleIndex = { functions: new Map(), classes: new Map(), instances: new Map(), imports: new Map() };
  const decl = (s: Node, depth: number) => {
    switch (s.type) {
      case 'export_statement': {
        const d = s.childForFieldName('declaration') ?? s.namedChildren.find((c) => c && /declaration$/.test(c.type)) ?? null;
        if (d && depth < 2) decl(d, depth + 1);
        // By offset: a node's .text copies the whole exported function.
        if (/^export\s+default\b/.test(text.slice(s.startIndex, s.startIndex + 24))) {
          const v = s.childForFieldName('value');
          if (v?.type === 'identifier') idx.defaultExport = v.text;
          else if (d && (d.type === 'function_declaration' || d.type === 'class_declaration')) idx.defaultExport = d.childForFieldName('name')?.text;
        }
        break;
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = s.childForFieldName('name')?.text;
        if (name && !idx.functions.has(name)) idx.functions.set(name, s);
        break;
      }
      case 'class_declaration':
      case 'abstract_class_declaration': {
        const name = s.childForFieldName('name')?.text;
        if (name) idx.classes.set(name, s);
        break;
      }
      case 'import_statement': {
        const spec = stringValue(s.childForFieldName('source'));
        const clause = s.namedChildren.find((c) => c?.type === 'import_clause');
        if (!spec || !clause) break;
        for (const c of clause.namedChildren) {
          if (!c) continue;
          if (c.type === 'identifier') idx.imports.set(c.text, { spec, level: 0, member: 'default' });
          else if (c.type === 'namespace_import') {
            const id = c.namedChildren.find((x) => x?.type === 'identifier');
            if (id) idx.imports.set(id.text, { spec, level: 0, member: '*' });
          } else if (c.type === 'named_imports') {
            for (const sp of c.namedChildren) {
              if (sp?.type !== 'import_specifier') continue;
              const name = sp.childForFieldName('name')?.text;
              const alias = sp.childForFieldName('alias')?.text ?? name;
              if (name && alias) idx.imports.set(alias, { spec, level: 0, member: name });
            }
          }
        }
        break;
      }
      case 'lexical_declaration':
      case 'variable_declaration':
        for (const d of s.namedChildren) {
          if (d?.type !== 'variable_declarator') continue;
          const name = d.childForFieldName('name');
          const value = d.childForFieldName('value');
          if (!name || !value) continue;
          const spec = requireSpec(value);
          if (spec) {
            if (name.type === 'identifier') idx.imports.set(name.text, { spec, level: 0, member: '*' });
            else if (name.type === 'object_pattern') {
              for (const p of name.namedChildren) {
                if (p?.type === 'shorthand_property_identifier_pattern') idx.imports.set(p.text, { spec, level: 0, member: p.text });
                else if (p?.type === 'pair_pattern') {
                  const k = p.childForFieldName('key')?.text;
                  const v = p.childForFieldName('value');
                  if (k && v?.type === 'identifier') idx.imports.set(v.text, { spec, level: 0, member: k });
                }
              }
            }
            continue;
          }
          if (name.type !== 'identifier') continue;
          const u = unwrapValue(value);
          if (u && (u.type === 'arrow_function' || u.type === 'function_expression' || u.type === 'function')) {
            if (!idx.functions.has(name.text)) idx.functions.set(name.text, u);
          } else if (u?.type === 'class') idx.classes.set(name.text, u);
          else {
            const cls = constructed(value, false);
            if (cls) idx.instances.set(name.text, cls);
          }
        }
        break;
    }
  };
  for (const s of root.namedChildren) if (s) decl(s, 0);
  return idx;
}

function pyIndex(root: Node, file: string, text: string): ModuleIndex {
  const info = moduleInfoFor(root, file, text);
  const idx: ModuleIndex = { functions: info.functions, classes: info.classes, instances: new Map(), imports: new Map() };
  for (const [name, ref] of info.imports) {
    if (ref.kind === 'from') idx.imports.set(name, { spec: ref.module, level: ref.level, member: ref.member });
    else if (ref.kind === 'module') idx.imports.set(name, { spec: ref.module, level: ref.level, member: '*' });
  }
  for (const [name, value] of info.assigns) {
    const cls = constructed(value, true);
    if (cls) idx.instances.set(name, cls);
  }
  return idx;
}

/** The index of a module's top-level statements (once per analysis and module). */
export function moduleIndex(view: CheckContext): ModuleIndex {
  let idx = indexCache.get(view);
  if (!idx) {
    idx = view.lang === 'py' ? pyIndex(view.root, view.file, view.text) : tsIndex(view.root, view.text);
    indexCache.set(view, idx);
  }
  return idx;
}

const views = new WeakMap<CheckContext, Map<string, CheckContext>>();

/**
 * The check context of another project module (no definitions, reports dropped): lets a rule run
 * its own text-and-tree helpers over a callee's body. Views of views import nothing further.
 */
export function moduleView(ctx: CheckContext, mod: ProjectModule): CheckContext {
  let m = views.get(ctx);
  if (!m) views.set(ctx, (m = new Map()));
  let v = m.get(mod.file);
  if (!v) {
    v = {
      file: mod.file,
      lang: mod.lang,
      grammar: mod.grammar,
      text: mod.text,
      root: mod.root,
      definitions: [],
      isMcp: false,
      usesStdio: false,
      report: () => undefined,
      checkBudget: ctx.checkBudget,
      importModule: () => undefined,
    };
    m.set(mod.file, v);
  }
  return v;
}

/**
 * Whether a name used in `view` may lead into another project module: imported from a relative
 * JS/TS module or a Python module (not a known package), or a module-level instance of such a
 * class. A text-level test, before any module is loaded.
 */
export function fromProject(view: CheckContext, name: string): boolean {
  const idx = moduleIndex(view);
  const imp = idx.imports.get(name) ?? idx.imports.get(idx.instances.get(name) ?? '');
  if (!imp) return false;
  return view.lang === 'ts' ? imp.spec.startsWith('.') : imp.level > 0 || !isExternalModule(imp.spec);
}

/** The module a name of `view` is imported from, and the imported member. */
function importedModule(ctx: CheckContext, view: CheckContext, name: string): { mod: CheckContext; member: string } | undefined {
  if (view !== ctx) return undefined;
  const imp = moduleIndex(view).imports.get(name);
  if (!imp) return undefined;
  if (view.lang === 'ts' && !imp.spec.startsWith('.')) return undefined;
  const mod = ctx.importModule(imp.spec, imp.level);
  return mod ? { mod: moduleView(ctx, mod), member: imp.member } : undefined;
}

/** A top-level function of a module by exported name (default exports followed). */
function exportedFunction(view: CheckContext, member: string): Node | undefined {
  const idx = moduleIndex(view);
  const name = member === 'default' ? idx.defaultExport : member;
  return name ? idx.functions.get(name) : undefined;
}

/** A class of `view` (declared there or imported into it) by local name. */
export function classNamed(ctx: CheckContext, view: CheckContext, name: string): { view: CheckContext; cls: Node } | undefined {
  const local = moduleIndex(view).classes.get(name);
  if (local) return { view, cls: local };
  const imp = importedModule(ctx, view, name);
  if (!imp) return undefined;
  const idx = moduleIndex(imp.mod);
  const cls = idx.classes.get(imp.member === 'default' ? (idx.defaultExport ?? '') : imp.member);
  return cls ? { view: imp.mod, cls } : undefined;
}

/** The method `name` of a class node (JS method_definition, Python def in the class body). */
export function methodOf(cls: Node, name: string): Node | undefined {
  const body = cls.childForFieldName('body');
  if (!body) return undefined;
  for (const c of body.namedChildren) {
    if (!c) continue;
    const d = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
    if (!d) continue;
    if ((d.type === 'method_definition' || d.type === 'function_definition') && d.childForFieldName('name')?.text === name) return d;
    // JS class field holding an arrow function: `handle = async () => …`.
    if ((d.type === 'public_field_definition' || d.type === 'field_definition') && (d.childForFieldName('name') ?? d.childForFieldName('property'))?.text === name) {
      const v = unwrapValue(d.childForFieldName('value'));
      if (isFunctionNode(v)) return v!;
    }
  }
  return undefined;
}

export function enclosingClass(n: Node): Node | undefined {
  for (const a of upFrom(n, 60)) if (a.type === 'class_declaration' || a.type === 'class' || a.type === 'class_definition' || a.type === 'abstract_class_declaration') return a;
  return undefined;
}

function enclosingFn(n: Node): Node | undefined {
  for (const a of upFrom(n.parent, 60)) if (isFunctionNode(a)) return a;
  return undefined;
}

/** The class a local `const x = new X(…)` / `x = X(…)` in the enclosing function makes. */
function localInstance(view: CheckContext, at: Node, name: string): string | undefined {
  const fn = enclosingFn(at);
  if (!fn) return undefined;
  const text = view.text;
  const py = view.lang === 'py';
  for (let i = text.indexOf(name, fn.startIndex), k = 0; i >= 0 && i < at.startIndex && k < 30; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '') || /[\w$]/.test(text[i + name.length] ?? '')) continue;
    const id = view.root.namedDescendantForIndex(i);
    const p = id?.parent;
    if (!id || id.startIndex !== i || !p) continue;
    if (p.type === 'variable_declarator' && p.childForFieldName('name')?.equals(id)) return constructed(p.childForFieldName('value'), false);
    if ((p.type === 'assignment' || p.type === 'assignment_expression') && p.childForFieldName('left')?.equals(id)) return constructed(p.childForFieldName('right'), py);
  }
  return undefined;
}

export interface Callee {
  /** The module the function is in (`ctx` itself for this file). */
  view: CheckContext;
  fn: Node;
  /** How the call names it, for messages: `esDeleteIndex`, `mirror.sync`. */
  name: string;
  /** The class the method belongs to (methods only). */
  cls?: Node;
}

/**
 * The function a call runs, when the analysis can see it: a top-level function of this file or
 * one imported from a project module, a namespace import's function, a method of `this` / `self`,
 * of an instance made at module level or earlier in the calling function (`new X()`, `X()`), or
 * of `new X(…)` itself. Classes are looked up here or in the module they are imported from.
 */
export function resolveCallee(ctx: CheckContext, view: CheckContext, call: Node): Callee | undefined {
  // Several rules follow the same calls of the same handlers: each call is resolved once.
  let byView = calleeMemo.get(ctx);
  if (!byView) calleeMemo.set(ctx, (byView = new WeakMap()));
  let memo = byView.get(view);
  if (!memo) byView.set(view, (memo = new Map()));
  const key = `${call.startIndex}:${call.endIndex}:${call.id}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const callee = resolveCalleeOnce(ctx, view, call);
  memo.set(key, callee ?? null);
  return callee;
}

const calleeMemo = new WeakMap<CheckContext, WeakMap<CheckContext, Map<string, Callee | null>>>();

function resolveCalleeOnce(ctx: CheckContext, view: CheckContext, call: Node): Callee | undefined {
  let f = call.childForFieldName('function') ?? call.childForFieldName('constructor');
  // tree-sitter reads `await fetchJson<T>(x)` as a call of `await fetchJson`: the await belongs to the call.
  if (f?.type === 'await_expression' && call.childForFieldName('type_arguments')) f = f.namedChild(0);
  if (!f) return undefined;
  const py = view.lang === 'py';
  if (f.type === 'identifier' && (call.type === 'new_expression' || (py && /^[A-Z]/.test(f.text)))) {
    const c = classNamed(ctx, view, f.text);
    const ctor = c && methodOf(c.cls, py ? '__init__' : 'constructor');
    return c && ctor ? { view: c.view, fn: ctor, name: f.text, cls: c.cls } : undefined;
  }
  return resolveRef(ctx, view, f, call);
}

/**
 * The function an expression names: `handleX` (this file or imported), `tasks.disk_report` (a
 * module imported whole), `obj.method` / `this.method` / `self.method`. `at` is where it is used
 * (for instances made earlier in the same function).
 */
export function resolveRef(ctx: CheckContext, view: CheckContext, f: Node, at: Node = f): Callee | undefined {
  const py = view.lang === 'py';
  if (f.type === 'identifier') {
    const name = f.text;
    const local = moduleIndex(view).functions.get(name);
    if (local) return { view, fn: local, name };
    const imp = importedModule(ctx, view, name);
    const fn = imp && exportedFunction(imp.mod, imp.member);
    return imp && fn ? { view: imp.mod, fn, name } : undefined;
  }
  if (f.type !== 'member_expression' && f.type !== 'attribute') return undefined;
  const obj = unwrapValue(f.childForFieldName('object'));
  const method = (f.childForFieldName('property') ?? f.childForFieldName('attribute'))?.text;
  if (!obj || !method) return undefined;
  const name = `${obj.text.length > 30 ? '…' : obj.text}.${method}`;
  let cls: { view: CheckContext; cls: Node } | undefined;
  if (obj.type === 'this' || (py && obj.type === 'identifier' && obj.text === 'self')) {
    const c = enclosingClass(at);
    if (c) cls = { view, cls: c };
  } else if (obj.type === 'identifier') {
    const imp = importedModule(ctx, view, obj.text);
    if (imp && imp.member === '*') {
      const fn = exportedFunction(imp.mod, method);
      return fn ? { view: imp.mod, fn, name } : undefined;
    }
    const clsName = moduleIndex(view).instances.get(obj.text) ?? localInstance(view, at, obj.text);
    if (clsName) cls = classNamed(ctx, view, clsName);
  } else {
    const clsName = constructed(obj, py);
    if (clsName) cls = classNamed(ctx, view, clsName);
  }
  const fn = cls && methodOf(cls.cls, method);
  return cls && fn ? { view: cls.view, fn, name, cls: cls.cls } : undefined;
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Calls written in text[start, end) of a view — `f(`, `obj.m(`, `new X(` — as call nodes, one per
 * distinct callee text, at most `max`. Found from each `(` backwards (a name, optionally one
 * `receiver.` before it, not itself after a dot), then the tree at that offset.
 */
export function callsIn(view: CheckContext, start: number, end: number, max = 40, accept?: (head: string, member: string | undefined) => boolean): Node[] {
  const out: Node[] = [];
  const seen = new Set<string>();
  const text = view.text;
  let n = 0;
  for (let p = text.indexOf('(', start); p >= 0 && p < end && out.length < max; p = text.indexOf('(', p + 1)) {
    if ((++n & 63) === 0) view.checkBudget();
    let q = p - 1;
    while (q >= start && isSpace(text.charCodeAt(q))) q--;
    let r = q;
    while (r >= start && isNameChar(text.charCodeAt(r))) r--;
    if (r === q || (text.charCodeAt(r + 1) >= 48 && text.charCodeAt(r + 1) <= 57)) continue;
    let from = r + 1;
    let head = text.slice(r + 1, q + 1);
    let member: string | undefined;
    if (r >= start && text.charCodeAt(r) === 46) {
      // obj.m( — one receiver, itself not after a dot (a.b.c( is left alone).
      let o = r - 1;
      while (o >= start && isSpace(text.charCodeAt(o))) o--;
      let b = o;
      while (b >= start && isNameChar(text.charCodeAt(b))) b--;
      if (b === o || (b >= start && text.charCodeAt(b) === 46)) continue;
      from = b + 1;
      member = head;
      head = text.slice(b + 1, o + 1);
    }
    const key = text.slice(from, q + 1);
    if (seen.has(key)) continue;
    seen.add(key);
    // The caller's text test first: the tree is looked at only for calls it wants.
    if (accept && !accept(head, member)) continue;
    let c: Node | null = view.root.namedDescendantForIndex(from);
    for (let i = 0; c && i < 4 && c.type !== 'call_expression' && c.type !== 'call' && c.type !== 'new_expression'; i++) c = c.parent;
    if (c && c.endIndex <= end && (c.startIndex === from || (c.type === 'new_expression' && c.startIndex < from))) out.push(c);
  }
  return out;
}

const projectCalls = new WeakMap<CheckContext, number[]>();

/**
 * Offsets of the calls in this file whose head is a name from a project module (`fromProject`):
 * `esDeleteIndex(`, `tasks.run(`, `mirror.sync(`, `new S3Mirror(`. Found once per analysis with
 * indexOf per such name (a handful), not by reading every call of every handler.
 */
function projectCallOffsets(ctx: CheckContext): number[] {
  let out = projectCalls.get(ctx);
  if (out) return out;
  out = [];
  const idx = moduleIndex(ctx);
  const names = new Set<string>();
  for (const n of idx.imports.keys()) if (fromProject(ctx, n)) names.add(n);
  for (const n of idx.instances.keys()) if (fromProject(ctx, n)) names.add(n);
  const text = ctx.text;
  const skip = (j: number) => {
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    return j;
  };
  for (const name of names) {
    for (let i = text.indexOf(name), k = 0; i >= 0 && k < 2000; i = text.indexOf(name, i + name.length), k++) {
      const before = text.charCodeAt(i - 1);
      if (i > 0 && (isNameChar(before) || before === 46)) continue;
      let j = i + name.length;
      if (isNameChar(text.charCodeAt(j))) continue;
      j = skip(j);
      if (text[j] === '.') {
        j = skip(j + 1);
        const m = j;
        while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
        if (j === m) continue;
        j = skip(j);
      }
      if (text[j] === '(') out.push(i);
    }
  }
  out.sort((a, b) => a - b);
  projectCalls.set(ctx, out);
  return out;
}

/** Calls in text[start, end) of this file into project modules (see projectCallOffsets), one per callee text. */
export function projectCallsIn(ctx: CheckContext, start: number, end: number, max = 20): Node[] {
  const offs = projectCallOffsets(ctx);
  let lo = 0;
  let hi = offs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offs[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Node[] = [];
  const seen = new Set<string>();
  for (let i = lo; i < offs.length && offs[i] < end && out.length < max; i++) {
    let c: Node | null = ctx.root.namedDescendantForIndex(offs[i]);
    for (let k = 0; c && k < 4 && c.type !== 'call_expression' && c.type !== 'call' && c.type !== 'new_expression'; k++) c = c.parent;
    if (!c || c.endIndex > end || c.startIndex < start) continue;
    const key = (c.childForFieldName('function') ?? c.childForFieldName('constructor'))?.text ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

/** The parameters of a function node (JS formal_parameters, Python parameters), comments left out. */
function paramNodes(fn: Node): Node[] {
  const ps = fn.childForFieldName('parameters');
  if (ps) return ps.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  // `x => …`: one parameter, no parentheses.
  const p = fn.childForFieldName('parameter');
  return p ? [p] : [];
}

export interface Param {
  name: string;
  /** A TypeScript parameter property (`constructor(private readonly auth: string)`): also a field. */
  property: boolean;
}

function paramName(p: Node): string | undefined {
  if (p.type === 'identifier') return p.text;
  if (p.type === 'required_parameter' || p.type === 'optional_parameter') {
    const pat = p.childForFieldName('pattern');
    return pat?.type === 'identifier' ? pat.text : undefined;
  }
  if (p.type === 'typed_parameter') {
    const id = p.namedChildren.find((c) => c?.type === 'identifier');
    return id?.text;
  }
  if (p.type === 'default_parameter' || p.type === 'typed_default_parameter' || p.type === 'assignment_pattern') {
    const n = p.childForFieldName('name') ?? p.childForFieldName('left');
    return n?.type === 'identifier' ? n.text : undefined;
  }
  return undefined;
}

/**
 * The parameter of `callee` that receives `arg` of `call`: by position (Python methods skip
 * `self` / `cls`), or by name for a Python keyword argument.
 */
export function paramFor(callee: Callee, call: Node, arg: Node): Param | undefined {
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
  let params = paramNodes(callee.fn);
  if (callee.view.lang === 'py' && callee.cls && params.length > 0 && /^(?:self|cls)$/.test(paramName(params[0]) ?? '')) params = params.slice(1);
  let p: Node | undefined;
  if (arg.type === 'keyword_argument' || arg.parent?.type === 'keyword_argument') {
    const kw = arg.type === 'keyword_argument' ? arg : arg.parent!;
    const name = kw.childForFieldName('name')?.text;
    p = params.find((x) => paramName(x) === name);
  } else {
    const i = args.findIndex((a) => a.equals(arg));
    if (i < 0 || args.slice(0, i).some((a) => a.type === 'spread_element' || a.type === 'list_splat' || a.type === 'keyword_argument')) return undefined;
    p = params[i];
  }
  const name = p && paramName(p);
  if (!p || !name) return undefined;
  const property = p.namedChildren.some((c) => c?.type === 'accessibility_modifier') || /^(?:(?:public|private|protected)\s+)?readonly\s/.test(p.text);
  return { name, property };
}

/**
 * Identifier nodes named `name` in `scope` after offset `from` (not property names: `x.name`,
 * `{ name: … }` keys), at most `max`.
 */
export function usesOf(view: CheckContext, scope: Node, name: string, from = scope.startIndex, max = 50): Node[] {
  const out: Node[] = [];
  const text = view.text;
  for (let i = text.indexOf(name, from), k = 0; i >= 0 && i < scope.endIndex && k < 200 && out.length < max; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '') || /[\w$]/.test(text[i + name.length] ?? '')) continue;
    const n = view.root.namedDescendantForIndex(i);
    if (!n || n.startIndex !== i || n.text !== name || (n.type !== 'identifier' && n.type !== 'shorthand_property_identifier')) continue;
    const p = n.parent;
    if (p?.type === 'pair' && p.childForFieldName('key')?.equals(n)) continue;
    out.push(n);
  }
  return out;
}

/** `this.field` / `self.field` member nodes inside a class, at most `max`. */
export function fieldUses(view: CheckContext, cls: Node, field: string, max = 50): Node[] {
  const out: Node[] = [];
  const text = view.text;
  const recv = view.lang === 'py' ? 'self' : 'this';
  for (let i = text.indexOf(field, cls.startIndex), k = 0; i >= 0 && i < cls.endIndex && k < 200 && out.length < max; i = text.indexOf(field, i + field.length), k++) {
    if (/[\w$]/.test(text[i + field.length] ?? '')) continue;
    let j = i - 1;
    while (j > cls.startIndex && (text[j] === ' ' || text[j] === '?')) j--;
    if (text[j] !== '.') continue;
    j--;
    while (j > cls.startIndex && text[j] === ' ') j--;
    if (text.slice(j - recv.length + 1, j + 1) !== recv || /[\w$.]/.test(text[j - recv.length] ?? '')) continue;
    const n = view.root.namedDescendantForIndex(i);
    const m = n?.parent;
    if (m && (m.type === 'member_expression' || m.type === 'attribute') && m.endIndex === i + field.length) out.push(m);
  }
  return out;
}

/** The field a `this.x = value` / `self.x = value` assignment stores into, when `value` is (part of) its right side. */
export function storedField(assign: Node, valueChild: Node): string | undefined {
  if (assign.type !== 'assignment_expression' && assign.type !== 'assignment') return undefined;
  const right = assign.childForFieldName('right');
  const left = assign.childForFieldName('left');
  if (!right || !left || !(right.startIndex <= valueChild.startIndex && valueChild.endIndex <= right.endIndex)) return undefined;
  if (left.type !== 'member_expression' && left.type !== 'attribute') return undefined;
  const obj = left.childForFieldName('object');
  if (!obj || !(obj.type === 'this' || obj.text === 'self')) return undefined;
  return (left.childForFieldName('property') ?? left.childForFieldName('attribute'))?.text;
}
