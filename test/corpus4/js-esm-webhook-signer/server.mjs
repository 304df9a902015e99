// Webhook delivery MCP server (ES modules): sign payloads, deliver to receivers, inspect deliveries.
// Legacy SSE transport on node:http.
import http from 'node:http';
import https from 'node:https';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { z } from 'zod';
import { verifyCaller, verifyLegacyCliToken } from './auth.mjs';

if (process.env.WEBHOOK_INSECURE_TLS === '1') {
  // ruleid: tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

const RECEIVERS = {
  billing: 'https://billing.example.com/hooks/mcp',
  search: 'https://search-indexer.example.com/hooks',
  audit: 'https://audit.example.com/ingest',
};
// ok: tls-verification-disabled
const agent = new https.Agent({ ca: readFileSync(process.env.RECEIVER_CA ?? '/etc/ssl/certs/internal-ca.pem'), keepAlive: true });
const secrets = new Map();
const deliveries = [];

function newSigningSecret() {
  // ruleid: insecure-randomness
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
}

function post(url, body, secret) {
  const sig = createHmac('sha256', secret).update(body).digest('hex');
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-url
    const req = https.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'X-Signature-256': `sha256=${sig}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function buildServer() {
  const server = new McpServer({ name: 'webhook-signer', version: '0.4.0' });

  server.tool('rotate_secret', { receiver: z.enum(Object.keys(RECEIVERS)) }, async ({ receiver }) => {
    secrets.set(receiver, newSigningSecret());
    return { content: [{ type: 'text', text: `rotated secret for ${receiver}` }] };
  });

  server.tool('rotate_secret_v2', { receiver: z.enum(Object.keys(RECEIVERS)) }, async ({ receiver }) => {
    // ok: insecure-randomness
    secrets.set(receiver, randomBytes(32).toString('hex'));
    return { content: [{ type: 'text', text: `rotated secret for ${receiver}` }] };
  });

  server.tool('deliver', 'Deliver a JSON payload to a registered receiver.', { receiver: z.enum(Object.keys(RECEIVERS)), payload: z.string().max(100000) }, async ({ receiver, payload }) => {
    // ok: tool-input-to-url
    const status = await post(RECEIVERS[receiver], payload, secrets.get(receiver) ?? 'unset');
    deliveries.push({ id: randomUUID(), receiver, status, at: new Date().toISOString() });
    return { content: [{ type: 'text', text: `HTTP ${status}` }] };
  });

  server.tool('deliver_to_url', 'Deliver a JSON payload to any webhook URL (for testing receivers).', { url: z.string().url(), payload: z.string() }, async ({ url, payload }) => {
    const status = await post(url, payload, 'test-secret');
    return { content: [{ type: 'text', text: `HTTP ${status}` }] };
  });

  server.tool('recent_deliveries', {}, async () => ({ content: [{ type: 'text', text: JSON.stringify(deliveries.slice(-50)) }] }));
  return server;
}

function authenticate(req) {
  const token = (req.headers.authorization ?? '').slice('Bearer '.length);
  if (req.headers['x-cli-version']?.startsWith('1.')) return verifyLegacyCliToken(token);
  return verifyCaller(token);
}

const transports = new Map();
const httpServer = http.createServer(async (req, res) => {
  try {
    authenticate(req);
  } catch {
    res.writeHead(401).end();
    return;
  }
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/sse') {
    // ok: dns-rebinding-unprotected
    const transport = new SSEServerTransport('/messages', res, { enableDnsRebindingProtection: true, allowedHosts: ['localhost:7700', '127.0.0.1:7700'], allowedOrigins: ['http://localhost:7700'] });
    transports.set(transport.sessionId, transport);
    res.on('close', () => transports.delete(transport.sessionId));
    await buildServer().connect(transport);
  } else if (req.method === 'POST' && url.pathname === '/messages') {
    const t = transports.get(url.searchParams.get('sessionId'));
    if (!t) return void res.writeHead(404).end();
    await t.handlePostMessage(req, res);
  } else {
    res.writeHead(404).end();
  }
});

// ok: bind-all-interfaces
httpServer.listen(7700, 'localhost');
