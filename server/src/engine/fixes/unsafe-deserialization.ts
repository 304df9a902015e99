// unsafe-deserialization: the YAML loaders that construct arbitrary objects become the safe ones.
//   yaml.load(s)                       → yaml.safe_load(s)
//   yaml.load(s, Loader=yaml.Loader)   → yaml.load(s, Loader=yaml.SafeLoader)   (also UnsafeLoader, FullLoader)
//   yaml.unsafe_load(s) / full_load(s) → yaml.safe_load(s)                       (and the *_all variants)
//   yaml.load(s, { schema: yaml.DEFAULT_FULL_SCHEMA })  → yaml.load(s)          (js-yaml: the default schema is safe)
// Preferred: plain YAML data (mappings, lists, scalars) loads the same; only the object-building
// tags stop working. `torch.load` → `weights_only=True` and `numpy.load` → `allow_pickle=False`
// are offered, not preferred (files that really hold objects stop loading). pickle / marshal /
// node-serialize have no drop-in safe replacement: no fix.
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { enclosingCall, keywordArg, named, removeArg, replaceNode } from './util';

const PY_RENAME: Record<string, string> = {
  load: 'safe_load',
  load_all: 'safe_load_all',
  unsafe_load: 'safe_load',
  full_load: 'safe_load',
  unsafe_load_all: 'safe_load_all',
  full_load_all: 'safe_load_all',
};

export function deserializationFixes(fc: FixContext): Fix | undefined {
  return fc.family === 'py' ? pyFix(fc) : tsFix(fc);
}

/** `torch.load(f)` → `weights_only=True`, `numpy.load(f, allow_pickle=True)` → `allow_pickle=False`: offered, not preferred. */
function pyLoaderFlag(fc: FixContext): Fix | undefined {
  const site = enclosingCall(fc.node);
  if (!site || site.index !== 0) return undefined;
  const [key, value] = fc.callee === 'torch.load' ? ['weights_only', 'True'] : ['allow_pickle', 'False'];
  const existing = keywordArg(site.args, key);
  const edits: TextEdit[] = [];
  if (existing) {
    const v = existing.childForFieldName('value');
    if (!v) return undefined;
    edits.push(replaceNode(v, value));
  } else {
    if (site.args.some((a) => a.type === 'dictionary_splat')) return undefined;
    const last = site.args[site.args.length - 1];
    edits.push({ range: { start: { line: last.endPosition.row, character: last.endPosition.column }, end: { line: last.endPosition.row, character: last.endPosition.column } }, newText: `, ${key}=${value}` });
  }
  return { title: `Load with ${key}=${value} (no pickled objects)`, preferred: false, edits };
}

function pyFix(fc: FixContext): Fix | undefined {
  if (fc.callee === 'torch.load' || fc.callee === 'numpy.load' || fc.callee === 'np.load') return pyLoaderFlag(fc);
  if (!fc.callee || !/^yaml\.(load|load_all|unsafe_load|full_load|unsafe_load_all|full_load_all)$/.test(fc.callee)) return undefined;
  const site = enclosingCall(fc.node);
  if (!site) return undefined;
  const fn = site.call.childForFieldName('function');
  if (fn?.type !== 'attribute') return undefined;
  const method = fn.childForFieldName('attribute');
  if (!method || !PY_RENAME[method.text]) return undefined;
  const loaderKw = keywordArg(site.args, 'Loader');
  const positionalLoader = site.args.length > 1 && site.args[1].type !== 'keyword_argument' ? site.args[1] : undefined;
  const loader = loaderKw?.childForFieldName('value') ?? positionalLoader;
  if (loader && (method.text === 'load' || method.text === 'load_all')) {
    // Keep the call, swap the loader class for the safe one of the same module.
    const dot = loader.text.lastIndexOf('.');
    const prefix = loader.text.slice(0, dot + 1);
    const cls = loader.text.slice(dot + 1);
    if (!['Loader', 'UnsafeLoader', 'FullLoader', 'CLoader', 'CUnsafeLoader', 'CFullLoader'].includes(cls)) return undefined;
    const safe = cls.startsWith('C') ? 'CSafeLoader' : 'SafeLoader';
    return { title: `Use ${prefix}${safe} (no arbitrary Python objects)`, preferred: true, edits: [replaceNode(loader, prefix + safe)] };
  }
  const edits: TextEdit[] = [replaceNode(method, PY_RENAME[method.text])];
  if (loader) {
    const i = site.args.indexOf(loaderKw ?? positionalLoader!);
    edits.push(removeArg(fc.text, site.args, i));
  }
  return { title: `Use yaml.${PY_RENAME[method.text]} (no arbitrary Python objects)`, preferred: true, edits };
}

function tsFix(fc: FixContext): Fix | undefined {
  if (fc.callee !== 'js-yaml.load' && fc.callee !== 'js-yaml.loadAll') return undefined;
  const site = enclosingCall(fc.node);
  if (!site || site.index !== 0) return undefined;
  const opts = site.args[1];
  if (!opts || opts.type !== 'object') return undefined;
  const props = named(opts);
  const schema = props.find((p) => p.type === 'pair' && /^["']?schema["']?$/.test(p.childForFieldName('key')?.text ?? ''));
  if (!schema) return undefined;
  const edits: TextEdit[] = [];
  if (props.length === 1) {
    // The options held only the schema: drop the whole argument (and any later ones stay).
    edits.push(removeArg(fc.text, site.args, 1));
  } else {
    edits.push(removeProp(props, props.indexOf(schema)));
  }
  return { title: 'Load with the default (safe) js-yaml schema', preferred: true, edits };
}

function removeProp(props: Node[], i: number): TextEdit {
  const p = props[i];
  if (i > 0) {
    const prev = props[i - 1];
    return { range: { start: { line: prev.endPosition.row, character: prev.endPosition.column }, end: { line: p.endPosition.row, character: p.endPosition.column } }, newText: '' };
  }
  const next = props[1];
  return { range: { start: { line: p.startPosition.row, character: p.startPosition.column }, end: { line: next.startPosition.row, character: next.startPosition.column } }, newText: '' };
}
