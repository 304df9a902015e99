// One build script: esbuild bundles for the client, the language server, the CLI and the
// engine (used by tests and benchmarks), with the tree-sitter .wasm files copied beside them.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const production = process.argv.includes('--production');
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build needs the ESM entry (see ENVIRONMENT.md).
  mainFields: ['module', 'main'],
  // web-tree-sitter uses import.meta.url; in a CommonJS bundle we define it from __filename.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

const entries = [
  { in: 'client/src/extension.ts', out: 'client.js', external: ['vscode'] },
  { in: 'server/src/lsp/server.ts', out: 'server.js' },
  { in: 'server/src/cli/cli.ts', out: 'cli.js', shebang: true },
  { in: 'server/src/engine/index.ts', out: 'engine.js' },
  // Sandbox panel: the VS Code-free core for the node tests, and the example secure server.
  { in: 'client/src/sandbox/core/index.ts', out: 'sandbox-core.js' },
  { in: 'examples/secure-server/src/index.ts', out: 'secure-server.js' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(join(root, e.in)))
    .map((e) =>
      esbuild.build({
        ...common,
        entryPoints: [join(root, e.in)],
        outfile: join(dist, e.out),
        external: e.external ?? [],
        banner: { js: (e.shebang ? '#!/usr/bin/env node\n' : '') + common.banner.js },
      }),
    ),
);

// Sandbox webview: one browser bundle (with @vscode-elements/elements) plus its CSS and the
// codicons, all in dist/media/ — the panel's only localResourceRoot.
await import('../client/src/sandbox/webview/build.mjs').then((m) => m.buildSandboxWebview({ root, production }));

// web-tree-sitter itself is loaded at run time from dist/ (not bundled), so that a crashed
// WebAssembly instance can be replaced by loading a fresh copy (see engine/parser.ts).
const wasmSources = [
  join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs'),
  join(root, 'node_modules/web-tree-sitter/web-tree-sitter.wasm'),
  ...['typescript', 'tsx', 'javascript', 'python'].map((g) => join(root, `node_modules/@vscode/tree-sitter-wasm/wasm/tree-sitter-${g}.wasm`)),
];
for (const src of wasmSources) copyFileSync(src, join(dist, src.split('/').pop()));
// Changes to the copy of web-tree-sitter.cjs (each checked: the build fails if the library changed):
// - Every Node accessor passes the node to WebAssembly through 5 `setValue(ptr, v, "i32")` calls
//   and reads results with `getValue`, generic Emscripten helpers that test the type string on
//   each call; the i32 ones are rewritten to the DataView those helpers end up using (the same
//   little-endian reads and writes, about 5% of the analysis time).
// - One accessor appended: the engine reaches a crashed instance's Emscripten module to disarm it
//   (its finalizers would otherwise call into corrupted WebAssembly memory).
{
  const file = join(dist, 'web-tree-sitter.cjs');
  let src = readFileSync(file, 'utf8');
  let rewritten = 0;
  src = src.replace(/\bC\.setValue\(([^;"]+?), "i32"\)/g, (_m, args) => (rewritten++, `C.HEAP_DATA_VIEW.setInt32(${args}, true)`));
  src = src.replace(/\bC\.getValue\(([^;"]+?), "i32"\)/g, (_m, args) => (rewritten++, `C.HEAP_DATA_VIEW.getInt32(${args}, true)`));
  // Node objects (one per node returned, the most allocated object of an analysis) are made
  // leaner:
  // - fields come from plain assignments in the constructor instead of class field definitions,
  //   which V8 runs as a separate initializer per object;
  // - the constructor takes its values as arguments, not an object to destructure;
  // - the wasm handle is a named field instead of `this[0]` (an indexed property gives every
  //   Node an elements store of its own);
  // - the start position is kept as two numbers, and `startPosition` makes its object when read
  //   (marshalNode, on every accessor call, reads the numbers);
  // - the memo fields of engine/nodecache.ts are declared, so every Node has one shape;
  // - every Node made from WebAssembly's answer goes through `Node.unmarshalHook` when one is set
  //   (engine/nodecache.ts: during an analysis, the node already made for that tree and id).
  const start = src.indexOf('var Node = class {');
  const end = src.indexOf('\n};', start);
  let node = start >= 0 && end > start ? src.slice(start, end) : '';
  const fieldsBefore = '  /** @internal */\n  // @ts-expect-error: never read\n  [0] = 0;\n  // Internal handle for Wasm\n  /** @internal */\n  _children;\n  /** @internal */\n  _namedChildren;\n  /** @internal */\n  constructor(internal, {\n    id,\n    tree,\n    startIndex,\n    startPosition,\n    other\n  }) {\n';
  const body = '    assertInternal(internal);\n    this[0] = other;\n    this.id = id;\n    this.tree = tree;\n    this.startIndex = startIndex;\n    this.startPosition = startPosition;\n  }\n';
  const fieldsAfter = /\n {2}(?:id|startIndex|startPosition|tree);(?=\n)/g;
  const marshal = '  C.HEAP_DATA_VIEW.setInt32(address, node.startPosition.row, true);\n  address += SIZE_OF_INT;\n  C.HEAP_DATA_VIEW.setInt32(address, node.startPosition.column, true);\n  address += SIZE_OF_INT;\n  C.HEAP_DATA_VIEW.setInt32(address, node[0], true);\n';
  const unmarshal = '  const result = new Node(INTERNAL, {\n    id,\n    tree,\n    startIndex: index,\n    startPosition: { row, column },\n    other\n  });\n';
  if (!node.includes(fieldsBefore) || !node.includes(body) || (node.match(fieldsAfter) ?? []).length !== 4 || src.split('new Node(').length !== 2 || !src.includes(marshal) || !src.includes(unmarshal)) {
    throw new Error('web-tree-sitter.cjs changed: its Node class is not as expected; update scripts/build.mjs');
  }
  const memo = ['_w = 0', '_named = void 0', '_kids = void 0', '_text = void 0', '_end = -1', '_endPos = void 0', '_parent = void 0', '_fields = void 0', '_x = void 0'];
  node = node
    .replace(fieldsBefore, '  constructor(id, tree, startIndex, row, column, other) {\n')
    .replace(
      body,
      '    this._other = other;\n    this._children = void 0;\n    this._namedChildren = void 0;\n    this._type = void 0;\n    this.id = id;\n    this.tree = tree;\n    this.startIndex = startIndex;\n    this._row = row;\n    this._column = column;\n    this._start = void 0;\n' +
        memo.map((m) => `    this.${m};\n`).join('') +
        '  }\n  get startPosition() {\n    return this._start ??= { row: this._row, column: this._column };\n  }\n',
    )
    .replace(fieldsAfter, '');
  src = src.slice(0, start) + node + src.slice(end);
  src = src
    .replace(marshal, '  const at = node._start;\n  C.HEAP_DATA_VIEW.setInt32(address, at === void 0 ? node._row : at.row, true);\n  address += SIZE_OF_INT;\n  C.HEAP_DATA_VIEW.setInt32(address, at === void 0 ? node._column : at.column, true);\n  address += SIZE_OF_INT;\n  C.HEAP_DATA_VIEW.setInt32(address, node._other, true);\n')
    .replace(unmarshal, '  const make = Node.unmarshalHook;\n  const result = make === void 0 ? new Node(id, tree, index, row, column, other) : make(tree, id, index, row, column, other);\n');
  // The view is replaced when the memory grows; Module.HEAP_DATA_VIEW always holds the current one.
  if (rewritten < 60 || !/Module\["HEAP_DATA_VIEW"\] = HEAP_DATA_VIEW = new DataView/.test(src)) {
    throw new Error(`web-tree-sitter.cjs changed: ${rewritten} setValue/getValue calls rewritten; update scripts/build.mjs`);
  }
  writeFileSync(file, src + '\nmodule.exports.__emscriptenModule = () => C;\n');
}
console.log(`built ${entries.length} bundles into dist/ (${production ? 'production' : 'development'})`);
