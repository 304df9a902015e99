// The sandbox webview's HTML: CSP from default-src 'none', scripts and styles only with the
// per-load nonce (or from the webview's own resource origin), images also as data: URIs, and
// nothing else — no inline script, no eval, no network.
import { randomUUID } from 'node:crypto';

export function newNonce(): string {
  return randomUUID().replace(/-/g, '');
}

export function sandboxHtml(o: { cspSource: string; media: (file: string) => string; nonce: string }): string {
  const { cspSource, media, nonce } = o;
  if (!/^[A-Za-z0-9]{16,}$/.test(nonce)) throw new Error('bad nonce');
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(media('codicon.css'))}" id="vscode-codicon-stylesheet" nonce="${nonce}">
<link rel="stylesheet" href="${attr(media('sandbox.css'))}" nonce="${nonce}">
<title>MCP Sandbox</title>
</head>
<body>
<script nonce="${nonce}" src="${attr(media('sandbox.js'))}"></script>
</body>
</html>`;
}
