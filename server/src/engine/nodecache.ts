// Memoised tree-sitter node accessors while an analysis runs.
//
// web-tree-sitter answers every Node accessor by crossing into WebAssembly — even `type` — and
// allocates a new Node object for every node it returns, while the analysis reads the same nodes
// many times over (measured on the benchmark tree: `type` 5.5 times per node, fields 2.2, text
// 2.7, named children 1.8): the evaluator re-reads conditions for guards and runs loops twice,
// and the discovery, the module index and the check rules each walk the handlers again.
//
// Between beginNodeCache() and the matching endNodeCache() the accessors below remember their
// answer per tree and node id. Nothing is kept afterwards, so memory is bounded by one analysis
// and a tree edited between two analyses (the language server's keystroke path) is read afresh.
// Outside that window the accessors are web-tree-sitter's own.
import type * as WebTreeSitter from 'web-tree-sitter';

type Node = WebTreeSitter.Node;
type Tree = WebTreeSitter.Tree;
type Point = WebTreeSitter.Point;

/** What is remembered of one node (undefined = not asked yet). */
interface Memo {
  /** The node's start: a Node kept from before `tree.edit()` has the same id and an old start. */
  start: number;
  named: (Node | null)[] | undefined;
  children: (Node | null)[] | undefined;
  text: string | undefined;
  endIndex: number;
  endPosition: Point | undefined;
  parent: Node | null | undefined;
  /** Field id, child, field id, child… for the fields asked for. */
  fields: (number | Node | null)[] | undefined;
}

let depth = 0;
/** Counts the windows begun at depth 0 (nodeCacheWindow). */
let windows = 0;
let memos = new Map<Tree, Map<number, Memo>>();
let lastTree: Tree | undefined;
let lastMemos: Map<number, Memo> | undefined;

/** Starts (or nests in) a window in which node accessors are memoised. */
export function beginNodeCache(): void {
  if (depth++ === 0) windows++;
}

/**
 * The current window's number, or -1 outside one: lets other per-window caches (py/syntax.ts)
 * know when to start afresh.
 */
export function nodeCacheWindow(): number {
  return depth > 0 ? windows : -1;
}

/** Ends the window begun by the matching beginNodeCache(); the outermost end forgets everything. */
export function endNodeCache(): void {
  if (depth > 0 && --depth > 0) return;
  memos = new Map();
  lastTree = undefined;
  lastMemos = undefined;
}

function memoOf(n: Node): Memo {
  const tree = n.tree;
  let m: Map<number, Memo> | undefined;
  if (tree === lastTree) m = lastMemos!;
  else {
    m = memos.get(tree);
    if (!m) memos.set(tree, (m = new Map()));
    lastTree = tree;
    lastMemos = m;
  }
  let e = m.get(n.id);
  if (!e || e.start !== n.startIndex) m.set(n.id, (e = { start: n.startIndex, named: undefined, children: undefined, text: undefined, endIndex: -1, endPosition: undefined, parent: undefined, fields: undefined }));
  return e;
}

const PATCHED = Symbol.for('mcp-warden.nodecache');

/** Field name → field id, per grammar (web-tree-sitter searches the field list on every call). */
const fieldIds = new WeakMap<object, Map<string, number>>();

let lastLanguage: object | undefined;
let lastIds: Map<string, number> | undefined;

function fieldId(language: WebTreeSitter.Language, name: string): number {
  let ids = language === lastLanguage ? lastIds : fieldIds.get(language);
  if (!ids) {
    ids = new Map();
    language.fields.forEach((f, i) => {
      if (f !== null && !ids!.has(f)) ids!.set(f, i);
    });
    fieldIds.set(language, ids);
  }
  lastLanguage = language;
  lastIds = ids;
  return ids.get(name) ?? -1;
}

/**
 * Installs the memoised accessors on a web-tree-sitter module's Node class (once per module:
 * the engine loads a fresh copy of the module after a WebAssembly trap, see parser.ts).
 */
export function installNodeCache(NodeClass: typeof WebTreeSitter.Node): void {
  const proto = NodeClass.prototype as unknown as Record<PropertyKey, unknown>;
  if (proto[PATCHED]) return;
  const getter = (name: string): ((this: Node) => unknown) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d?.get) throw new Error(`web-tree-sitter's Node has no getter ${name}`);
    return d.get as (this: Node) => unknown;
  };
  const define = (name: string, get: (this: Node) => unknown) => Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });

  // A node's type never changes (not even when its tree is edited): kept on the Node object
  // itself, always (the build declares `_type` in web-tree-sitter's Node constructor).
  const type = getter('type') as (this: Node) => string;
  define('type', function (this: Node & { _type?: string }) {
    return (this._type ??= type.call(this));
  });
  const named = getter('namedChildren') as (this: Node) => (Node | null)[];
  define('namedChildren', function (this: Node) {
    if (depth === 0) return named.call(this);
    const m = memoOf(this);
    return (m.named ??= named.call(this));
  });
  const children = getter('children') as (this: Node) => (Node | null)[];
  define('children', function (this: Node) {
    if (depth === 0) return children.call(this);
    const m = memoOf(this);
    return (m.children ??= children.call(this));
  });
  const text = getter('text') as (this: Node) => string;
  define('text', function (this: Node) {
    if (depth === 0) return text.call(this);
    const m = memoOf(this);
    return (m.text ??= text.call(this));
  });
  const endIndex = getter('endIndex') as (this: Node) => number;
  define('endIndex', function (this: Node) {
    if (depth === 0) return endIndex.call(this);
    const m = memoOf(this);
    return m.endIndex >= 0 ? m.endIndex : (m.endIndex = endIndex.call(this));
  });
  const endPosition = getter('endPosition') as (this: Node) => Point;
  define('endPosition', function (this: Node) {
    if (depth === 0) return endPosition.call(this);
    const m = memoOf(this);
    return (m.endPosition ??= endPosition.call(this));
  });
  const parent = getter('parent') as (this: Node) => Node | null;
  define('parent', function (this: Node) {
    if (depth === 0) return parent.call(this);
    const m = memoOf(this);
    return m.parent !== undefined ? m.parent : (m.parent = parent.call(this));
  });
  const childForFieldId = proto.childForFieldId as (this: Node, id: number) => Node | null;
  const childForFieldName = proto.childForFieldName as (this: Node, name: string) => Node | null;
  proto.childForFieldName = function (this: Node, name: string): Node | null {
    if (depth === 0) return childForFieldName.call(this, name);
    const id = fieldId(this.tree.language, name);
    if (id < 0) return null;
    const m = memoOf(this);
    // Field id, child, field id, child…: a node is asked for a few of its fields, and an array
    // indexed by field id (up to ~60 in the TypeScript grammar) allocated several times more.
    const f = (m.fields ??= []);
    for (let i = 0; i < f.length; i += 2) if (f[i] === id) return f[i + 1] as Node | null;
    const v = childForFieldId.call(this, id);
    f.push(id, v);
    return v;
  };
  proto[PATCHED] = true;
}
