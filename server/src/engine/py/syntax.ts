// Cached access to tree-sitter nodes. Every Node accessor (even `type`) crosses into wasm and
// many allocate, and the evaluator revisits the same nodes (loops run twice, conditions are
// re-read for guards), so types, children and fields are fetched once per node and tree.

import type { Node, Tree } from 'web-tree-sitter';

interface TreeCache {
  kids: Map<number, Node[]>;
  /** Node id → children by field index. */
  fields: Map<number, (Node | null | undefined)[]>;
  types: Map<number, string>;
  texts: Map<number, string>;
  ops: Map<number, string>;
}

const caches = new WeakMap<Tree, TreeCache>();
let lastTree: Tree | undefined;
let lastCache: TreeCache | undefined;
const fieldIds = new Map<string, number>();

function cacheOf(n: Node): TreeCache {
  const tree = n.tree;
  if (tree === lastTree && lastCache) return lastCache;
  let c = caches.get(tree);
  if (!c) caches.set(tree, (c = { kids: new Map(), fields: new Map(), types: new Map(), texts: new Map(), ops: new Map() }));
  lastTree = tree;
  lastCache = c;
  return c;
}

/** Source text of a node, cached (undefined for a missing node). */
export function txt(n: Node): string;
export function txt(n: Node | null | undefined): string | undefined;
export function txt(n: Node | null | undefined): string | undefined {
  if (!n) return undefined;
  const c = cacheOf(n);
  let t = c.texts.get(n.id);
  if (t === undefined) {
    t = n.text;
    c.texts.set(n.id, t);
  }
  return t;
}

/** Node type ('' for a missing node). */
export function ty(n: Node | null | undefined): string {
  if (!n) return '';
  const c = cacheOf(n);
  let t = c.types.get(n.id);
  if (t === undefined) {
    t = n.type;
    c.types.set(n.id, t);
  }
  return t;
}

declare const checked: unique symbol;
/** A node whose type was checked: narrows away null without narrowing the other branch to never. */
export type Checked = Node & { readonly [checked]: true };

/** `n` exists and has type `t`. */
export function is(n: Node | null | undefined, t: string): n is Checked {
  return !!n && ty(n) === t;
}

/** Named children without comments. */
export function named(n: Node | null | undefined): Node[] {
  if (!n) return [];
  const c = cacheOf(n);
  let k = c.kids.get(n.id);
  if (!k) {
    k = [];
    for (const x of n.namedChildren) {
      if (!x) continue;
      const t = x.type;
      c.types.set(x.id, t);
      if (t !== 'comment') k.push(x);
    }
    c.kids.set(n.id, k);
  }
  return k;
}

/** `n.childForFieldName(name)`, cached. */
export function field(n: Node | null | undefined, name: string): Node | null {
  if (!n) return null;
  const c = cacheOf(n);
  let idx = fieldIds.get(name);
  if (idx === undefined) fieldIds.set(name, (idx = fieldIds.size));
  let row = c.fields.get(n.id);
  if (!row) c.fields.set(n.id, (row = []));
  let v = row[idx];
  if (v === undefined) row[idx] = v = n.childForFieldName(name);
  return v;
}

/** The operator token of a binary / boolean / comparison / augmented assignment node. */
export function operator(n: Node): string {
  const c = cacheOf(n);
  let op = c.ops.get(n.id);
  if (op === undefined) {
    op = n.child(1)?.type ?? '';
    c.ops.set(n.id, op);
  }
  return op;
}
