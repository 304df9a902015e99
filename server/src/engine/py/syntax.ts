// Cached access to tree-sitter nodes. Every Node accessor crosses into wasm and allocates, and
// the evaluator revisits the same nodes (loops run twice, conditions are re-read for guards), so
// children and fields are fetched once per node and tree.

import type { Node, Tree } from 'web-tree-sitter';

interface TreeCache {
  kids: Map<number, Node[]>;
  fields: Map<number, Map<string, Node | null>>;
  ops: Map<number, string>;
}

const caches = new WeakMap<Tree, TreeCache>();

function cacheOf(n: Node): TreeCache {
  let c = caches.get(n.tree);
  if (!c) caches.set(n.tree, (c = { kids: new Map(), fields: new Map(), ops: new Map() }));
  return c;
}

/** Named children without comments. */
export function named(n: Node | null | undefined): Node[] {
  if (!n) return [];
  const c = cacheOf(n);
  let k = c.kids.get(n.id);
  if (!k) {
    k = n.namedChildren.filter((x): x is Node => !!x && x.type !== 'comment');
    c.kids.set(n.id, k);
  }
  return k;
}

/** `n.childForFieldName(name)`, cached. */
export function field(n: Node | null | undefined, name: string): Node | null {
  if (!n) return null;
  const c = cacheOf(n);
  let m = c.fields.get(n.id);
  if (!m) c.fields.set(n.id, (m = new Map()));
  let v = m.get(name);
  if (v === undefined) {
    v = n.childForFieldName(name);
    m.set(name, v);
  }
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
