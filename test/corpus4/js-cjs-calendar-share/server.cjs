'use strict';
// Team calendar sharing MCP server (CommonJS, Streamable HTTP on express).
const express = require('express');
const cors = require('cors');
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StreamableHTTPServerTransport } = require('@modelcontextprotocol/sdk/server/streamableHttp.js');
const { z } = require('zod');
const cal = require('./calendar.cjs');

const PORT = Number(process.env.PORT || 8765);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/);

function buildServer() {
  const server = new McpServer({ name: 'calendar-share', version: '0.3.0' });

  server.tool('add_event', { title: z.string().max(200), start: isoDate, end: isoDate, attendees: z.array(z.string().email()).max(50).default([]) }, async (args) => {
    const ev = cal.addEvent(args);
    return { content: [{ type: 'text', text: `created ${ev.id}` }] };
  });

  server.tool('agenda', { from: isoDate, to: isoDate }, { readOnlyHint: true }, async ({ from, to }) => ({
    content: [{ type: 'text', text: cal.eventsBetween(from, to).map((e) => `${e.start} ${e.title}`).join('\n') || 'nothing scheduled' }],
  }));

  server.tool('share_range', 'Create a public link that shows the events of a date range.', { from: isoDate, to: isoDate }, async ({ from, to }) => {
    const token = cal.createShareLink({ from, to });
    return { content: [{ type: 'text', text: `https://cal.example.com/share/${token}` }] };
  });

  server.tool('private_feed', 'Create a private ICS feed URL for calendar apps.', {}, async () => ({
    content: [{ type: 'text', text: `https://cal.example.com/feed/${cal.createPrivateFeedKey()}.ics` }],
  }));

  return server;
}

const app = express();
app.use(express.json());
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: '*', credentials: true, allowedHeaders: ['Content-Type', 'Mcp-Session-Id', 'Authorization'] }));

app.get('/share/:token', (req, res) => {
  const range = cal.shareLinks.get(req.params.token);
  if (!range) return res.sendStatus(404);
  res.type('text/calendar').send(cal.toIcs(cal.eventsBetween(range.from, range.to)));
});

app.post('/mcp', async (req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  const server = buildServer();
  res.on('close', () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get('/healthz', (_req, res) => res.send('ok'));

// ruleid: bind-all-interfaces
app.listen(PORT);
console.log(`calendar-share listening on ${PORT}`);
