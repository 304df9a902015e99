// tool-input-to-path: the path given to the sink goes through a containment guard first,
//   fs.readFileSync(path.join(ROOT, name))  → fs.readFileSync(resolveInside(ROOT, path.join(ROOT, name)))
//   open(os.path.join(BASE, name))          → open(resolve_inside(BASE, os.path.join(BASE, name)))
// with the helper (`resolveInside` / `resolve_inside`) added once per file after the imports.
// The guard resolves the path against the root and throws when the result lies outside it.
// When the path is joined onto a root the code already names, that root is used and every path
// the code meant to allow still passes: the fix is preferred. Otherwise the guard uses the working
// directory (offered, not preferred: the developer should put the real root there).
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { enclosingCall, fileHasIdentifier, insertAfterImports, isEsm, named, once, pyImportsModule, replaceNode, topLevel, unparen } from './util';

export const TS_HELPER = 'resolveInside';
export const PY_HELPER = 'resolve_inside';

export function pathFixes(fc: FixContext): Fix | undefined {
  const n = fc.node;
  const site = enclosingCall(n);
  if (!site) return undefined;
  if (/^(object|dictionary|spread_element|list_splat|dictionary_splat|keyword_argument)$/.test(n.type)) return undefined;
  // Names of tool inputs on the flow: a root must not be built from them.
  const tainted = new Set<string>();
  for (const s of fc.finding.flow) for (const m of s.message.matchAll(/`([A-Za-z_$][\w$]*)`/g)) tainted.add(m[1]);
  const root = rootOf(fc, n, tainted);
  const py = fc.family === 'py';
  const helper = py ? PY_HELPER : TS_HELPER;
  const edits: TextEdit[] = [];
  const defined = once(fc, 'path-helper', () => (py ? /^def resolve_inside\(/m.test(fc.text) : /\bfunction resolveInside\(/.test(fc.text)));
  if (!defined) {
    if (fileHasIdentifier(fc, helper)) return undefined; // something else of that name
    const add = py ? pyHelper(fc) : tsHelper(fc);
    if (!add) return undefined;
    edits.push(add);
  }
  const rootText = root ?? (py ? 'os.getcwd()' : 'process.cwd()');
  if (py && !root && !pyImportsModule(fc, 'os') && defined) return undefined; // os.getcwd() needs `import os`
  edits.push(replaceNode(n, `${helper}(${rootText}, ${n.text})`));
  return root
    ? { title: `Refuse paths outside \`${root}\` (${helper} guard)`, preferred: true, edits }
    : { title: `Refuse paths outside the working directory (${helper} guard; set the real root)`, preferred: false, edits };
}

/** The root the path is joined onto: `path.join(ROOT, x)` / `os.path.join(BASE, x)` → ROOT / BASE. */
function rootOf(fc: FixContext, n: Node, tainted: Set<string>): string | undefined {
  const e = unparen(n);
  if (!e || (e.type !== 'call_expression' && e.type !== 'call')) return undefined;
  const fn = e.childForFieldName('function')?.text ?? '';
  const ok = fc.family === 'py'
    ? /^(os\.path\.join|posixpath\.join|path\.join|join)$/.test(fn)
    : /^(path\.(posix\.)?(join|resolve)|join|resolve)$/.test(fn);
  if (!ok) return undefined;
  const args = named(e.childForFieldName('arguments'));
  if (args.length < 2) return undefined;
  const first = args[0];
  const simple = /^(identifier|member_expression|attribute|string|call_expression|call)$/.test(first.type) && first.text.length <= 80 && !first.text.includes('\n');
  if (!simple) return undefined;
  if (first.type === 'call_expression' || first.type === 'call') {
    if (!/^(process\.cwd\(\)|os\.getcwd\(\)|Path\.cwd\(\)|os\.homedir\(\)|Path\.home\(\))$/.test(first.text)) return undefined;
  }
  for (const id of first.text.match(/[A-Za-z_$][\w$]*/g) ?? []) if (tainted.has(id)) return undefined;
  return first.text;
}

function tsHelper(fc: FixContext): TextEdit | undefined {
  if (fileHasIdentifier(fc, 'resolvePath') || fileHasIdentifier(fc, 'pathSep')) return undefined;
  const typed = fc.lang === 'typescript' || fc.lang === 'tsx';
  const firstSource = topLevel(fc).find((c) => c.type === 'import_statement')?.childForFieldName('source');
  const q = firstSource ? firstSource.text[0] : /require\('/.test(fc.text) ? "'" : '"';
  const imp = isEsm(fc)
    ? `import { resolve as resolvePath, sep as pathSep } from ${q}node:path${q};`
    : `const { resolve: resolvePath, sep: pathSep } = require(${q}node:path${q});`;
  const sig = typed ? `function ${TS_HELPER}(root: string, p: string): string {` : `function ${TS_HELPER}(root, p) {`;
  return insertAfterImports(fc, [
    imp,
    '',
    '/** Resolves `p` against `root` and refuses any path that leaves `root` (added by MCP Warden). */',
    sig,
    '  const base = resolvePath(root);',
    '  const resolved = resolvePath(base, p);',
    '  if (resolved !== base && !resolved.startsWith(base + pathSep)) {',
    '    throw new Error(`Path escapes ${base}: ${p}`);',
    '  }',
    '  return resolved;',
    '}',
  ].join('\n'));
}

function pyHelper(fc: FixContext): TextEdit | undefined {
  const lines: string[] = [];
  if (!pyImportsModule(fc, 'os')) lines.push('import os');
  lines.push(
    '',
    '',
    `def ${PY_HELPER}(root: str, p: str) -> str:`,
    '    """Resolve `p` against `root` and refuse any path that leaves `root` (added by MCP Warden)."""',
    '    base = os.path.realpath(root)',
    '    resolved = os.path.realpath(os.path.join(base, p))',
    '    if os.path.commonpath([base, resolved]) != base:',
    '        raise ValueError(f"Path escapes {base}: {p}")',
    '    return resolved',
    '',
  );
  return insertAfterImports(fc, lines.join('\n'));
}
