// Builds the sandbox webview into dist/media/ (called by scripts/build.mjs): one IIFE bundle for
// the browser (the panel code plus @vscode-elements/elements), its stylesheet, and the codicons
// font and CSS that vscode-elements' icons use.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export async function buildSandboxWebview({ root, production }) {
  const out = join(root, 'dist', 'media');
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'client/src/sandbox/webview/main.ts')],
    outfile: join(out, 'sandbox.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none',
  });
  copyFileSync(join(root, 'client/src/sandbox/webview/sandbox.css'), join(out, 'sandbox.css'));
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(join(root, 'node_modules/@vscode/codicons/dist', f), join(out, f));
}
