// CRM contacts MCP server (ES modules): contacts/deals in MySQL plus HubSpot enrichment.
import express from 'express';
import cors from 'cors';
import { createHash, timingSafeEqual, randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';
import { findContacts, contactsByTag, updateStage, dealsReport, activityFor } from './db.js';

const HUBSPOT = 'https://api.hubapi.com';
const API_KEY_HASHES = (process.env.CRM_MCP_KEY_SHA256 ?? '').split(',').filter(Boolean).map((h) => Buffer.from(h, 'hex'));

function buildServer(req) {
  const server = new McpServer({ name: 'crm-contacts', version: '1.3.0' });

  server.tool('find_contacts', { name: z.string().min(1).max(100), company: z.string().max(100).optional() }, async ({ name, company }) => ({
    content: [{ type: 'text', text: JSON.stringify(await findContacts(name, company)) }],
  }));

  server.tool('contacts_by_tag', { tag: z.string(), orderBy: z.string().default('c.name') }, async ({ tag, orderBy }) => ({
    content: [{ type: 'text', text: JSON.stringify(await contactsByTag(tag, orderBy)) }],
  }));

  server.tool(
    'move_deal',
    { dealId: z.number().int(), stage: z.enum(['lead', 'qualified', 'proposal', 'won', 'lost']) },
    async ({ dealId, stage }) => {
      await updateStage(dealId, stage);
      return { content: [{ type: 'text', text: `deal ${dealId} -> ${stage}` }] };
    },
  );

  server.tool('deals_report', { groupBy: z.string() }, async ({ groupBy }) => ({ content: [{ type: 'text', text: JSON.stringify(await dealsReport(groupBy)) }] }));

  server.tool('activity', { contactId: z.number().int() }, async ({ contactId }) => ({ content: [{ type: 'text', text: JSON.stringify(await activityFor(contactId)) }] }));

  server.tool('enrich_from_hubspot', 'Look up a contact in HubSpot by e-mail.', { email: z.string().email() }, async ({ email }) => {
    const res = await fetch(`${HUBSPOT}/crm/v3/objects/contacts/${encodeURIComponent(email)}?idProperty=email`, {
      // ok: token-passthrough
      headers: { Authorization: `Bearer ${process.env.HUBSPOT_PRIVATE_APP_TOKEN}` },
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  });

  server.tool('my_hubspot_tasks', 'Open HubSpot tasks of the calling user.', {}, async () => {
    const res = await fetch(`${HUBSPOT}/crm/v3/objects/tasks?limit=50`, {
      // ruleid: token-passthrough
      headers: { Authorization: req.headers.authorization },
    });
    return { content: [{ type: 'text', text: await res.text() }] };
  });

  return server;
}

function apiKeyAuth(req, res, next) {
  const key = (req.get('authorization') ?? '').replace(/^Bearer\s+/i, '');
  const digest = createHash('sha256').update(key).digest();
  if (!API_KEY_HASHES.some((h) => h.length === digest.length && timingSafeEqual(h, digest))) {
    // ruleid: sensitive-data-logged
    console.warn('rejected MCP request', req.method, req.path, req.headers);
    // ok: sensitive-data-logged
    console.warn('rejected MCP request', req.method, req.path, req.ip);
    return res.status(401).json({ error: 'invalid API key' });
  }
  next();
}

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ['https://crm.example.com'], credentials: true }));

app.post('/mcp', apiKeyAuth, async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ['crm-mcp.internal.example.com'] });
  await buildServer(req).connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 3000), process.env.BIND ?? '127.0.0.1', () => console.log(`crm-contacts ready (${randomUUID()})`));
