// annotation-mismatch: the tool's hints say what its handler does.
//   readOnlyHint: true      → readOnlyHint: false, and destructiveHint: true (flipped or added)
//   destructiveHint: false  → destructiveHint: true
//   no destructiveHint      → destructiveHint: true added to the annotations object
//                             (TS: `annotations: X` → `{ ...X, destructiveHint: true }`; a
//                             registerTool / addTool config without annotations gets
//                             `annotations: { destructiveHint: true }`)
// Python: `readOnlyHint=True` / `{"readOnlyHint": True}` the same way, in ToolAnnotations(…) or a dict.
// Preferred: the hints only make clients more cautious (ask before calling), never less. With
// readOnlyHint false and no destructiveHint, the MCP specification already presumes a tool
// destructive, so saying destructiveHint: true next to it changes nothing for clients that
// follow it, and makes the finding go away whichever operation the handler performs.
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { addEntry, named, replaceNode, unparen } from './util';

const READ_ONLY = new Set(['readOnlyHint', 'read_only_hint']);
const DESTRUCTIVE = new Set(['destructiveHint', 'destructive_hint']);

export function annotationFixes(fc: FixContext): Fix | undefined {
  const hint = hintAt(fc.node);
  if (hint) return hint.readOnly ? readOnlyFix(fc, hint) : destructiveFix(fc, hint);
  return missingFix(fc);
}

interface HintEntry {
  /** The pair / keyword argument. */
  entry: Node;
  key: string;
  value: Node;
  readOnly: boolean;
}

/** The hint entry the finding spans: `readOnlyHint: true`, `"readOnlyHint": True`, `readOnlyHint=True`. */
function hintAt(n: Node): HintEntry | undefined {
  let e: Node | null = n;
  for (let i = 0; i < 3 && e && e.type !== 'pair' && e.type !== 'keyword_argument'; i++) e = e.parent;
  if (!e || (e.type !== 'pair' && e.type !== 'keyword_argument')) return undefined;
  return entryOf(e);
}

function entryOf(e: Node): HintEntry | undefined {
  const k = e.type === 'pair' ? e.childForFieldName('key') : e.childForFieldName('name');
  const value = e.childForFieldName('value');
  if (!k || !value) return undefined;
  const key = keyText(k);
  if (!READ_ONLY.has(key) && !DESTRUCTIVE.has(key)) return undefined;
  return { entry: e, key, value, readOnly: READ_ONLY.has(key) };
}

/** A property / dict key / keyword name without its quotes. */
function keyText(k: Node): string {
  if (k.type === 'string') {
    const t = k.text;
    return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1) : '';
  }
  return k.text;
}

const isTrue = (v: Node) => v.type === 'true';
const isFalse = (v: Node) => v.type === 'false';
const lit = (fc: FixContext, b: boolean) => (fc.family === 'py' ? (b ? 'True' : 'False') : b ? 'true' : 'false');

function readOnlyFix(fc: FixContext, h: HintEntry): Fix | undefined {
  if (!isTrue(h.value)) return undefined;
  const container = h.entry.parent;
  if (!container) return undefined;
  const edits: TextEdit[] = [replaceNode(h.value, lit(fc, false))];
  // readOnlyHint: false alone would leave a destructive handler without destructiveHint: say it.
  const sibling = named(container).map((c) => (c.type === 'pair' || c.type === 'keyword_argument' ? entryOf(c) : undefined)).find((x) => x && !x.readOnly);
  const dKey = h.key.includes('_') ? 'destructive_hint' : 'destructiveHint';
  if (sibling) {
    if (isFalse(sibling.value)) edits.push(replaceNode(sibling.value, lit(fc, true)));
    else if (!isTrue(sibling.value)) return undefined;
  } else {
    const add = addEntry(fc, container, entryText(fc, container, h.entry, dKey));
    if (!add) return undefined;
    edits.push(add);
  }
  return { title: `Declare ${h.key}${sep(fc, h)}${lit(fc, false)} and ${dKey}${sep(fc, h)}${lit(fc, true)}`, preferred: true, edits };
}

function destructiveFix(fc: FixContext, h: HintEntry): Fix | undefined {
  if (!isFalse(h.value)) return undefined;
  return { title: `Declare ${h.key}${sep(fc, h)}${lit(fc, true)}`, preferred: true, edits: [replaceNode(h.value, lit(fc, true))] };
}

/** `: ` for properties and dict entries, `=` for keyword arguments. */
function sep(_fc: FixContext, h: HintEntry): string {
  return h.entry.type === 'keyword_argument' ? '=' : ': ';
}

/** The text of a new `destructiveHint: true` entry in the style of `like` (an entry of the container) or of the container. */
function entryText(fc: FixContext, container: Node, like: Node | undefined, key: string): string {
  if (container.type === 'argument_list') return `${key}=True`;
  const k = like?.type === 'pair' ? like.childForFieldName('key') : named(container).find((c) => c.type === 'pair')?.childForFieldName('key');
  const q = k?.type === 'string' ? k.text[0] : fc.family === 'py' ? '"' : '';
  return `${q}${key}${q}: ${lit(fc, true)}`;
}

/** The finding sits on the tool's name: find the registration's annotations and add the hint there. */
function missingFix(fc: FixContext): Fix | undefined {
  const edit = fc.family === 'py' ? pyMissing(fc) : tsMissing(fc);
  if (!edit) return undefined;
  return { title: fc.family === 'py' ? 'Declare destructiveHint=True' : 'Declare destructiveHint: true', preferred: true, edits: [edit] };
}

function tsMissing(fc: FixContext): TextEdit | undefined {
  const name = fc.node;
  if (name.type !== 'string' && name.type !== 'template_string') return undefined;
  const p = name.parent;
  if (!p) return undefined;
  // addTool({ name: "x", …, annotations }) / a tool object of a ListTools answer.
  if (p.type === 'pair' && keyText(p.childForFieldName('key')!) === 'name' && p.parent?.type === 'object') {
    return inConfig(fc, p.parent, true);
  }
  if (p.type !== 'arguments') return undefined;
  const args = named(p);
  if (args[0]?.id !== name.id) return undefined;
  const objects = args.slice(1).filter((a) => a.type === 'object');
  // server.tool(name, [description], [shape], annotations, cb): the object holding hints.
  const hinted = objects.find((o) => pairs(o).some((q) => /Hint$/.test(keyText(q.childForFieldName('key')!))));
  if (hinted) return addEntry(fc, hinted, entryText(fc, hinted, undefined, 'destructiveHint'));
  // registerTool(name, { description, inputSchema, annotations }, cb)
  const config = objects.find((o) => pairs(o).some((q) => keyText(q.childForFieldName('key')!) === 'annotations'));
  if (config) return inConfig(fc, config, false);
  const callee = p.parent?.childForFieldName('function');
  const method = callee?.type === 'member_expression' ? callee.childForFieldName('property')?.text : callee?.text;
  if (method === 'registerTool' && args.length === 3 && args[1].type === 'object') return inConfig(fc, args[1], true);
  return undefined;
}

/** A config object with an `annotations` entry: the hint goes into it; without one, one is created when `create`. */
function inConfig(fc: FixContext, config: Node, create: boolean): TextEdit | undefined {
  const ann = pairs(config).find((q) => keyText(q.childForFieldName('key')!) === 'annotations');
  if (!ann) {
    if (!create || pairs(config).some((q) => q.type !== 'pair')) return undefined;
    return addEntry(fc, config, 'annotations: { destructiveHint: true }');
  }
  const v = unparen(ann.childForFieldName('value'));
  if (!v) return undefined;
  if (v.type === 'object') {
    // A spread may set destructiveHint: an entry after it wins.
    return addEntry(fc, v, entryText(fc, v, undefined, 'destructiveHint'));
  }
  if (v.type === 'identifier' || v.type === 'member_expression') return replaceNode(v, `{ ...${v.text}, destructiveHint: true }`);
  return undefined;
}

/** Pairs of an object (and other entries: spreads, methods, shorthand), comments left out. */
function pairs(o: Node): Node[] {
  return named(o).filter((c) => c.type === 'pair' && !!c.childForFieldName('key'));
}

function pyMissing(fc: FixContext): TextEdit | undefined {
  const fn = fc.node.parent;
  if (fc.node.type !== 'identifier' || fn?.type !== 'function_definition' || fn.childForFieldName('name')?.id !== fc.node.id) return undefined;
  const deco = fn.parent;
  if (deco?.type !== 'decorated_definition') return undefined;
  for (const d of named(deco)) {
    if (d.type !== 'decorator') continue;
    const call = named(d)[0];
    if (call?.type !== 'call') continue;
    const args = call.childForFieldName('arguments');
    const ann = named(args).find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'annotations');
    const v = unparen(ann?.childForFieldName('value'));
    if (!v) continue;
    if (v.type === 'call' && /(?:^|\.)ToolAnnotations$/.test(v.childForFieldName('function')?.text ?? '')) {
      const list = v.childForFieldName('arguments');
      if (!list || named(list).some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
      return addEntry(fc, list, 'destructiveHint=True');
    }
    if (v.type === 'dictionary') return addEntry(fc, v, entryText(fc, v, undefined, 'destructiveHint'));
    return undefined;
  }
  return undefined;
}
