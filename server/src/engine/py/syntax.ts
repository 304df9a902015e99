// Null-tolerant accessors for tree-sitter Python nodes. While an analysis runs, the node accessors
// themselves are memoised (engine/nodecache.ts), and so are the comment-free child lists the
// evaluator walks again and again.

import type { Node } from 'web-tree-sitter';
import { memoExtra } from '../nodecache';

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

/** Named children without comments (kept per node while an analysis runs). */
export function named(n: Node | null | undefined): Node[] {
  return n ? memoExtra(n, filterComments) : [];
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
