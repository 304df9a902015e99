// The same server set up safely: bearer authentication before the route, DNS-rebinding
// protection with the exact hosts, loopback only. The end-to-end suite expects no findings.
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js';
import { z } from 'zod';
import { verifier } from './verifier.js';

const server = new McpServer({ name: 'e2e-notes', version: '1.0.0' });
server.registerTool('count_words', { description: 'Count the words of a text', inputSchema: { text: z.string().max(10_000) } }, async ({ text }) => ({
  content: [{ type: 'text', text: String(text.split(/\s+/).filter(Boolean).length) }],
}));

const app = express();
app.use(express.json());
app.post('/mcp', requireBearerAuth({ verifier, requiredScopes: ['notes'] }), async (req, res) => {
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableDnsRebindingProtection: true,
    allowedHosts: ['127.0.0.1:3000', 'localhost:3000'],
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000, '127.0.0.1');
