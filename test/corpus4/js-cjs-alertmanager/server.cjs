'use strict';
// Alertmanager MCP server (low-level Server API, CommonJS, Streamable HTTP on node:http).
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { Server } = require('@modelcontextprotocol/sdk/server/index.js');
const { StreamableHTTPServerTransport } = require('@modelcontextprotocol/sdk/server/streamableHttp.js');
const { CallToolRequestSchema, ListToolsRequestSchema } = require('@modelcontextprotocol/sdk/types.js');
const { z } = require('zod');
const am = require('./alertmanager.cjs');

const SilenceArgs = z.object({
  matchers: z.array(z.object({ name: z.string(), value: z.string(), isRegex: z.boolean().default(false), isEqual: z.boolean().default(true) })).min(1),
  durationMinutes: z.number().int().min(5).max(7 * 24 * 60),
  comment: z.string().min(3).max(500),
});

function createServer() {
  const server = new Server({ name: 'alertmanager', version: '0.5.0' }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      { name: 'active_alerts', description: 'List firing alerts, optionally filtered by label matchers like severity="critical".', inputSchema: { type: 'object', properties: { filter: { type: 'array', items: { type: 'string' } } } }, annotations: { readOnlyHint: true } },
      {
        name: 'silence',
        description: 'Create a silence for matching alerts.',
        inputSchema: {
          type: 'object',
          properties: {
            matchers: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } }, required: ['name', 'value'] } },
            durationMinutes: { type: 'integer', minimum: 5, maximum: 10080 },
            comment: { type: 'string', minLength: 3 },
          },
          required: ['matchers', 'durationMinutes', 'comment'],
        },
      },
      {
        name: 'expire_silence',
        description: 'Expire (delete) an existing silence by id.',
        // ruleid: weak-input-schema
        inputSchema: { type: 'object' },
        // ruleid: annotation-mismatch
        annotations: { readOnlyHint: true },
      },
      { name: 'debug_info', description: 'Diagnostic information about this server.', inputSchema: { type: 'object', properties: {} } },
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name } = request.params;
    try {
      if (name === 'active_alerts') {
        const filter = z.array(z.string().max(200)).max(10).default([]).parse(request.params.arguments?.filter);
        const list = await am.alerts({ filter });
        return { content: [{ type: 'text', text: list.map((a) => `${a.labels.alertname} ${JSON.stringify(a.labels)} since ${a.startsAt}`).join('\n') || 'no alerts' }] };
      }
      if (name === 'silence') {
        // ok: weak-input-schema
        const args = SilenceArgs.parse(request.params.arguments);
        const id = await am.createSilence({ ...args, createdBy: 'mcp' });
        return { content: [{ type: 'text', text: `silence ${id} created` }] };
      }
      if (name === 'expire_silence') {
        // ruleid: weak-input-schema
        const { id } = request.params.arguments;
        await am.expireSilence(id);
        return { content: [{ type: 'text', text: `silence ${id} expired` }] };
      }
      if (name === 'debug_info') {
        // ruleid: error-detail-leak
        return { content: [{ type: 'text', text: JSON.stringify({ alertmanager: am.AM_URL, node: process.version, env: process.env }, null, 2) }] };
      }
      return { isError: true, content: [{ type: 'text', text: `unknown tool ${name}` }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: 'text', text: `failed: ${err.stack}` }] };
    }
  });

  return server;
}

const transports = {};
http
  .createServer(async (req, res) => {
    if (!req.url.startsWith('/mcp')) return res.writeHead(404).end();
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    let transport = transports[req.headers['mcp-session-id']];
    if (!transport) {
      // ruleid: http-transport-without-auth
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        // ruleid: dns-rebinding-unprotected
        enableDnsRebindingProtection: false,
        onsessioninitialized: (id) => (transports[id] = transport),
      });
      await createServer().connect(transport);
    }
    await transport.handleRequest(req, res, body);
  })
  // ok: bind-all-interfaces
  .listen(9393, '127.0.0.1');
