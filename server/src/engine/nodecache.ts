// Memoised tree-sitter node accessors while an analysis runs.
//
// web-tree-sitter answers every Node accessor by crossing into WebAssembly — even `type` — and
// allocates a new Node object for every node it returns, while the analysis reads the same nodes
// many times over (measured on the benchmark tree: `type` 5.5 times per node, fields 2.2, text
// 2.7, named children 1.8): the evaluator re-reads conditions for guards and runs loops twice,
// and the discovery, the module index and the check rules each walk the handlers again.
//
// Between beginNodeCache() and the matching endNodeCache():
// - every Node made from WebAssembly's answer (children, parent, fields, cursors, lookups by
//   offset…) is the one Node object already made in the window for that tree and node id
//   ("canonical"; scripts/build.mjs routes web-tree-sitter's unmarshalNode through
//   `Node.unmarshalHook`), so the same node reached by two paths is the same object and no
//   duplicate is allocated;
// - the accessors below remember their answer on the Node object itself (fields declared in
//   web-tree-sitter's Node constructor by scripts/build.mjs), stamped with the window's number.
// A Node kept from before `tree.edit()` (the language server's keystroke path) has the same id
// as the node now at that place but an old start: it is never taken as, nor replaced by, the
// canonical node, and its answers are its own. At the end of the window every memo is cleared,
// so nothing read in one analysis is answered in another (a tree edited between two analyses is
// read afresh) and memory is bounded by one analysis. Outside a window the accessors are
// web-tree-sitter's own.
import type * as WebTreeSitter from 'web-tree-sitter';

type Node = WebTreeSitter.Node;
type Tree = WebTreeSitter.Tree;
type Point = WebTreeSitter.Point;

/** The memo fields scripts/build.mjs declares on web-tree-sitter's Node. */
interface Memo {
  /** The window the memo fields below were filled in (0: none). */
  _w: number;
  _named: (Node | null)[] | undefined;
  _kids: (Node | null)[] | undefined;
  _text: string | undefined;
  _end: number;
  _endPos: Point | undefined;
  _parent: Node | null | undefined;
  /** Field id, child, field id, child… for the fields asked for. */
  _fields: (number | Node | null)[] | undefined;
  /** One more per-window value, for memoExtra (py/syntax.ts: comment-free named children). */
  _x: unknown;
  _type: string | undefined;
  /** web-tree-sitter's own caches of the child lists. */
  _namedChildren: unknown;
  _children: unknown;
}
type MNode = Node & Memo;

let depth = 0;
/** Counts the windows begun at depth 0. */
let windows = 0;
// The window's canonical Nodes: an open-addressing hash table from node id (a WebAssembly
// address, never 0) to Node, kept from one window to the next and emptied slot by slot (a Map
// per tree allocated some 50 MB per bench (b) run as it grew). The trees an analysis reads are
// all alive during its window, so their ids differ; a Node of another tree under the same id (a
// tree from before an edit) is told apart by its tree and start and never made canonical.
let slotIds = new Int32Array(1 << 12);
let slotNodes: (MNode | undefined)[] = new Array<MNode | undefined>(1 << 12).fill(undefined);
let slotMask = (1 << 12) - 1;
let slotShift = 32 - 12;
/** Slots filled in this window, in order (emptied at its end). */
let filled = new Int32Array(1 << 10);
let filledCount = 0;
/** Nodes whose memo fields were filled in this window (cleared at its end). */
let stamped: MNode[] = [];

/** web-tree-sitter's Node class as scripts/build.mjs leaves it. */
interface NodeClass {
  new (id: number, tree: Tree, startIndex: number, row: number, column: number, other: number): MNode;
  prototype: object;
  unmarshalHook?: (tree: Tree, id: number, startIndex: number, row: number, column: number, other: number) => MNode;
}

/** The Node class installNodeCache patched last, with its hook (the web-tree-sitter in use). */
const installed: { cls: NodeClass; hook: NonNullable<NodeClass['unmarshalHook']> }[] = [];

/** Starts (or nests in) a window in which node accessors are memoised. */
export function beginNodeCache(): void {
  if (depth++ !== 0) return;
  windows++;
  for (const { cls, hook } of installed) cls.unmarshalHook = hook;
}

/** Ends the window begun by the matching beginNodeCache(); the outermost end forgets everything. */
export function endNodeCache(): void {
  if (depth > 0 && --depth > 0) return;
  for (const { cls } of installed) cls.unmarshalHook = undefined;
  for (const n of stamped) clear(n);
  stamped = [];
  emptySlots();
}

function clear(n: MNode): void {
  n._w = 0;
  n._named = undefined;
  n._kids = undefined;
  n._text = undefined;
  n._end = -1;
  n._endPos = undefined;
  n._parent = undefined;
  n._fields = undefined;
  n._x = undefined;
}

/** Makes n's memo fields this window's (clearing what an earlier window left, if anything). */
function stamp(n: MNode): void {
  if (n._w !== 0) clear(n);
  n._w = windows;
  stamped.push(n);
}

/** unmarshalNode during a window: the canonical Node for tree and id (made and kept if new). */
function canonicalHook(cls: NodeClass): NonNullable<NodeClass['unmarshalHook']> {
  return (tree, id, startIndex, row, column, other) => {
    let i = Math.imul(id, 0x9e3779b1) >>> slotShift;
    for (;;) {
      const k = slotIds[i];
      if (k === 0) break;
      if (k === id) {
        const c = slotNodes[i]!;
        if (c.startIndex === startIndex && c.tree === tree) return c;
        // Another tree's node, or one from before an edit: kept apart.
        return new cls(id, tree, startIndex, row, column, other);
      }
      i = (i + 1) & slotMask;
    }
    const n = new cls(id, tree, startIndex, row, column, other);
    slotIds[i] = id;
    slotNodes[i] = n;
    if (filledCount === filled.length) {
      const more = new Int32Array(filled.length * 2);
      more.set(filled);
      filled = more;
    }
    filled[filledCount++] = i;
    // At most half full: grow (and re-insert what this window holds).
    if (filledCount * 2 > slotMask) growSlots();
    return n;
  };
}

function growSlots(): void {
  const oldIds = slotIds;
  const oldNodes = slotNodes;
  const size = oldIds.length * 2;
  slotIds = new Int32Array(size);
  slotNodes = new Array<MNode | undefined>(size).fill(undefined);
  slotMask = size - 1;
  slotShift--;
  let count = 0;
  for (let j = 0; j < filledCount; j++) {
    const at = filled[j];
    const id = oldIds[at];
    let i = Math.imul(id, 0x9e3779b1) >>> slotShift;
    while (slotIds[i] !== 0) i = (i + 1) & slotMask;
    slotIds[i] = id;
    slotNodes[i] = oldNodes[at];
    filled[count++] = i;
  }
  filledCount = count;
}

/** Empties the slots this window filled (the table keeps its size). */
function emptySlots(): void {
  for (let j = 0; j < filledCount; j++) {
    const i = filled[j];
    slotIds[i] = 0;
    slotNodes[i] = undefined;
  }
  filledCount = 0;
  // A table grown for a huge file is not kept at that size for the small ones after it.
  if (slotIds.length > 1 << 20) {
    slotIds = new Int32Array(1 << 12);
    slotNodes = new Array<MNode | undefined>(1 << 12).fill(undefined);
    slotMask = (1 << 12) - 1;
    slotShift = 32 - 12;
    filled = new Int32Array(1 << 10);
  }
}

/**
 * A value computed once per node and window (`make(n)`), for one client: py/syntax.ts keeps the
 * comment-free named children there. Outside a window, `make(n)` each time.
 */
export function memoExtra<T>(n: Node, make: (n: Node) => T): T {
  if (depth === 0) return make(n);
  const m = n as MNode;
  if (m._w !== windows) stamp(m);
  return (m._x ??= make(n)) as T;
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
  const cls = NodeClass as unknown as NodeClass;
  // A module loaded after a WebAssembly trap replaces the crashed one (whose trees are dropped):
  // forget that one, so nothing here keeps its memory alive.
  for (const old of installed) old.cls.unmarshalHook = undefined;
  installed.length = 0;
  installed.push({ cls, hook: canonicalHook(cls) });
  if (depth > 0) cls.unmarshalHook = installed[0].hook;
  const getter = (name: string): ((this: Node) => unknown) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d?.get) throw new Error(`web-tree-sitter's Node has no getter ${name}`);
    return d.get as (this: Node) => unknown;
  };
  const define = (name: string, get: (this: MNode) => unknown) => Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });

  // A node's type never changes (not even when its tree is edited): kept on the Node object
  // itself, always.
  const type = getter('type') as (this: Node) => string;
  define('type', function (this: MNode) {
    return (this._type ??= type.call(this));
  });
  const named = getter('namedChildren') as (this: Node) => (Node | null)[];
  define('namedChildren', function (this: MNode) {
    if (depth === 0) return named.call(this);
    if (this._w !== windows) stamp(this);
    if (this._named === undefined) {
      this._named = named.call(this);
      // web-tree-sitter would keep the array on the Node object for good (and every node in it).
      this._namedChildren = undefined;
    }
    return this._named;
  });
  const children = getter('children') as (this: Node) => (Node | null)[];
  define('children', function (this: MNode) {
    if (depth === 0) return children.call(this);
    if (this._w !== windows) stamp(this);
    if (this._kids === undefined) {
      this._kids = children.call(this);
      this._children = undefined;
    }
    return this._kids;
  });
  const text = getter('text') as (this: Node) => string;
  define('text', function (this: MNode) {
    if (depth === 0) return text.call(this);
    if (this._w !== windows) stamp(this);
    return (this._text ??= text.call(this));
  });
  const endIndex = getter('endIndex') as (this: Node) => number;
  define('endIndex', function (this: MNode) {
    if (depth === 0) return endIndex.call(this);
    if (this._w !== windows) stamp(this);
    return this._end >= 0 ? this._end : (this._end = endIndex.call(this));
  });
  const endPosition = getter('endPosition') as (this: Node) => Point;
  define('endPosition', function (this: MNode) {
    if (depth === 0) return endPosition.call(this);
    if (this._w !== windows) stamp(this);
    return (this._endPos ??= endPosition.call(this));
  });
  const parent = getter('parent') as (this: Node) => MNode | null;
  const isMissing = getter('isMissing') as (this: Node) => boolean;
  // tree-sitter traps ("memory access out of bounds", and the instance is unusable afterwards)
  // asking the parent of a zero-width MISSING node in some error-recovered trees (found by the
  // robustness test: an identifier inserted after a thousand unclosed comments). Such a node
  // gets no parent: walks up from it stop there.
  const safeParent = function (this: MNode): MNode | null {
    return this.startIndex === this.endIndex && isMissing.call(this) ? null : parent.call(this);
  };
  define('parent', function (this: MNode) {
    if (depth === 0) return safeParent.call(this);
    if (this._w !== windows) stamp(this);
    return this._parent !== undefined ? this._parent : (this._parent = safeParent.call(this));
  });
  const childForFieldId = proto.childForFieldId as (this: Node, id: number) => MNode | null;
  const childForFieldName = proto.childForFieldName as (this: Node, name: string) => Node | null;
  proto.childForFieldName = function (this: MNode, name: string): Node | null {
    if (depth === 0) return childForFieldName.call(this, name);
    const id = fieldId(this.tree.language, name);
    if (id < 0) return null;
    if (this._w !== windows) stamp(this);
    // Field id, child, field id, child…: a node is asked for a few of its fields, and an array
    // indexed by field id (up to ~60 in the TypeScript grammar) allocated several times more.
    const f = this._fields;
    if (f !== undefined) for (let i = 0; i < f.length; i += 2) if (f[i] === id) return f[i + 1] as Node | null;
    const v = childForFieldId.call(this, id);
    // The first pair as a literal: a push onto an empty array reserves room for 17 elements.
    if (f === undefined) this._fields = [id, v];
    else f.push(id, v);
    return v;
  };
  proto[PATCHED] = true;
}
