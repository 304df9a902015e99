// Null-tolerant accessors for tree-sitter Python nodes. While an analysis runs, the node accessors
// themselves are memoised (engine/nodecache.ts); the comment-free child lists the evaluator
// walks again and again are kept here for the same window.

import type { Node, Tree } from 'web-tree-sitter';
import { nodeCacheWindow } from '../nodecache';

/** Source text of a node (undefined for a missing node). */
export function txt(n: Node): string;
export function txt(n: Node | null | undefined): string | undefined;
export function txt(n: Node | null | undefined): string | undefined {
  return n ? n.text : undefined;
}

/** Node type ('' for a missing node). */
export function ty(n: Node | null | undefined): string {
  return n ? n.type : '';
}

declare const checked: unique symbol;
/** A node whose type was checked: narrows away null without narrowing the other branch to never. */
export type Checked = Node & { readonly [checked]: true };

/** `n` exists and has type `t`. */
export function is(n: Node | null | undefined, t: string): n is Checked {
  return !!n && n.type === t;
}

/** Comment-free named children per tree and node id, for the current analysis window. */
let kids = new WeakMap<Tree, Map<number, Node[]>>();
let kidsWindow = -1;

/** Named children without comments. */
export function named(n: Node | null | undefined): Node[] {
  if (!n) return [];
  const w = nodeCacheWindow();
  if (w < 0) return filterComments(n);
  if (w !== kidsWindow) {
    kids = new WeakMap();
    kidsWindow = w;
  }
  let m = kids.get(n.tree);
  if (!m) kids.set(n.tree, (m = new Map()));
  let k = m.get(n.id);
  if (!k) m.set(n.id, (k = filterComments(n)));
  return k;
}

function filterComments(n: Node): Node[] {
  const k: Node[] = [];
  for (const x of n.namedChildren) if (x && x.type !== 'comment') k.push(x);
  return k;
}

/** `n.childForFieldName(name)`, or null for a missing node. */
export function field(n: Node | null | undefined, name: string): Node | null {
  return n ? n.childForFieldName(name) : null;
}

/** The operator token of a binary / boolean / comparison / augmented assignment node. */
export function operator(n: Node): string {
  return n.child(1)?.type ?? '';
}
