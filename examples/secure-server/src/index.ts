// An example MCP server over Streamable HTTP that does the security basics right, used by the
// sandbox panel's tests and described in the README:
// - every request needs `Authorization: Bearer <token>`; the token comes from the environment
//   (MCP_SECURE_TOKEN) and is compared in constant time; a missing or wrong token gets 401;
// - it listens on 127.0.0.1 only, and checks Host and Origin against loopback (DNS rebinding);
// - tool inputs have tight schemas (enums, bounds, lengths) and nothing reaches a shell, the file
//   system or the network; errors are reported without internals.
// Run: MCP_SECURE_TOKEN=$(openssl rand -hex 32) PORT=3333 node dist/secure-server.js
import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 3333);
const TOKEN = process.env.MCP_SECURE_TOKEN ?? '';
if (TOKEN.length < 16) {
  console.error('Set MCP_SECURE_TOKEN to a random value of at least 16 characters.');
  process.exit(2);
}
const TOKEN_DIGEST = createHash('sha256').update(TOKEN).digest();

/** Constant-time check of the request's bearer token (digests make the lengths equal). */
function hasValidToken(req: IncomingMessage): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/.exec(header);
  if (!match) return false;
  return timingSafeEqual(createHash('sha256').update(match[1]).digest(), TOKEN_DIGEST);
}

/** Only loopback names may appear in Host and Origin: a web page cannot rebind a name onto this port. */
function isLoopbackRequest(req: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.has(origin.replace(/^https?:\/\//, ''));
}

const notes = new Map<string, string>([['welcome', 'Notes live in memory and disappear when the server stops.']]);

function buildServer(): McpServer {
  const server = new McpServer({ name: 'secure-example', version: '1.0.0' });

  server.registerTool(
    'add',
    {
      title: 'Add two numbers',
      description: 'Adds two integers between -1,000,000 and 1,000,000.',
      inputSchema: { a: z.number().int().min(-1_000_000).max(1_000_000), b: z.number().int().min(-1_000_000).max(1_000_000) },
      outputSchema: { sum: z.number() },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ a, b }) => ({ content: [{ type: 'text', text: `${a} + ${b} = ${a + b}` }], structuredContent: { sum: a + b } }),
  );

  server.registerTool(
    'format_text',
    {
      title: 'Change the case of a text',
      description: 'Returns the text in upper, lower or title case.',
      inputSchema: {
        text: z.string().min(1).max(2_000).describe('The text to format'),
        style: z.enum(['upper', 'lower', 'title']).default('upper').describe('The case to use'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ text, style }) => {
      const out = style === 'upper' ? text.toUpperCase() : style === 'lower' ? text.toLowerCase() : text.replace(/\b\w/g, (c) => c.toUpperCase());
      return { content: [{ type: 'text', text: out }] };
    },
  );

  server.registerTool(
    'save_note',
    {
      title: 'Save a note',
      description: 'Saves a short note in memory under a name.',
      inputSchema: { name: z.string().regex(/^[a-z0-9-]{1,40}$/), text: z.string().max(1_000) },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    async ({ name, text }) => {
      if (notes.size >= 100 && !notes.has(name)) return { content: [{ type: 'text', text: 'Too many notes; delete one first.' }], isError: true };
      notes.set(name, text);
      return { content: [{ type: 'text', text: `Saved note ${name}.` }] };
    },
  );

  server.registerTool(
    'delete_note',
    {
      title: 'Delete a note',
      description: 'Deletes a note by name.',
      inputSchema: { name: z.string().regex(/^[a-z0-9-]{1,40}$/) },
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
    },
    async ({ name }) => {
      const existed = notes.delete(name);
      return { content: [{ type: 'text', text: existed ? `Deleted note ${name}.` : `No note named ${name}.` }], isError: !existed };
    },
  );

  server.registerResource('notes', 'notes://all', { title: 'All notes', mimeType: 'application/json' }, async (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(Object.fromEntries(notes), null, 2) }],
  }));

  return server;
}

function deny(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}) });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message }, id: null }));
}

const http = createServer((req, res) => {
  const port = (http.address() as { port: number }).port;
  if (!isLoopbackRequest(req, port)) return deny(res, 403, 'Forbidden host or origin');
  if (!hasValidToken(req)) return deny(res, 401, 'Authentication required');
  if (new URL(req.url ?? '/', `http://${HOST}`).pathname !== '/mcp') return deny(res, 404, 'Not found');
  // Stateless mode: a fresh server and transport per request.
  const server = buildServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  server
    .connect(transport)
    .then(() => transport.handleRequest(req, res))
    .catch(() => {
      if (!res.headersSent) deny(res, 500, 'Internal error');
    });
});

http.listen(PORT, HOST, () => {
  const { port } = http.address() as { port: number };
  console.error(`secure-example MCP server listening on http://${HOST}:${port}/mcp`);
});
